// One request's passage through the emulator's HTTP layer: the Exchange every middleware
// reads and adds to (the route matched, the body read, the fault injected, the answer), and
// compose(), which runs an ordered list of middleware, each deciding whether to call the next.
// The list itself, in order, is in server.ts; the middleware are in middleware.ts.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Handler } from "./handler";
import type { RouteMatch } from "./router";

/** What goes back to the client; `cut` destroys the socket without an answer. */
export type Answer =
  | { kind: "json"; status: number; body: unknown }
  | { kind: "raw"; status: number; contentType: string; body: string; headers?: Record<string, string> }
  | { kind: "cut" };

export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  readonly url: URL;
  readonly requestId: string;
  /** Date.now() when the request arrived. */
  readonly started: number;
  /** API requests, numbered in order of arrival from 1: the fault generator's draw. */
  number?: number;
  match?: RouteMatch<Handler>;
  rawBody?: string;
  /** The trouble injected into this request, as the console's request log shows it. */
  fault?: string;
  answer?: Answer;
  /** Whether the answer came from a handler's write (a candidate for being lost). */
  wrote?: boolean;
}

export type Middleware = (exchange: Exchange, next: () => Promise<void>) => Promise<void>;

/** Runs the middleware in order; a middleware that does not call next ends the request there. */
export function compose(list: readonly Middleware[]): (exchange: Exchange) => Promise<void> {
  const run = (i: number, exchange: Exchange): Promise<void> => (i < list.length ? list[i](exchange, () => run(i + 1, exchange)) : Promise.resolve());
  return (exchange) => run(0, exchange);
}
