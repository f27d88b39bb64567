import { NameIndex } from "./name-index";
import type { ListPage } from "./tenant-listing";

/** A tenant of `count` sources named n-0 … that counts the list pages it serves. */
function tenant(count: number) {
  const names = Array.from({ length: count }, (_, i) => `n-${i}`);
  const calls = { pages: 0 };
  const listPage: ListPage = async (page, pageSize) => {
    calls.pages++;
    const result = names.slice((page - 1) * pageSize, page * pageSize).map((name, i) => ({ id: `${page}-${i}`, name, connector: "postgresql" }));
    return { total: names.length, result };
  };
  return { names, calls, listPage };
}

describe("NameIndex", () => {
  test("concurrent creates share one listing, which proves free names and only them", async () => {
    const { calls, listPage } = tenant(80);
    const index = new NameIndex(listPage);
    const free = await Promise.all(["n-0", "n-79", "orders", "n-80"].map((n) => index.provenFree(n)));
    expect(free).toEqual([false, false, true, true]);
    expect(calls.pages).toBe(1);
  });

  test("a name claimed by this process is never proven free, even by a listing taken before", async () => {
    const { listPage } = tenant(3);
    const index = new NameIndex(listPage);
    expect(await index.provenFree("orders")).toBe(true);
    index.claim("orders");
    expect(await index.provenFree("orders")).toBe(false);
  });

  test("in a large tenant a name page 1 does not hold is left to a look-up", async () => {
    const { calls, listPage } = tenant(5000);
    expect(await new NameIndex(listPage).provenFree("orders")).toBe(false);
    expect(calls.pages).toBe(1);
  });

  test("a listing older than maxAgeMs is taken again", async () => {
    const { calls, listPage } = tenant(5);
    let now = 0;
    const index = new NameIndex(listPage, { maxAgeMs: 1000, now: () => now });
    await index.provenFree("a");
    now = 1000;
    await index.provenFree("b");
    expect(calls.pages).toBe(1);
    now = 1001;
    await index.provenFree("c");
    expect(calls.pages).toBe(2);
  });

  test("a failed listing is not kept", async () => {
    const { calls, listPage } = tenant(5);
    let fail = true;
    const index = new NameIndex((page, size, opts) => (fail ? Promise.reject(new Error("503")) : listPage(page, size, opts)));
    await expect(index.provenFree("a")).rejects.toThrow("503");
    fail = false;
    expect(await index.provenFree("n-0")).toBe(false);
    expect(await index.provenFree("a")).toBe(true);
    expect(calls.pages).toBe(1);
  });
});
