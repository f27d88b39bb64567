// A per-process cache of source reads. Terraform refreshes every source of a plan in one
// provider process, one ReadResource each; instead of one GET per source, reads are served
// from a listing of the tenant in pages of 100. The listing is taken at refresh time, so a
// source changed out of band still shows as drift.
//
// How much to list is a rent-or-buy choice: the process does not know how many reads will
// follow. The first read takes page 1, which also tells the tenant's size; a tenant of one
// page is then fully known. In a larger tenant, reads missing from page 1 are first served
// by single GETs, and once as many GETs have been made as the remaining pages would cost, the
// rest is listed. A plan of a few sources in a tenant of thousands thus costs a few requests,
// and a plan of the whole tenant at most twice the pages.
import type { ApiPage, ApiSource } from "./api-types";

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
    const listing = this.current();
    try {
      return await listing.get(id, signal);
    } catch (err) {
      // A failed listing is not kept: the next read tries again.
      if (this.listing === listing) this.listing = undefined;
      throw err;
    }
  }

  /** Forget the listing; every write calls this so that later reads see the write. */
  invalidate(): void {
    this.listing = undefined;
  }

  private current(): TenantListing {
    const l = this.listing;
    if (l && this.now() - l.takenAt <= this.maxAgeMs) return l;
    // Concurrent reads (Terraform refreshes 10 at a time) share one listing.
    this.listing = new TenantListing(this.backend, this.now(), this.pageSize, this.maxPages);
    return this.listing;
  }
}

/** The sources of the tenant as listed from one moment on, page 1 first, the rest on demand. */
class TenantListing {
  private readonly byId = new Map<string, ApiSource>();
  private firstPage?: Promise<boolean>;
  private rest?: Promise<void>;
  /** Pages after the first, from the first page's total (without one: at least one more). */
  private remainingPages = 0;
  private singleReads = 0;

  constructor(
    private readonly backend: SourceCacheBackend,
    readonly takenAt: number,
    private readonly pageSize: number,
    private readonly maxPages: number
  ) {}

  async get(id: string, signal?: AbortSignal): Promise<ApiSource | undefined> {
    this.firstPage ??= this.listFirstPage(signal);
    const complete = await this.firstPage;
    const listed = this.byId.get(id);
    if (listed) return structuredClone(listed);
    if (!complete && !this.rest) {
      if (this.singleReads < this.remainingPages) {
        this.singleReads++;
        return this.backend.getOne(id, signal);
      }
      this.rest = this.listRest(signal);
    }
    if (this.rest) {
      await this.rest;
      const found = this.byId.get(id);
      if (found) return structuredClone(found);
    }
    // Not in the listing: most likely gone. Confirm with one GET, because a source created
    // after the listing was taken, or shifted between pages by a concurrent delete, is missing too.
    return this.backend.getOne(id, signal);
  }

  /** Lists page 1; true when it holds the whole tenant. */
  private async listFirstPage(signal?: AbortSignal): Promise<boolean> {
    const { result, total } = await this.backend.listPage(1, this.pageSize, signal);
    this.add(result);
    if (result.length < this.pageSize || (typeof total === "number" && total <= this.pageSize)) return true;
    this.remainingPages = typeof total === "number" ? Math.ceil(total / this.pageSize) - 1 : 1;
    return false;
  }

  private async listRest(signal?: AbortSignal): Promise<void> {
    for (let page = 2; page <= this.maxPages; page++) {
      const { result, total } = await this.backend.listPage(page, this.pageSize, signal);
      this.add(result);
      const seen = (page - 1) * this.pageSize + result.length;
      if (result.length < this.pageSize || (typeof total === "number" && seen >= total)) return;
    }
  }

  private add(sources: ApiSource[]): void {
    for (const source of sources) if (source && typeof source.id === "string") this.byId.set(source.id, source);
  }
}
