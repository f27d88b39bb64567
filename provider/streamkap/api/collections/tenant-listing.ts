// One kind of the tenant's connectors as listed from one moment on, fetched only as far as it pays. Reads
// (read-cache.ts) and creates (name-index.ts) ask it for a connector by id or by name instead
// of one request each; it is a rent-or-buy choice, since nobody knows how many questions will
// follow. Page 1 comes first and tells the tenant's size: a tenant of one page is then fully
// known. In a larger tenant, a question page 1 cannot answer is left to the caller's own
// single request, until those have cost as much as the remaining pages would; then the rest
// is listed. A few questions in a tenant of thousands cost a few requests, and questions about
// the whole tenant at most twice its pages.
import type { ApiPage, ApiObject } from "./collection-api";
import { PageCursor } from "./paging";

export type ListPage = (page: number, pageSize: number, opts: { signal?: AbortSignal; deadline?: number }) => Promise<ApiPage<ApiObject>>;

export interface TenantListingOptions {
  pageSize?: number;
  /** Bounds the paging loop whatever the API answers. */
  maxPages?: number;
}

/** What the listing knows of a connector: found, absent from the whole tenant, or "ask for it
 * yourself" (the listing is not complete and a single request is still the cheaper way). */
export type Lookup = { found: ApiObject } | "absent" | "ask";

export class TenantListing {
  private readonly byId = new Map<string, ApiObject>();
  private readonly byName = new Map<string, ApiObject>();
  private firstPage?: Promise<boolean>;
  private rest?: Promise<void>;
  private cursor?: PageCursor;
  /** Pages after the first, from the first page's total (without one: at least one more). */
  private remainingPages = 0;
  private singleRequests = 0;
  private readonly pageSize: number;
  private readonly maxPages: number;

  constructor(
    private readonly listPage: ListPage,
    /** Epoch ms at which the listing started: every connector made before then is in it. */
    readonly takenAt: number,
    options: TenantListingOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 100;
    this.maxPages = options.maxPages ?? 10_000;
  }

  lookup(by: "id" | "name", key: string, opts: { signal?: AbortSignal; deadline?: number } = {}): Promise<Lookup> {
    return this.find(by === "id" ? this.byId : this.byName, key, opts);
  }

  private async find(index: Map<string, ApiObject>, key: string, opts: { signal?: AbortSignal; deadline?: number }): Promise<Lookup> {
    this.firstPage ??= this.listFirstPage(opts);
    const complete = await this.firstPage;
    const listed = index.get(key);
    if (listed) return { found: listed };
    if (complete) return "absent";
    if (!this.rest) {
      if (this.singleRequests < this.remainingPages) {
        this.singleRequests++;
        return "ask";
      }
      this.rest = this.listRest(opts);
    }
    await this.rest;
    const found = index.get(key);
    return found ? { found } : "absent";
  }

  /** Lists page 1; true when it holds the whole tenant. */
  private async listFirstPage(opts: { signal?: AbortSignal; deadline?: number }): Promise<boolean> {
    const cursor = new PageCursor(this.pageSize);
    const first = await this.listPage(1, this.pageSize, opts);
    this.add(first.result);
    if (!cursor.next(first)) return true;
    this.cursor = cursor;
    this.remainingPages = cursor.remainingPages(first.total) ?? 1;
    return false;
  }

  private async listRest(opts: { signal?: AbortSignal; deadline?: number }): Promise<void> {
    for (let page = 2; page <= this.maxPages; page++) {
      const listed = await this.listPage(page, this.pageSize, opts);
      this.add(listed.result);
      if (!this.cursor!.next(listed)) return;
    }
  }

  private add(connectors: ApiObject[]): void {
    for (const source of connectors) {
      if (!source || typeof source.id !== "string") continue;
      this.byId.set(source.id, source);
      if (typeof source.name === "string") this.byName.set(source.name, source);
    }
  }
}

export interface RecentListingOptions extends TenantListingOptions {
  /** A listing older than this is taken again: a long-lived process must not answer from
   * stale data. */
  maxAgeMs?: number;
  now?: () => number;
}

/** The listing to ask now: the current one while it is at most maxAgeMs old, else a new one.
 * Concurrent questions share it; one that failed is dropped, so the next question lists again. */
export class RecentListing {
  private listing?: TenantListing;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly listPage: ListPage,
    private readonly options: RecentListingOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  async lookup(by: "id" | "name", key: string, opts: { signal?: AbortSignal; deadline?: number } = {}): Promise<Lookup> {
    const listing = this.current();
    try {
      return await listing.lookup(by, key, opts);
    } catch (err) {
      if (this.listing === listing) this.listing = undefined;
      throw err;
    }
  }

  /** Forget the listing: the next question lists again. */
  forget(): void {
    this.listing = undefined;
  }

  private current(): TenantListing {
    const l = this.listing;
    if (l && this.now() - l.takenAt <= this.maxAgeMs) return l;
    this.listing = new TenantListing(this.listPage, this.now(), this.options);
    return this.listing;
  }
}
