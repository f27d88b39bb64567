// The emulator's middleware, each one step of what happens to a request before and after its
// route's handler (server.ts lists them in order): the log line, the stats endpoint, request
// observers (the console's request log), routing and the request counts, the body, latency,
// injected faults (before handling, and lost answers after a write), authentication, and the
// handler itself. Everything here serves every collection alike.
import type { TokenAuthority } from "../auth/token-authority";
import type { Clock } from "../clock";
import type { Answer, Exchange, Middleware } from "./exchange";
import { type FaultInjector, LOST_RESPONSE_BODY } from "./faults";
import { BadBody, type ApiRequest, type Handler } from "./handler";
import type { Router } from "./router";
import type { RequestStats } from "./stats";
import { StoreWriteError } from "../store/store";
import { BodyTooLarge, discardRest, readBody, send, sendJson } from "./wire";

/** An API request as observers see it once answered: never a body, header or query. */
export interface ObservedRequest {
  /** ISO 8601, when the request arrived. */
  time: string;
  method: string;
  path: string;
  /** The status answered; null when no answer went out (a socket cut off as a lost response). */
  status: number | null;
  latency_ms: number;
  /** The injected trouble, e.g. "503 before handling"; null when none. */
  fault: string | null;
  request_id: string;
}

export interface RequestObserver {
  requestDone(request: ObservedRequest): void;
}

export const STATS_PATH = "/__emulator/stats";

/** One line per request, every request, when it closes. */
export function logLines(log: (line: string) => void): Middleware {
  return (ex, next) => {
    const { res } = ex;
    res.on("close", () => log(`${ex.method} ${ex.url.pathname} ${res.headersSent ? res.statusCode : "-"} ${ex.requestId} ${Date.now() - ex.started}ms`));
    return next();
  };
}

/** GET /__emulator/stats: the request counts (no auth, not counted itself). */
export function statsEndpoint(stats: RequestStats): Middleware {
  return (ex, next) => {
    if (ex.url.pathname !== STATS_PATH) return next();
    if (ex.method !== "GET") sendJson(ex.res, 405, { detail: "Method Not Allowed" });
    else sendJson(ex.res, 200, stats.snapshot());
    return Promise.resolve();
  };
}

/** Tells each observer about every API request once it is answered (or cut off). */
export function observeRequests(observers: readonly RequestObserver[]): Middleware {
  return (ex, next) => {
    if (observers.length > 0) {
      ex.res.on("close", () => {
        const request: ObservedRequest = {
          time: new Date(ex.started).toISOString(),
          method: ex.method,
          path: ex.url.pathname,
          status: ex.res.headersSent ? ex.res.statusCode : null,
          latency_ms: Date.now() - ex.started,
          fault: ex.fault ?? null,
          request_id: ex.requestId,
        };
        for (const observer of observers) observer.requestDone(request);
      });
    }
    return next();
  };
}

/** Writes the answer the later steps decided on. */
export const respond: Middleware = async (ex, next) => {
  await next();
  if (ex.answer) write(ex, ex.answer);
};

/** Matches the route and counts it (an unknown path counts in the total only); numbers the request. */
export function route(router: Router<Handler>, stats: RequestStats): Middleware {
  let apiRequests = 0;
  return (ex, next) => {
    ex.match = router.match(ex.method, ex.url.pathname);
    stats.record(ex.match.kind === "found" ? `${ex.method} ${ex.match.route.pattern}` : undefined);
    ex.number = ++apiRequests;
    return next();
  };
}

/** The body, up to a limit: a larger one is refused with 413 (before it is read when its
 * Content-Length says so), and the rest of it dropped as it comes (discardRest). */
export const readRequestBody: Middleware = async (ex, next) => {
  try {
    ex.rawBody = await readBody(ex.req);
  } catch (err) {
    if (!(err instanceof BodyTooLarge)) throw err;
    discardRest(ex.req);
    ex.answer = { kind: "json", status: 413, body: { detail: err.message } };
    return;
  }
  return next();
};

export function latency(ms: number, sleep: (ms: number) => Promise<void>): Middleware {
  return async (_ex, next) => {
    await sleep(ms);
    return next();
  };
}

/** Trouble before handling (the request goes no further), and answers of writes lost after. */
export function faults(injector: FaultInjector): Middleware {
  return async (ex, next) => {
    const n = ex.number ?? 0;
    const fault = injector.beforeRequest(n);
    if (fault) {
      ex.fault = `${fault.status} before handling`;
      ex.answer = { kind: "raw", status: fault.status, contentType: fault.contentType, body: fault.body, headers: fault.headers };
      return;
    }
    await next();
    if (!ex.wrote) return;
    const lost = injector.afterWrite(n);
    if (!lost) return;
    ex.fault = `lost response: ${lost}`;
    ex.answer = lost === "destroy-socket" ? { kind: "cut" } : { kind: "raw", status: 502, contentType: "text/html", body: LOST_RESPONSE_BODY };
  };
}

/** Unknown paths and methods end here; a route that is not public needs a valid bearer token. */
export function authenticate(auth: TokenAuthority, clock: Clock): Middleware {
  return (ex, next) => {
    const match = ex.match;
    if (match?.kind === "none") return answer(ex, { kind: "json", status: 404, body: { detail: "Not Found" } });
    if (match?.kind === "wrong-method") return answer(ex, { kind: "json", status: 405, body: { detail: "Method Not Allowed" } });
    if (match && !match.route.handler.public) {
      const check = auth.check(ex.req.headers.authorization, clock.now());
      if (!check.ok) return answer(ex, { kind: "json", status: 401, body: { detail: check.detail } });
    }
    return next();
  };
}

/** The route's handler, with the parsed body; a body that is not JSON is the API's 422. */
export const dispatch: Middleware = async (ex) => {
  if (ex.match?.kind !== "found") return;
  const rawBody = ex.rawBody ?? "";
  const request: ApiRequest = { params: ex.match.params, query: ex.url.searchParams, body: () => parseJson(rawBody) };
  try {
    const result = await ex.match.route.handler(request);
    ex.answer = { kind: "json", status: result.status, body: result.body };
    ex.wrote = result.wrote === true;
  } catch (err) {
    // A change the data directory refused was not made: say so, as the disk's trouble it is.
    if (err instanceof StoreWriteError) ex.answer = { kind: "json", status: 507, body: { detail: err.message } };
    else if (err instanceof BadBody) ex.answer = { kind: "json", status: 422, body: { detail: [{ loc: ["body"], msg: err.message, type: "json_invalid" }] } };
    else throw err;
  }
};

function answer(ex: Exchange, a: Answer): Promise<void> {
  ex.answer = a;
  return Promise.resolve();
}

function write(ex: Exchange, a: Answer): void {
  if (a.kind === "cut") ex.res.socket?.destroy();
  else if (a.kind === "raw") send(ex.res, a.status, a.contentType, a.body, a.headers);
  else sendJson(ex.res, a.status, a.body);
}

function parseJson(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadBody("JSON decode error");
  }
}
