import type { ApiConnector } from "./connectors";
import { TenantListing, type ListPage } from "./tenant-listing";

const id = (i: number) => i.toString(16).padStart(24, "0");

/** A tenant of `count` sources named n-0 … that counts the list pages it serves, at most
 * `cap` sources a page. */
function tenant(count: number, withTotal = true, cap = 1000) {
  const sources: ApiConnector[] = Array.from({ length: count }, (_, i) => ({ id: id(i), name: `n-${i}`, connector: "postgresql" }));
  const calls = { pages: 0 };
  const listPage: ListPage = async (page, asked) => {
    calls.pages++;
    const pageSize = Math.min(asked, cap);
    const result = sources.slice((page - 1) * pageSize, page * pageSize);
    return withTotal ? { total: sources.length, result } : { result };
  };
  return { sources, calls, listPage };
}

/** Asks about every key as a refresh would, counting the single requests the answers call for. */
async function askAll(listing: TenantListing, by: "id" | "name", keys: string[]) {
  let asks = 0;
  const answers = await Promise.all(
    keys.map(async (k) => {
      const a = await listing.lookup(by, k);
      if (a === "ask") asks++;
      return a;
    }),
  );
  return { answers, asks };
}

describe("TenantListing", () => {
  test("a tenant of one page is known from that page: found or absent", async () => {
    const { calls, listPage } = tenant(100);
    const listing = new TenantListing(listPage, 0);
    const { answers, asks } = await askAll(listing, "name", ["n-0", "n-99", "n-100"]);
    expect(answers.map((a) => (typeof a === "object" ? a.found.id : a))).toEqual([id(0), id(99), "absent"]);
    expect({ pages: calls.pages, asks }).toEqual({ pages: 1, asks: 0 });
  });

  test("questions about all 250 sources cost the three pages and two single requests", async () => {
    const { calls, listPage } = tenant(250);
    const listing = new TenantListing(listPage, 0);
    // Terraform's order is not the listing's: the last sources are asked for first.
    const { answers, asks } = await askAll(
      listing,
      "id",
      Array.from({ length: 250 }, (_, i) => id(249 - i)),
    );
    expect(answers.filter((a) => typeof a === "object")).toHaveLength(248);
    expect({ pages: calls.pages, asks }).toEqual({ pages: 3, asks: 2 });
  });

  test("a few questions in a large tenant cost page 1 and single requests", async () => {
    const { calls, listPage } = tenant(5000);
    const { asks } = await askAll(new TenantListing(listPage, 0), "id", [4000, 4001, 4002, 4003, 4004].map(id));
    expect({ pages: calls.pages, asks }).toEqual({ pages: 1, asks: 5 });
  });

  test("once single requests cost as much as the remaining pages, the rest is listed", async () => {
    const { calls, listPage } = tenant(500);
    const listing = new TenantListing(listPage, 0);
    let asks = 0;
    for (let i = 499; i >= 100; i--) if ((await listing.lookup("name", `n-${i}`)) === "ask") asks++;
    expect({ pages: calls.pages, asks }).toEqual({ pages: 5, asks: 4 });
    expect(await listing.lookup("name", "n-500")).toBe("absent");
  });

  test("an exact multiple of the page size stops on the total, without an empty page", async () => {
    const { calls, listPage } = tenant(200);
    const listing = new TenantListing(listPage, 0);
    for (let i = 199; i >= 0; i--) await listing.lookup("id", id(i));
    expect(calls.pages).toBe(2);
  });

  test("without a total, one single request is left to the caller before the rest is listed", async () => {
    const { calls, listPage } = tenant(250, false);
    const listing = new TenantListing(listPage, 0);
    let asks = 0;
    for (let i = 249; i >= 0; i--) if ((await listing.lookup("id", id(i))) === "ask") asks++;
    expect({ pages: calls.pages, asks }).toEqual({ pages: 3, asks: 1 });
  });

  test("a server that caps the page size is paged to the end, not taken for a small tenant", async () => {
    const { calls, listPage } = tenant(120, true, 50);
    const listing = new TenantListing(listPage, 0);
    let asks = 0;
    for (let i = 119; i >= 0; i--) if ((await listing.lookup("name", `n-${i}`)) === "ask") asks++;
    expect({ pages: calls.pages, asks }).toEqual({ pages: 3, asks: 2 });
    expect(await listing.lookup("name", "n-120")).toBe("absent");
  });

  test("the paging loop is bounded even if the API always answers a full page", async () => {
    let pages = 0;
    const listing = new TenantListing(async () => (pages++, { result: [{ id: id(pages), name: `p-${pages}`, connector: "x" }] }), 0, {
      pageSize: 1,
      maxPages: 5,
    });
    await listing.lookup("id", "x");
    await listing.lookup("id", "y");
    expect(pages).toBe(5);
  });
});
