// The request engine over HTTP (axios, which stays behind this file): bearer-token auth, a
// timeout on every request, retries of transient failures, one masked log line per request and
// answer, and errors that explain themselves without revealing a secret. What it answers is
// engine.ts's ApiResponse, so no axios type reaches the collections.
import { plainText } from "../../../../catalog/plain-text";
import axios, { type AxiosInstance, type AxiosResponse } from "axios";
import { StreamkapApiError } from "./api-error";
import { NOT_STARTED, type ApiResponse, type RequestEngine, type RequestSpec } from "./engine";
import { SILENT_LOGGER, type LogFields, type Logger, type LogLevel } from "./logger";
import { SecretValues } from "./redaction";
import { DEFAULT_RETRY_POLICY, isRetryable, nextRetryDelayMs, type RetryPolicy, sleep } from "./retry";
import { type IssuedToken, TokenCache } from "./token-cache";

export interface HttpEngineOptions {
  host: string;
  clientId: string;
  secret: string;
  /** Per-request timeout for ordinary calls. */
  timeoutMs?: number;
  /** Per-request timeout for writes that wait for the connector to deploy. */
  waitTimeoutMs?: number;
  /** How long a call without a timeout of its own (a read) may keep retrying. */
  readBudgetMs?: number;
  retry?: RetryPolicy;
  /** Default: silent. */
  logger?: Logger;
}

const USER_AGENT = "terraform-provider-streamkap (cdktf-streamkap)";

export class HttpEngine implements RequestEngine {
  private readonly http: AxiosInstance;
  private readonly tokens: TokenCache;
  private readonly logger: Logger;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly waitTimeoutMs: number;
  private readonly readBudgetMs: number;
  /** Every string that must be masked in messages: the client secret and tokens issued. */
  private readonly knownSecrets = new Set<string>();
  private failedLogLines = 0;

  constructor(private readonly options: HttpEngineOptions) {
    this.logger = options.logger ?? SILENT_LOGGER;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.waitTimeoutMs = options.waitTimeoutMs ?? 15 * 60_000;
    this.readBudgetMs = options.readBudgetMs ?? 5 * 60_000;
    this.knownSecrets.add(options.secret);
    this.http = axios.create({
      baseURL: options.host.replace(/\/+$/, ""),
      headers: { Accept: "application/json", "Content-Type": "application/json", "User-Agent": USER_AGENT },
      // Every status is handled here, so that errors are built from facts, not axios' text.
      validateStatus: () => true,
      maxRedirects: 0,
      adapter: "http",
    });
    this.tokens = new TokenCache(() => this.issueToken());
  }

  writeTiming(opts: { deadline?: number; timeoutMs?: number }, wait: boolean): { timeoutMs?: number; deadline: number } {
    const timeoutMs = opts.timeoutMs ?? (wait ? this.waitTimeoutMs : undefined);
    return { timeoutMs, deadline: opts.deadline ?? Date.now() + (timeoutMs ?? this.readBudgetMs) };
  }

  rememberSecrets(values: Iterable<string>): void {
    for (const value of values) if (value) this.knownSecrets.add(value);
  }

  readDeadline(): number {
    return Date.now() + this.readBudgetMs;
  }

  private async issueToken(): Promise<IssuedToken> {
    const res = await this.request<{ accessToken?: unknown; expiresIn?: unknown }>({
      method: "POST",
      path: "/auth/access-token",
      body: { client_id: this.options.clientId, secret: this.options.secret },
      idempotent: true,
      authenticated: false,
      deadline: Date.now() + this.readBudgetMs,
    });
    const { accessToken, expiresIn } = res.data ?? {};
    if (typeof accessToken !== "string" || !accessToken) {
      throw new Error("Streamkap API POST /auth/access-token answered without an access token");
    }
    this.knownSecrets.add(accessToken);
    const seconds = typeof expiresIn === "number" ? expiresIn : Number(expiresIn);
    return { accessToken, expiresIn: Number.isFinite(seconds) ? seconds : 0 };
  }

  async request<T>(spec: RequestSpec): Promise<ApiResponse<T>> {
    const authenticated = spec.authenticated ?? true;
    // A value once named secret stays secret for the life of the process: a later answer (a
    // read, an error text) may carry it where the caller no longer says so.
    if (spec.secrets) this.rememberSecrets(spec.secrets);
    const secrets = () => [...this.knownSecrets];
    const what = `${spec.method} ${spec.path}`;
    let renewedAfter401 = false;
    /** The failure being retried: what the user sees if the deadline passes while waiting. */
    let lastFailure: StreamkapApiError | undefined;
    for (let attempt = 1; ; attempt++) {
      const remaining = spec.deadline - Date.now();
      if (remaining <= 0) {
        if (lastFailure) throw lastFailure;
        throw new StreamkapApiError({
          method: spec.method,
          path: spec.path,
          cause: "the operation's time ran out before an attempt could start",
          code: NOT_STARTED,
        });
      }
      const token = authenticated ? await this.tokens.get() : undefined;
      const timeoutMs = Math.min(spec.timeoutMs ?? this.timeoutMs, remaining);
      const started = Date.now();
      // With logging off (the usual case), no line, field or secret list is built.
      if (this.logger.enabled("debug")) this.logRequest(spec, attempt, Boolean(token), secrets());
      let res: AxiosResponse<T>;
      try {
        res = await this.http.request<T>({
          method: spec.method,
          url: spec.path,
          params: definedOnly(spec.query),
          data: spec.body === undefined ? undefined : JSON.stringify(spec.body),
          headers: token ? { Authorization: `Bearer ${token}` } : {},
          timeout: timeoutMs,
          signal: spec.signal,
        });
      } catch (err) {
        const code = errorCode(err);
        const cause = describeNetworkError(err, timeoutMs);
        this.log("debug", `${what} failed: ${cause}`, { method: spec.method, path: spec.path, attempt, error: cause }, secrets());
        const failure = new StreamkapApiError({ method: spec.method, path: spec.path, cause, code }, secrets());
        if (!spec.signal?.aborted && isRetryable({ code }, spec.idempotent)) {
          const delay = nextRetryDelayMs(attempt, this.retry, spec.deadline);
          if (delay !== undefined) {
            lastFailure = failure;
            await this.pause(spec, attempt, delay, cause, secrets());
            continue;
          }
        }
        throw failure;
      }

      const requestId = headerValue(res.headers, "x-request-id");
      if (this.logger.enabled("debug")) this.logResponse(spec, res, requestId, Date.now() - started, secrets());
      if (res.status === 401 && token && !renewedAfter401) {
        // The token may have expired early or been revoked: renew once and resend.
        renewedAfter401 = true;
        this.tokens.invalidate(token);
        this.log("debug", `${what} answered 401: renewing the access token once`, { method: spec.method, path: spec.path }, secrets());
        attempt--;
        continue;
      }
      if ((res.status >= 200 && res.status < 300) || spec.accept?.includes(res.status))
        return { status: res.status, data: res.data, headers: headersOf(res.headers) };
      const failure = new StreamkapApiError(
        { method: spec.method, path: spec.path, status: res.status, statusText: res.statusText, body: res.data, requestId },
        secrets(),
      );
      if (isRetryable({ status: res.status }, spec.idempotent)) {
        const delay = nextRetryDelayMs(attempt, this.retry, spec.deadline, headerValue(res.headers, "retry-after"));
        if (delay !== undefined) {
          lastFailure = failure;
          await this.pause(spec, attempt, delay, `status ${res.status}`, secrets());
          continue;
        }
      }
      throw failure;
    }
  }

  private async pause(spec: RequestSpec, attempt: number, delay: number, reason: string, secrets: string[]): Promise<void> {
    this.log(
      "info",
      `retrying ${spec.method} ${spec.path} after ${reason} in ${delay} ms (attempt ${attempt + 1})`,
      { method: spec.method, path: spec.path, attempt: attempt + 1, delay_ms: delay, reason },
      secrets,
    );
    await sleep(delay, spec.signal);
  }

  /** One line per request; the body (masked) only at debug and trace. */
  private logRequest(spec: RequestSpec, attempt: number, withToken: boolean, secrets: string[]): void {
    if (!this.logger.enabled("debug")) return;
    const fields: LogFields = { method: spec.method, path: spec.path, attempt };
    const query = definedOnly(spec.query);
    if (query) fields.query = query;
    if (withToken) fields.headers = { Authorization: "Bearer ***" };
    if (spec.body !== undefined) fields.body = spec.body;
    this.log("debug", `request ${spec.method} ${spec.path}`, fields, secrets);
  }

  private logResponse(spec: RequestSpec, res: AxiosResponse, requestId: string | undefined, ms: number, secrets: string[]): void {
    const fields: LogFields = { method: spec.method, path: spec.path, status: res.status, request_id: requestId, duration_ms: ms };
    if (this.logger.enabled("debug") && res.data !== undefined && res.data !== "") fields.body = res.data;
    this.log("debug", `${spec.method} ${spec.path} → ${res.status}${requestId ? ` (request id ${requestId})` : ""} in ${ms} ms`, fields, secrets);
  }

  /** Every line passes here: sensitive fields masked by name and catalog, known secret values
   * (client secret, tokens issued, the resource's sensitive values) masked in every value
   * (redaction.ts). Logging only observes: a line that cannot be masked or written is dropped
   * and counted, never thrown into the request. */
  private log(level: LogLevel, message: string, fields: LogFields, secrets: string[]): void {
    try {
      if (!this.logger.enabled(level)) return;
      const masks = new SecretValues(secrets);
      this.logger.log(level, masks.maskText(message), masks.maskValue(fields) as LogFields);
    } catch {
      this.failedLogLines++;
    }
  }

  /** How many log lines could not be written (each dropped without failing its request). */
  get logFailures(): number {
    return this.failedLogLines;
  }
}

function definedOnly(query: RequestSpec["query"]): Record<string, string | number | boolean> | undefined {
  if (!query) return undefined;
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(query)) if (v !== undefined) out[k] = v;
  return out;
}

function headersOf(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers || typeof headers !== "object") return out;
  for (const [name, value] of Object.entries(headers as Record<string, unknown>))
    if (value !== undefined && value !== null) out[name.toLowerCase()] = plainText(value);
  return out;
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const h = headers as Record<string, unknown> & { get?: (n: string) => unknown };
  const v = typeof h.get === "function" ? h.get(name) : h[name];
  return v === undefined || v === null ? undefined : plainText(v);
}

function errorCode(err: unknown): string | undefined {
  return err && typeof err === "object" && "code" in err ? String(err.code) : undefined;
}

/** "400 ms", "2.5 s", "60 s": an attempt cut short by the operation's deadline may have had
 * well under a second, which whole seconds would print as "0 s". */
function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** A short cause for a request that got no response; never the request's config or headers. */
function describeNetworkError(err: unknown, timeoutMs: number): string {
  if (axios.isCancel(err) || errorCode(err) === "ERR_CANCELED") return "cancelled";
  const code = errorCode(err);
  if (code === "ECONNABORTED" || code === "ETIMEDOUT") return `no answer within ${duration(timeoutMs)} (${code})`;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host name not found";
  return code ? `connection error ${code}` : "connection error";
}
