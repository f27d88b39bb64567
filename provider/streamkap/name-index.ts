// The names in use in the tenant, listed once per provider process and shared by its creates.
// A create must prove its name free before the POST (see create-source.ts); one listing
// proves it for every create of an apply, where a look-up per name would add a round trip to
// each. The index is only ever trusted to say "free": a name it lists may have been freed
// since (a delete in this process), so the caller confirms "taken" with a look-up of its own.
import type { ApiPage, ApiSource } from "./api-types";

export interface NameIndexBackend {
  listPage(page: number, pageSize: number, opts: { signal?: AbortSignal; deadline?: number }): Promise<ApiPage<ApiSource>>;
}

export interface NameIndexOptions {
  pageSize?: number;
  /** Above this many pages the tenant is too large to list for a few creates: callers look
   * each name up instead. */
  maxPages?: number;
  /** A listing older than this proves nothing and is taken again. */
  maxAgeMs?: number;
  now?: () => number;
}

export interface NameSnapshot {
  /** Epoch ms at which the listing started: every name taken before then is listed. */
  takenAt: number;
  /** False proves the name was free at `takenAt` and not given since by this process. */
  listed(name: string): boolean;
}

export class NameIndex {
  private pending?: { takenAt: number; snapshot: Promise<NameSnapshot | undefined> };
  /** Names this process gave to sources (creates, renames), which a listing in flight may miss. */
  private readonly claimed = new Set<string>();
  private readonly pageSize: number;
  private readonly maxPages: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly backend: NameIndexBackend,
    options: NameIndexOptions = {}
  ) {
    this.pageSize = options.pageSize ?? 100;
    this.maxPages = options.maxPages ?? 10;
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** The tenant's names, or undefined when the tenant has more than maxPages pages. */
  async snapshot(opts: { signal?: AbortSignal; deadline?: number } = {}): Promise<NameSnapshot | undefined> {
    const p = this.pending;
    if (p && this.now() - p.takenAt <= this.maxAgeMs) return p.snapshot;
    const takenAt = this.now();
    const snapshot = this.list(takenAt, opts);
    const entry = { takenAt, snapshot };
    this.pending = entry;
    // A failed listing is not kept: the next create lists again.
    snapshot.catch(() => {
      if (this.pending === entry) this.pending = undefined;
    });
    return snapshot;
  }

  /** Records a name this process has just given to a source, so that the index never calls
   * it free afterwards (two resources of one configuration with the same name). */
  claim(name: string): void {
    this.claimed.add(name);
  }

  private async list(takenAt: number, opts: { signal?: AbortSignal; deadline?: number }): Promise<NameSnapshot | undefined> {
    const names = new Set<string>();
    for (let page = 1; ; page++) {
      const { result, total } = await this.backend.listPage(page, this.pageSize, opts);
      for (const source of result) if (source && typeof source.name === "string") names.add(source.name);
      const seen = (page - 1) * this.pageSize + result.length;
      if (result.length < this.pageSize || (typeof total === "number" && seen >= total)) break;
      const pagesNeeded = typeof total === "number" ? Math.ceil(total / this.pageSize) : page + 1;
      if (pagesNeeded > this.maxPages) return undefined;
    }
    return { takenAt, listed: (name) => names.has(name) || this.claimed.has(name) };
  }
}
