// What a route handler sees and answers, apart from HTTP: the server does request ids,
// stats, latency, faults and authentication, then hands the handler this.
import type { ValidationError } from "../connectors/validation";

export interface ApiRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when the body is empty. Throws BadBody. */
  body(): unknown;
}

export interface ApiResult {
  status: number;
  body: unknown;
  /** A write that changed state: its answer is a candidate for being lost. */
  wrote?: boolean;
}

export interface RouteOptions {
  /** Whether the route is open without a bearer token. */
  public?: boolean;
}

export type Handler = ((req: ApiRequest) => ApiResult | Promise<ApiResult>) & RouteOptions;

export class BadBody extends Error {}

/** A request-validation failure, in the API's 422 shape. */
export function invalid(errors: ValidationError[]): ApiResult {
  return { status: 422, body: { detail: errors } };
}
