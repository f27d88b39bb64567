// What the collections need from the transport, and nothing of the HTTP client behind it: a
// request described as data (RequestSpec), an answer as {status, data, headers} (ApiResponse),
// and the timing rules every collection applies the same way. http-engine.ts implements it
// over axios; tests fake it in a few lines.

export interface RequestSpec {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Sending it twice has the same effect as once. */
  idempotent: boolean;
  authenticated?: boolean;
  /** Statuses returned to the caller instead of raised, besides 2xx. */
  accept?: number[];
  timeoutMs?: number;
  /** Epoch ms after which no attempt starts and no attempt runs on: the operation's timeout. */
  deadline: number;
  secrets?: string[];
  signal?: AbortSignal;
}

/** An answer the caller accepted: a 2xx, or a status it listed in `accept`. */
export interface ApiResponse<T> {
  status: number;
  /** The parsed JSON body (undefined when empty). */
  data: T;
  /** Lower-case header names. */
  headers: Record<string, string>;
}

/** The error code of a call given up before any attempt was sent. */
export const NOT_STARTED = "NOT_STARTED";

export interface RequestEngine {
  /** Sends the request with auth, retries and timeouts; a failure is a StreamkapApiError. */
  request<T>(spec: RequestSpec): Promise<ApiResponse<T>>;
  /** The timeout and deadline of a write (see WriteOptions): its own deadline, or its timeout
   * from now; a write that waits for the deployment gets the longer timeout. */
  writeTiming(opts: { deadline?: number; timeoutMs?: number }, wait: boolean): { timeoutMs?: number; deadline: number };
  /** When a read (which has no timeout of its own) must give up retrying. */
  readDeadline(): number;
  /** Secret values read from the API, masked from then on wherever they would be printed. */
  rememberSecrets(values: Iterable<string>): void;
}
