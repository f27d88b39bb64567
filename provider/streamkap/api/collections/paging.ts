// How to page through a listing of the API. The total, when the API gives one, is trusted
// over page lengths; the first page also tells the page size the API really used, since a
// server may cap what was asked for (a short first page with a larger total). Without a
// total, a page shorter than the size asked for is the last.
import type { ApiPage, ApiObject } from "./collection-api";

export class PageCursor {
  private seen = 0;
  private pageSize: number;

  constructor(requestedPageSize: number) {
    this.pageSize = requestedPageSize;
  }

  /** Records a page just read (pages are read in order from 1); true if more follow. */
  next(page: ApiPage<ApiObject>): boolean {
    const { result, total } = page;
    const firstPage = this.seen === 0;
    this.seen += result.length;
    if (result.length === 0) return false;
    if (typeof total === "number") {
      if (firstPage && result.length < this.pageSize) this.pageSize = result.length;
      return this.seen < total;
    }
    return result.length >= this.pageSize;
  }

  /** Pages still to read after those recorded, when the API gave a total. */
  remainingPages(total: number | undefined): number | undefined {
    return typeof total === "number" ? Math.ceil(Math.max(0, total - this.seen) / this.pageSize) : undefined;
  }
}
