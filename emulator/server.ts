// startEmulator: wiring only. The tenant's stores (preloaded from fixtures), the token
// authority, the API's routes (routes.ts), and the HTTP layer as an ordered list of middleware
// (http/middleware.ts); the console, when served, is one more endpoint and an observer of API
// requests (console/endpoints.ts).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { RecordingTokenAuthority } from "./auth/issued-tokens";
import { TokenAuthority } from "./auth/token-authority";
import { systemClock } from "./clock";
import { consoleEnabled } from "./console/access";
import { attachConsole } from "./console/endpoints";
import { compose, type Middleware } from "./http/exchange";
import { FaultInjector } from "./http/faults";
import {
  authenticate,
  dispatch,
  faults,
  latency,
  logLines,
  observeRequests,
  readRequestBody,
  respond,
  route,
  statsEndpoint,
  type RequestObserver,
} from "./http/middleware";
import { randomSeed } from "./http/random";
import { RequestStats } from "./http/stats";
import { sendJson } from "./http/wire";
import { DEFAULTS, type EmulatorOptions } from "./options";
import { buildRouter, tenantIds } from "./routes";
import { Sleeper } from "./sleeper";
import { loadFixtures } from "./store/fixtures";
import { newRequestId } from "./store/ids";
import { TenantStores } from "./store/tenant";
import { transformRunEndpoint } from "./transforms/run-endpoint";

export interface RunningEmulator {
  /** Base URL, e.g. http://127.0.0.1:43121 */
  url: string;
  close(): Promise<void>;
}

/** The options, every one that has a default set. */
type Settings = EmulatorOptions & { [K in keyof typeof DEFAULTS]: NonNullable<EmulatorOptions[K]> };

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const settings: Settings = { ...DEFAULTS, ...withoutUndefined(options) };
  const log = options.log ?? (() => undefined);
  const stores = openTenant(settings, (message) => log(`warning: ${message}`));
  const auth = tokenAuthority(settings);
  const sleeper = new Sleeper();
  // Deployments and token lifetimes follow one clock (a test may bring its own); latency is real time.
  const clock = sleeper.closable(settings.clock ?? systemClock);
  const stats = new RequestStats();
  const router = buildRouter({ stores, auth, clientId: settings.clientId, deployMs: settings.deployMs, clock });

  const consoleParts = consoleEnabled(settings.console, settings.host) ? attachConsole(settings.console, stores, clock, settings.dataDir) : undefined;
  const observers: RequestObserver[] = consoleParts ? [consoleParts.observer] : [];
  const middleware: Middleware[] = [
    logLines(log),
    statsEndpoint(stats),
    ...(consoleParts ? [consoleParts.endpoints] : []),
    transformRunEndpoint(stores, settings.console),
    // From here on, API requests only.
    observeRequests(observers),
    respond,
    route(router, stats),
    readRequestBody,
    latency(settings.latencyMs, sleeper.sleep),
    faults(new FaultInjector(settings, settings.seed ?? randomSeed())),
    authenticate(auth, clock),
    dispatch,
  ];
  const handle = compose(middleware);

  const server = createServer((req, res) => {
    const requestId = newRequestId();
    res.setHeader("X-Request-Id", requestId);
    const started = Date.now();
    const url = requestUrl(req.url);
    if (!url) return sendJson(res, 400, { detail: "Bad Request: the request target is not a URL path" });
    handle({ req, res, requestId, started, method: req.method ?? "GET", url }).catch((err: unknown) => {
      // The message only: an error object could carry a request body.
      log(`internal error: ${err instanceof Error ? err.message : "unknown"}`);
      sendJson(res, 500, { detail: "Internal Server Error" });
    });
  });
  const url = await listen(server, settings.port, settings.host);

  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= new Promise<void>((resolve) => {
        sleeper.wakeAll();
        server.close(() => {
          stores.close();
          consoleParts?.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** The request target as a URL on this server; undefined when it is none. A target such as
 * "//[" is a host to the URL parser, whose throw would otherwise escape the request. */
function requestUrl(target = "/"): URL | undefined {
  try {
    return new URL(`http://emulator${target.startsWith("/") ? "" : "/"}${target}`);
  } catch {
    return undefined;
  }
}

/** The tenant's stores, preloaded from the fixtures file when there is one. */
function openTenant(settings: Settings, warn: (message: string) => void): TenantStores {
  const stores = new TenantStores(settings.dataDir, warn);
  if (settings.fixtures) {
    try {
      loadFixtures(settings.fixtures, stores, tenantIds(settings.clientId));
    } catch (err) {
      stores.close();
      throw err;
    }
  }
  return stores;
}

function tokenAuthority(settings: Settings): TokenAuthority {
  const credentials = { clientId: settings.clientId, secret: settings.secret };
  return settings.issuedTokensFile
    ? new RecordingTokenAuthority(credentials, settings.tokenTtlSeconds, settings.dataDir, settings.issuedTokensFile)
    : new TokenAuthority(credentials, settings.tokenTtlSeconds, settings.dataDir);
}

/** Listens and answers the base URL (an IPv6 host in brackets). */
async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  return `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
