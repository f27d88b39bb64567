// When a failed request may be sent again, and how long to wait first. Decisions follow the
// HTTP status and the network error code, never the wording of an error text.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** The operation's deadline is the real bound; the attempt cap only keeps the loop finite. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 12, baseDelayMs: 500, maxDelayMs: 10_000 };

const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);
/** Errors raised before the request could reach the server: safe to resend even a POST. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
const CONNECTION_CODES = new Set([...NOT_SENT_CODES, "ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "ERR_SOCKET_CONNECTION_TIMEOUT"]);

export interface FailedAttempt {
  status?: number;
  /** Node/axios error code when no response arrived. */
  code?: string;
}

/** Whether this failure may be retried. A non-idempotent call (POST) is retried only when the
 * server certainly did not act on it: 429 (refused) or a connection never made. */
export function isRetryable(f: FailedAttempt, idempotent: boolean): boolean {
  if (f.status !== undefined) return f.status === 429 || (idempotent && TRANSIENT_STATUSES.has(f.status));
  if (!f.code) return false;
  return idempotent ? CONNECTION_CODES.has(f.code) : NOT_SENT_CODES.has(f.code);
}

/** Whether a failed write may still have taken effect: a 5xx (the server or a gateway may
 * have failed after the write), or a connection lost or timed out after the request left. */
export function outcomeUnknown(f: FailedAttempt): boolean {
  if (f.status !== undefined) return f.status >= 500;
  return f.code !== undefined && CONNECTION_CODES.has(f.code) && !NOT_SENT_CODES.has(f.code);
}

/** Milliseconds to wait before attempt number `attempt + 1` (attempt counts from 1): the
 * server's Retry-After if it gave one, else exponential backoff with jitter; capped. */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfter?: string,
  random: () => number = Math.random,
  now: () => number = Date.now,
): number {
  const fromHeader = parseRetryAfter(retryAfter, now);
  if (fromHeader !== undefined) return Math.min(fromHeader, policy.maxDelayMs);
  const exp = policy.baseDelayMs * 2 ** (attempt - 1);
  const jittered = exp / 2 + random() * (exp / 2);
  return Math.min(Math.round(jittered), policy.maxDelayMs);
}

/** The wait before the next attempt, or undefined when the attempts are used up or the
 * wait would end past the deadline (a retry that cannot finish in time is not started). */
export function nextRetryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  deadline: number,
  retryAfter?: string,
  now: () => number = Date.now,
): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const delay = retryDelayMs(attempt, policy, retryAfter, Math.random, now);
  return now() + delay < deadline ? delay : undefined;
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | undefined, now: () => number = Date.now): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}

/** Waits, unless Terraform asks the provider to stop (StopProvider aborts the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  const stopped = () => new Error("Terraform asked the provider to stop");
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(stopped());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(stopped());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
