// A small read-only view of the Streamkap API for the command line (fetch, no dependency):
// the access token from the client id and secret, GETs with the bearer token, a retry of the
// answers the API gives when it is busy (429, 502, 503, 504) and of network failures, and
// every listing read a page of 100 at a time. Errors name the host and the status, never the
// secret or the token. It only reads, so nothing it does can change a tenant.

export interface ApiEndpoint {
  host: string;
  clientId: string;
  secret: string;
}

/** The most a listing asks per page (the API's maximum). */
export const PAGE_SIZE = 100;
const RETRIED = new Set([429, 502, 503, 504]);
const ATTEMPTS = 4;
const TIMEOUT_MS = 30_000;

export class ApiError extends Error {}

export class ApiSession {
  private token?: Promise<string>;
  /** Requests sent so far, authentication included. */
  requests = 0;

  constructor(readonly endpoint: ApiEndpoint) {}

  /** GET `path` (with its query) and answer its JSON; throws ApiError on anything but 200. */
  async get<T>(path: string): Promise<T> {
    const token = await this.accessToken();
    const res = await this.send(path, { method: "GET", headers: { authorization: `Bearer ${token}`, accept: "application/json" } });
    return (await res.json()) as T;
  }

  /** Every item of a paged collection (`{result, total}` envelopes), `onPage` told after each. */
  async list<T>(collection: string, query = "", onPage?: (items: number, total: number) => void): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; ; page++) {
      const envelope = await this.get<{ result?: T[]; total?: number; has_next?: boolean }>(`/${collection}?page=${page}&page_size=${PAGE_SIZE}${query}`);
      const result = envelope.result ?? [];
      all.push(...result);
      const total = typeof envelope.total === "number" ? envelope.total : all.length;
      onPage?.(all.length, total);
      // The total saves asking for a page that would come back empty.
      if (result.length < PAGE_SIZE || envelope.has_next === false || all.length >= total) return all;
    }
  }

  /** The bearer token, asked for once. */
  accessToken(): Promise<string> {
    this.token ??= (async () => {
      const res = await this.send("/auth/access-token", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ client_id: this.endpoint.clientId, secret: this.endpoint.secret }),
      });
      const body = (await res.json()) as { accessToken?: unknown };
      if (typeof body.accessToken !== "string") throw new ApiError(`${this.endpoint.host} answered the sign-in without an access token`);
      return body.accessToken;
    })();
    return this.token;
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const url = `${this.endpoint.host.replace(/\/+$/, "")}${path}`;
    const what = `${init.method} ${path.split("?")[0]}`;
    for (let attempt = 1; ; attempt++) {
      this.requests++;
      let res: Response;
      try {
        res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
      } catch (err) {
        if (attempt < ATTEMPTS) {
          await pause(attempt);
          continue;
        }
        throw new ApiError(`${this.endpoint.host} does not answer (${what}: ${causeOf(err)}). Check STREAMKAP_HOST.`);
      }
      if (res.status === 200) return res;
      if (RETRIED.has(res.status) && attempt < ATTEMPTS) {
        await res.body?.cancel();
        await pause(attempt, res.headers.get("retry-after"));
        continue;
      }
      const detail = await detailOf(res);
      if (res.status === 401 && path === "/auth/access-token") {
        throw new ApiError(`${this.endpoint.host} refused the credentials (401): check STREAMKAP_CLIENT_ID and STREAMKAP_SECRET.`);
      }
      throw new ApiError(`${what} on ${this.endpoint.host} answered ${res.status}${detail ? `: ${detail}` : ""}`);
    }
  }
}

/** Exponential backoff with jitter, or the server's Retry-After (seconds) when it gives one. */
function pause(attempt: number, retryAfter?: string | null): Promise<void> {
  const asked = Number(retryAfter);
  const ms = Number.isFinite(asked) && asked > 0 ? Math.min(asked, 30) * 1000 : 250 * 2 ** (attempt - 1) * (0.5 + Math.random());
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function detailOf(res: Response): Promise<string> {
  const text = await res.text().catch(() => "");
  try {
    const detail = (JSON.parse(text) as { detail?: unknown }).detail;
    return typeof detail === "string" ? detail : JSON.stringify(detail ?? "").slice(0, 300);
  } catch {
    return text.slice(0, 200).replace(/\s+/g, " ");
  }
}

function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}
