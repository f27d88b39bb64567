// A per-process cache of source reads. Terraform refreshes every source of a plan in one
// provider process, one ReadResource each; instead of one GET per source, reads are served
// from a listing of the tenant in pages of 100, fetched only as far as it pays
// (tenant-listing.ts). The listing is taken at refresh time, so a source changed out of band
// still shows as drift.
import type { ApiSource } from "./api-types";
import { RecentListing, type ListPage, type RecentListingOptions } from "./tenant-listing";

export interface SourceCacheBackend {
  listPage: ListPage;
  getOne(id: string, signal?: AbortSignal): Promise<ApiSource | undefined>;
}

export class SourceCache {
  private readonly listing: RecentListing;

  constructor(
    private readonly backend: SourceCacheBackend,
    options: RecentListingOptions = {}
  ) {
    this.listing = new RecentListing(backend.listPage, options);
  }

  async get(id: string, signal?: AbortSignal): Promise<ApiSource | undefined> {
    const answer = await this.listing.lookup("id", id, { signal });
    if (typeof answer === "object") return structuredClone(answer.found);
    // Not listed: most likely gone, but a source created after the listing started, or
    // shifted between pages by a concurrent delete, is missing too. One GET says which.
    return this.backend.getOne(id, signal);
  }

  /** Forget the listing; every write calls this so that later reads see the write. */
  invalidate(): void {
    this.listing.forget();
  }
}
