// A per-process cache of source reads. Terraform refreshes every source of a plan in one
// provider process, one ReadResource each; instead of one GET per source, the first read
// lists all sources in pages of 100 and later reads are served from that list. The list is
// taken at refresh time, so a source changed out of band still shows as drift.
import type { ApiPage, ApiSource } from "./api-types";

export interface SourceCacheBackend {
  listPage(page: number, pageSize: number, signal?: AbortSignal): Promise<ApiPage<ApiSource>>;
  getOne(id: string, signal?: AbortSignal): Promise<ApiSource | undefined>;
}

export interface SourceCacheOptions {
  pageSize?: number;
  /** A list older than this is taken again: a long-lived process must not serve stale reads. */
  maxAgeMs?: number;
  /** Bounds the paging loop whatever the API answers. */
  maxPages?: number;
  now?: () => number;
}

interface Snapshot {
  takenAt: number;
  byId: Promise<Map<string, ApiSource>>;
}

export class SourceCache {
  private snapshot?: Snapshot;
  private readonly pageSize: number;
  private readonly maxAgeMs: number;
  private readonly maxPages: number;
  private readonly now: () => number;

  constructor(
    private readonly backend: SourceCacheBackend,
    options: SourceCacheOptions = {}
  ) {
    this.pageSize = options.pageSize ?? 100;
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.maxPages = options.maxPages ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async get(id: string, signal?: AbortSignal): Promise<ApiSource | undefined> {
    const found = (await this.current(signal)).get(id);
    if (found) return structuredClone(found);
    // Not in the list: most likely gone. Confirm with one GET, because a source created after
    // the list was taken, or shifted between pages by a concurrent delete, is missing too.
    return this.backend.getOne(id, signal);
  }

  /** Forget the list; every write calls this so that later reads see the write. */
  invalidate(): void {
    this.snapshot = undefined;
  }

  private current(signal?: AbortSignal): Promise<Map<string, ApiSource>> {
    const s = this.snapshot;
    if (s && this.now() - s.takenAt <= this.maxAgeMs) return s.byId;
    // Concurrent reads (Terraform refreshes 10 at a time) share one listing.
    const snapshot: Snapshot = { takenAt: this.now(), byId: this.listAll(signal) };
    this.snapshot = snapshot;
    // A failed listing is not kept: the next read tries again.
    snapshot.byId.catch(() => {
      if (this.snapshot === snapshot) this.snapshot = undefined;
    });
    return snapshot.byId;
  }

  private async listAll(signal?: AbortSignal): Promise<Map<string, ApiSource>> {
    const byId = new Map<string, ApiSource>();
    for (let page = 1; page <= this.maxPages; page++) {
      const { result, total } = await this.backend.listPage(page, this.pageSize, signal);
      for (const source of result) if (source && typeof source.id === "string") byId.set(source.id, source);
      const seen = (page - 1) * this.pageSize + result.length;
      if (result.length < this.pageSize || (typeof total === "number" && seen >= total)) break;
    }
    return byId;
  }
}
