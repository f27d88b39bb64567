// A per-process cache of source reads. Terraform refreshes every source of a plan in one
// provider process, one ReadResource each; instead of one GET per source, reads are served
// from a listing of the tenant in pages of 100, fetched only as far as it pays
// (tenant-listing.ts). The listing is taken at refresh time, so a source changed out of band
// still shows as drift.
import type { ApiPage, ApiSource } from "./api-types";
import { TenantListing } from "./tenant-listing";

export interface SourceCacheBackend {
  listPage(page: number, pageSize: number, signal?: AbortSignal): Promise<ApiPage<ApiSource>>;
  getOne(id: string, signal?: AbortSignal): Promise<ApiSource | undefined>;
}

export interface SourceCacheOptions {
  pageSize?: number;
  /** A listing older than this is taken again: a long-lived process must not serve stale reads. */
  maxAgeMs?: number;
  /** Bounds the paging loop whatever the API answers. */
  maxPages?: number;
  now?: () => number;
}

export class SourceCache {
  private listing?: TenantListing;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly backend: SourceCacheBackend,
    private readonly options: SourceCacheOptions = {}
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  async get(id: string, signal?: AbortSignal): Promise<ApiSource | undefined> {
    const listing = this.current();
    let answer;
    try {
      answer = await listing.lookup("id", id, { signal });
    } catch (err) {
      // A failed listing is not kept: the next read tries again.
      if (this.listing === listing) this.listing = undefined;
      throw err;
    }
    if (typeof answer === "object") return structuredClone(answer.found);
    // Not listed: most likely gone, but a source created after the listing started, or
    // shifted between pages by a concurrent delete, is missing too. One GET says which.
    return this.backend.getOne(id, signal);
  }

  /** Forget the listing; every write calls this so that later reads see the write. */
  invalidate(): void {
    this.listing = undefined;
  }

  private current(): TenantListing {
    const l = this.listing;
    if (l && this.now() - l.takenAt <= this.maxAgeMs) return l;
    // Concurrent reads (Terraform refreshes 10 at a time) share one listing.
    const listPage = (page: number, pageSize: number, o: { signal?: AbortSignal }) => this.backend.listPage(page, pageSize, o.signal);
    this.listing = new TenantListing(listPage, this.now(), { pageSize: this.options.pageSize, maxPages: this.options.maxPages });
    return this.listing;
  }
}
