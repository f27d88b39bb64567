// Which names are free in the tenant, from a listing shared by the provider process's
// creates. A create must prove its name free before the POST (see create-once.ts); one
// listing proves it for every create of an apply, where a look-up per name would add a round
// trip to each. The index only ever says "free": a name it finds may have been freed since
// (a delete in this process), and a large tenant is not listed for a few creates
// (tenant-listing.ts), so otherwise the caller looks the name up itself.
import { RecentListing, type ListPage, type RecentListingOptions } from "./tenant-listing";

export class NameIndex {
  private readonly listing: RecentListing;
  /** Names this process gave to connectors (creates, renames), which a listing may miss. */
  private readonly claimed = new Set<string>();

  constructor(listPage: ListPage, options: RecentListingOptions = {}) {
    this.listing = new RecentListing(listPage, options);
  }

  /** True when a listing started at most maxAgeMs ago shows no connector named `name`, and
   * this process has not given the name since; false means "look it up". */
  async provenFree(name: string, opts: { signal?: AbortSignal; deadline?: number } = {}): Promise<boolean> {
    if (this.claimed.has(name)) return false;
    return (await this.listing.lookup("name", name, opts)) === "absent" && !this.claimed.has(name);
  }

  /** Records a name this process is giving to a connector, so that the index never calls it
   * free afterwards (two resources of one configuration with the same name). */
  claim(name: string): void {
    this.claimed.add(name);
  }
}
