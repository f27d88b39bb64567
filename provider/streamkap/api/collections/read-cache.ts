// A per-process cache of one collection's reads. Terraform refreshes every resource of a plan
// in one provider process, one ReadResource each; instead of one GET per object, reads are served
// from a listing of the tenant in pages of 100, fetched only as far as it pays
// (tenant-listing.ts). The listing is taken at refresh time, so an object changed out of band
// still shows as drift.
import type { ApiObject } from "./collection-api";
import { RecentListing, type ListPage, type RecentListingOptions } from "./tenant-listing";

export interface ReadCacheBackend<T extends ApiObject> {
  /** Pages of the collection the listing holds, all of type T. */
  listPage: ListPage;
  getOne(id: string, signal?: AbortSignal): Promise<T | undefined>;
}

export class ReadCache<T extends ApiObject> {
  private readonly listing: RecentListing;

  constructor(
    private readonly backend: ReadCacheBackend<T>,
    options: RecentListingOptions = {},
  ) {
    this.listing = new RecentListing(backend.listPage, options);
  }

  async get(id: string, signal?: AbortSignal): Promise<T | undefined> {
    const answer = await this.listing.lookup("id", id, { signal });
    // Shared, not copied: a listed object is frozen (once) instead of cloned for every read.
    if (typeof answer === "object") return deepFreeze(answer.found) as T;
    // Not listed: most likely gone, but an object created after the listing started, or
    // shifted between pages by a concurrent delete, is missing too. One GET says which.
    return this.backend.getOne(id, signal);
  }

  /** Forget the listing; every write calls this so that later reads see the write. */
  invalidate(): void {
    this.listing.forget();
  }
}

function deepFreeze<V>(value: V): V {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
