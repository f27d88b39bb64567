// Which names are free in the tenant, from a listing shared by the provider process's
// creates. A create must prove its name free before the POST (see create-source.ts); one
// listing proves it for every create of an apply, where a look-up per name would add a round
// trip to each. The index only ever says "free": a name it finds may have been freed since
// (a delete in this process), and a large tenant is not listed for a few creates
// (tenant-listing.ts), so otherwise the caller looks the name up itself.
import { TenantListing, type ListPage } from "./tenant-listing";

export interface NameIndexOptions {
  pageSize?: number;
  /** A listing older than this proves nothing and is taken again. */
  maxAgeMs?: number;
  now?: () => number;
}

export class NameIndex {
  private listing?: TenantListing;
  /** Names this process gave to sources (creates, renames), which a listing may miss. */
  private readonly claimed = new Set<string>();
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly listPage: ListPage,
    private readonly options: NameIndexOptions = {}
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** True when a listing started at most maxAgeMs ago shows no source named `name`, and
   * this process has not given the name since; false means "look it up". */
  async provenFree(name: string, opts: { signal?: AbortSignal; deadline?: number } = {}): Promise<boolean> {
    if (this.claimed.has(name)) return false;
    const listing = this.current();
    try {
      return (await listing.lookup("name", name, opts)) === "absent" && !this.claimed.has(name);
    } catch (err) {
      // A failed listing is not kept: the next create lists again.
      if (this.listing === listing) this.listing = undefined;
      throw err;
    }
  }

  /** Records a name this process is giving to a source, so that the index never calls it
   * free afterwards (two resources of one configuration with the same name). */
  claim(name: string): void {
    this.claimed.add(name);
  }

  private current(): TenantListing {
    const l = this.listing;
    if (l && this.now() - l.takenAt <= this.maxAgeMs) return l;
    this.listing = new TenantListing(this.listPage, this.now(), { pageSize: this.options.pageSize });
    return this.listing;
  }
}
