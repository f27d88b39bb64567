import type { ApiSource } from "./api-types";
import { SourceCache, type SourceCacheBackend } from "./source-cache";

function source(i: number): ApiSource {
  return { id: i.toString(16).padStart(24, "0"), name: `s-${i}`, connector: "postgresql", config: { "database.dbname": "shop" } };
}

/** An API holding `count` sources that counts list pages and single reads. */
function fakeBackend(count: number) {
  const sources = new Map(Array.from({ length: count }, (_, i) => [source(i).id, source(i)]));
  const calls = { pages: 0, gets: 0 };
  const backend: SourceCacheBackend = {
    async listPage(page, pageSize) {
      calls.pages++;
      const all = [...sources.values()];
      return { total: all.length, page, page_size: pageSize, result: all.slice((page - 1) * pageSize, page * pageSize).map((s) => structuredClone(s)) };
    },
    async getOne(id) {
      calls.gets++;
      const s = sources.get(id);
      return s && structuredClone(s);
    },
  };
  return { sources, calls, backend };
}

describe("SourceCache", () => {
  test("reads of all 250 sources cost the three list pages and two single reads", async () => {
    const { calls, backend } = fakeBackend(250);
    const cache = new SourceCache(backend);
    // Terraform's refresh order is not the listing's: the last sources are read first.
    const ids = Array.from({ length: 250 }, (_, i) => source(249 - i).id);
    const read = await Promise.all(ids.map((id) => cache.get(id)));
    expect(read.map((s) => s?.name)).toEqual(Array.from({ length: 250 }, (_, i) => `s-${249 - i}`));
    expect(calls).toEqual({ pages: 3, gets: 2 });
  });

  test("a tenant of one page costs that page and nothing else", async () => {
    const { calls, backend } = fakeBackend(100);
    const cache = new SourceCache(backend);
    await Promise.all(Array.from({ length: 100 }, (_, i) => cache.get(source(i).id)));
    expect(calls).toEqual({ pages: 1, gets: 0 });
  });

  test("a few reads in a large tenant cost page 1 and single reads, not the whole listing", async () => {
    const { calls, backend } = fakeBackend(5000);
    const cache = new SourceCache(backend);
    const read = await Promise.all([4000, 4001, 4002, 4003, 4004, 7].map((i) => cache.get(source(i).id)));
    expect(read.map((s) => s?.name)).toEqual(["s-4000", "s-4001", "s-4002", "s-4003", "s-4004", "s-7"]);
    expect(calls).toEqual({ pages: 1, gets: 5 });
  });

  test("once the single reads cost as much as the remaining pages, the rest is listed", async () => {
    const { calls, backend } = fakeBackend(500);
    const cache = new SourceCache(backend);
    for (let i = 499; i >= 100; i--) await cache.get(source(i).id);
    expect(calls).toEqual({ pages: 5, gets: 4 });
  });

  test("without a total, one single read is made before the rest is listed", async () => {
    const { backend } = fakeBackend(250);
    const calls = { pages: 0, gets: 0 };
    const cache = new SourceCache({
      listPage: async (page, size) => (calls.pages++, { result: (await backend.listPage(page, size)).result }),
      getOne: (id) => (calls.gets++, backend.getOne(id)),
    });
    for (let i = 249; i >= 0; i--) await cache.get(source(i).id);
    expect(calls).toEqual({ pages: 3, gets: 1 });
  });

  test("an exact multiple of the page size stops on the total, without an empty page", async () => {
    const { calls, backend } = fakeBackend(200);
    const cache = new SourceCache(backend);
    for (let i = 199; i >= 0; i--) await cache.get(source(i).id);
    expect(calls).toEqual({ pages: 2, gets: 1 });
  });

  test("a source missing from the list is confirmed gone with one read", async () => {
    const { calls, backend } = fakeBackend(3);
    const cache = new SourceCache(backend);
    expect(await cache.get("ffffffffffffffffffffffff")).toBeUndefined();
    expect(calls).toEqual({ pages: 1, gets: 1 });
  });

  test("a source created after the listing is still found", async () => {
    const { sources, backend } = fakeBackend(2);
    const cache = new SourceCache(backend);
    await cache.get(source(0).id);
    sources.set(source(7).id, source(7));
    expect((await cache.get(source(7).id))?.name).toBe("s-7");
  });

  test("invalidate makes the next read list again and see changes", async () => {
    const { sources, calls, backend } = fakeBackend(2);
    const cache = new SourceCache(backend);
    await cache.get(source(1).id);
    sources.set(source(1).id, { ...source(1), name: "renamed" });
    expect((await cache.get(source(1).id))?.name).toBe("s-1");
    cache.invalidate();
    expect((await cache.get(source(1).id))?.name).toBe("renamed");
    expect(calls.pages).toBe(2);
  });

  test("a listing older than maxAgeMs is taken again", async () => {
    const { calls, backend } = fakeBackend(1);
    let now = 0;
    const cache = new SourceCache(backend, { maxAgeMs: 1000, now: () => now });
    await cache.get(source(0).id);
    now = 500;
    await cache.get(source(0).id);
    now = 1501;
    await cache.get(source(0).id);
    expect(calls.pages).toBe(2);
  });

  test("a failed listing is not kept", async () => {
    const { calls, backend } = fakeBackend(1);
    let fail = true;
    const cache = new SourceCache({
      listPage: (...args) => (fail ? Promise.reject(new Error("503")) : backend.listPage(...args)),
      getOne: backend.getOne,
    });
    await expect(cache.get(source(0).id)).rejects.toThrow("503");
    fail = false;
    expect((await cache.get(source(0).id))?.name).toBe("s-0");
    expect(calls.pages).toBe(1);
  });

  test("callers get copies: changing one does not change the cache", async () => {
    const { backend } = fakeBackend(1);
    const cache = new SourceCache(backend);
    const first = await cache.get(source(0).id);
    first!.config!["database.dbname"] = "changed";
    expect((await cache.get(source(0).id))?.config).toEqual({ "database.dbname": "shop" });
  });

  test("the paging loop is bounded even if the API always answers a full page", async () => {
    let pages = 0;
    const cache = new SourceCache(
      { listPage: async () => (pages++, { result: [source(pages)] }), getOne: async () => undefined },
      { pageSize: 1, maxPages: 5 }
    );
    await cache.get("x");
    await cache.get("y");
    expect(pages).toBe(5);
  });
});
