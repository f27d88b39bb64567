// The HTTP server: request ids, stats, latency and faults, authentication, then the route.
// Beside the API: /__emulator/stats, and the console (console/endpoints.ts), which reads the
// tenant and the request log this server keeps.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { TokenAuthority } from "./auth/token-authority";
import { consoleEnabled } from "./console/access";
import { serveConsole, type ConsoleContext } from "./console/endpoints";
import { RequestLog } from "./console/request-log";
import { FaultInjector, LOST_RESPONSE_BODY } from "./http/faults";
import { BadBody, type ApiRequest, type Handler } from "./http/handler";
import { RecordingTokenAuthority } from "./auth/issued-tokens";
import { send, readBody, sendJson } from "./http/wire";
import { newRequestId } from "./store/ids";
import { DEFAULTS, type EmulatorOptions } from "./options";
import { randomSeed } from "./http/random";
import { loadFixtures } from "./store/fixtures";
import { buildRouter, tenantIds } from "./routes";
import { RequestStats } from "./http/stats";
import { TenantStores } from "./store/tenant";

export interface RunningEmulator {
  /** Base URL, e.g. http://127.0.0.1:43121 */
  url: string;
  close(): Promise<void>;
}

const STATS_PATH = "/__emulator/stats";

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const settings = { ...DEFAULTS, ...withoutUndefined(options) };
  const stores = new TenantStores(options.dataDir);
  if (options.fixtures) {
    try {
      loadFixtures(options.fixtures, stores, tenantIds(settings.clientId));
    } catch (err) {
      stores.close();
      throw err;
    }
  }
  const credentials = { clientId: settings.clientId, secret: settings.secret };
  const auth = options.issuedTokensFile
    ? new RecordingTokenAuthority(credentials, settings.tokenTtlSeconds, options.dataDir, options.issuedTokensFile)
    : new TokenAuthority(credentials, settings.tokenTtlSeconds, options.dataDir);
  const faults = new FaultInjector(settings, options.seed ?? randomSeed());
  let apiRequests = 0;
  const stats = new RequestStats();
  const requestLog = new RequestLog();
  const consoleContext: ConsoleContext | undefined = consoleEnabled(settings.console, settings.host) ? { mode: settings.console, stores, requests: requestLog } : undefined;
  const log = options.log ?? (() => undefined);

  // Pending waits (latency, deployment) end at once on close, so close never hangs.
  const waiters = new Set<() => void>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
    });

  const router = buildRouter({ stores, auth, clientId: settings.clientId, deployMs: settings.deployMs, sleep });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = newRequestId();
    res.setHeader("X-Request-Id", requestId);
    const started = Date.now();
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://emulator");
    res.on("close", () => log(`${method} ${url.pathname} ${res.headersSent ? res.statusCode : "-"} ${requestId} ${Date.now() - started}ms`));

    if (url.pathname === STATS_PATH) {
      if (method !== "GET") return sendJson(res, 405, { detail: "Method Not Allowed" });
      return sendJson(res, 200, stats.snapshot());
    }
    if (consoleContext && serveConsole(consoleContext, req, res, url)) return;

    // What the console's request log keeps of an API request: never a body, header or query.
    let injected: string | null = null;
    res.on("close", () =>
      requestLog.add({
        time: new Date(started).toISOString(),
        method,
        path: url.pathname,
        status: res.headersSent ? res.statusCode : null,
        latency_ms: Date.now() - started,
        fault: injected,
        request_id: requestId,
      }),
    );

    const match = router.match(method, url.pathname);
    stats.record(match.kind === "found" ? `${method} ${match.route.pattern}` : undefined);
    const n = ++apiRequests;
    const rawBody = await readBody(req);
    await sleep(settings.latencyMs);

    const fault = faults.beforeRequest(n);
    if (fault) {
      injected = `${fault.status} before handling`;
      return send(res, fault.status, fault.contentType, fault.body, fault.headers);
    }

    if (match.kind === "none") return sendJson(res, 404, { detail: "Not Found" });
    if (match.kind === "wrong-method") return sendJson(res, 405, { detail: "Method Not Allowed" });

    const handler: Handler = match.route.handler;
    if (!handler.public) {
      const check = auth.check(req.headers.authorization);
      if (!check.ok) return sendJson(res, 401, { detail: check.detail });
    }

    const apiRequest: ApiRequest = {
      params: match.params,
      query: url.searchParams,
      body: () => parseJson(rawBody),
    };
    let result;
    try {
      result = await handler(apiRequest);
    } catch (err) {
      if (err instanceof BadBody) {
        return sendJson(res, 422, { detail: [{ loc: ["body"], msg: err.message, type: "json_invalid" }] });
      }
      throw err;
    }

    if (result.wrote) {
      const lost = faults.afterWrite(n);
      if (lost) injected = `lost response: ${lost}`;
      if (lost === "destroy-socket") {
        res.socket?.destroy();
        return;
      }
      if (lost === "bad-gateway") return send(res, 502, "text/html", LOST_RESPONSE_BODY);
    }
    sendJson(res, result.status, result.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // The message only: an error object could carry a request body.
      log(`internal error: ${err instanceof Error ? err.message : "unknown"}`);
      sendJson(res, 500, { detail: "Internal Server Error" });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const wake of [...waiters]) wake();
        server.close(() => {
          stores.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function parseJson(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadBody("JSON decode error");
  }
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
