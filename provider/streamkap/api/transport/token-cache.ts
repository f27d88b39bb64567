// Holds the API access token: fetched on first need, renewed shortly before it expires and
// on demand after a 401. Callers that need a token while a renewal is under way share it.

export interface IssuedToken {
  accessToken: string;
  /** Lifetime in seconds, from the token response. */
  expiresIn: number;
}

export class TokenCache {
  private current?: { token: string; renewAt: number };
  private pending?: Promise<string>;

  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    private readonly now: () => number = Date.now,
  ) {}

  /** A token believed valid, fetching a new one when there is none or it is about to expire. */
  get(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return Promise.resolve(this.current.token);
    return this.renew();
  }

  /** Forgets `token` after the API refused it; a newer token obtained meanwhile is kept. */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }

  private renew(): Promise<string> {
    if (!this.pending) {
      this.pending = this.issue()
        .then(({ accessToken, expiresIn }) => {
          this.current = { token: accessToken, renewAt: this.now() + renewalLeadMs(expiresIn) };
          return accessToken;
        })
        .finally(() => {
          this.pending = undefined;
        });
    }
    return this.pending;
  }
}

/** How long a token is used before renewal: its lifetime less a margin (a fifth of it, at
 * most a minute), so that requests in flight do not meet an expired token. */
export function renewalLeadMs(expiresInSeconds: number): number {
  const lifetime = Math.max(0, expiresInSeconds) * 1000;
  const margin = Math.min(60_000, lifetime / 5);
  return lifetime - margin;
}
