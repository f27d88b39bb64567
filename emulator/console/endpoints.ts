// The console's routes, all read-only and outside the API (no token, no stats, no faults,
// never in the request log): the page at `/` for a browser (any other client asking for `/`
// gets a few lines of plain text saying where the API and the console are), its script, and
// the data it shows under /__emulator/:
//   GET /__emulator/tenant            the flows as nodes and edges (tenant-view.ts)
//   GET /__emulator/requests?after=N  the request log after sequence number N
//   GET /__emulator/events            both, live, as server-sent events (events.ts)
// Nothing here can change the tenant. Who may reach it is access.ts's rule.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../clock";
import type { Middleware } from "../http/exchange";
import type { RequestObserver } from "../http/middleware";
import { send, sendJson } from "../http/wire";
import type { TenantStores } from "../store/tenant";
import { requestAllowed, type ConsoleMode } from "./access";
import { streamEvents } from "./events";
import { CONSOLE_SCRIPT_PATH, PAGE_HEADERS, PAGE_HTML } from "./page";
import { RequestLog } from "./request-log";
import { consoleScript } from "./script";
import { tenantView } from "./tenant-view";

export const CONSOLE_PATHS = ["/", CONSOLE_SCRIPT_PATH, "/__emulator/tenant", "/__emulator/requests", "/__emulator/events"];

export interface ConsoleContext {
  mode: ConsoleMode;
  stores: TenantStores;
  requests: RequestLog;
  /** The deployments' clock: statuses as the API would answer them now. */
  clock: Clock;
}

/** The console attached to an emulator: its endpoints, and the request log it keeps by
 * observing API requests (with the tenant's data when there is a data directory). */
export function attachConsole(
  mode: ConsoleMode,
  stores: TenantStores,
  clock: Clock,
  dataDir?: string,
): { endpoints: Middleware; observer: RequestObserver; close(): void } {
  const requests = new RequestLog(undefined, dataDir);
  const ctx: ConsoleContext = { mode, stores, requests, clock };
  return {
    endpoints: (ex, next) => (serveConsole(ctx, ex.req, ex.res, ex.url) ? Promise.resolve() : next()),
    observer: requests,
    close: () => requests.close(),
  };
}

/** What `/` says to a client that is not a browser (curl, a script): no tenant data. */
export const ROOT_POINTER = [
  "Streamkap emulator: the Streamkap API is served at this address (POST /auth/access-token, then /sources, /destinations, /pipelines, ...).",
  "Open this address in a browser for the console; ?view=table shows the flows as a table.",
  "",
].join("\n");

const DATA_HEADERS = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** Answers a console request and returns true; false when the request is not the console's. */
export function serveConsole(ctx: ConsoleContext, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const path = url.pathname;
  if (!CONSOLE_PATHS.includes(path)) return false;
  // `/` is the console for a browser; any other client reading it gets a pointer, not the API's 404.
  if (path === "/" && !(req.headers.accept ?? "").includes("text/html")) {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    send(res, 200, "text/plain; charset=utf-8", ROOT_POINTER, DATA_HEADERS);
    return true;
  }
  if (!requestAllowed(ctx.mode, req.headers.host)) {
    sendJson(res, 403, { detail: "The console answers only on a loopback address (--console on serves it everywhere)" });
    return true;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendJson(res, 405, { detail: "Method Not Allowed: the console is read-only" });
    return true;
  }
  switch (path) {
    case "/":
      send(res, 200, "text/html; charset=utf-8", PAGE_HTML, PAGE_HEADERS);
      break;
    case CONSOLE_SCRIPT_PATH:
      send(res, 200, "text/javascript; charset=utf-8", consoleScript(), DATA_HEADERS);
      break;
    case "/__emulator/tenant":
      send(res, 200, "application/json", JSON.stringify(tenantView(ctx.stores, ctx.clock.now())), DATA_HEADERS);
      break;
    case "/__emulator/requests": {
      const after = Number(url.searchParams.get("after") ?? 0) || 0;
      send(res, 200, "application/json", JSON.stringify({ latest: ctx.requests.latest(), requests: ctx.requests.since(after) }), DATA_HEADERS);
      break;
    }
    case "/__emulator/events":
      streamEvents(req, res, () => tenantView(ctx.stores, ctx.clock.now()), ctx.requests);
      break;
  }
  return true;
}
