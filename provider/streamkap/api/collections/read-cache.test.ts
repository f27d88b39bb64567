import type { ApiConnector } from "./connectors";
import { ReadCache, type ReadCacheBackend } from "./read-cache";

function source(i: number): ApiConnector {
  return { id: i.toString(16).padStart(24, "0"), name: `s-${i}`, connector: "postgresql", config: { "database.dbname": "shop" } };
}

/** An API holding `count` sources that counts list pages and single reads. */
function fakeBackend(count: number) {
  const sources = new Map(Array.from({ length: count }, (_, i) => [source(i).id, source(i)]));
  const calls = { pages: 0, gets: 0 };
  const backend: ReadCacheBackend<ApiConnector> = {
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

describe("ReadCache", () => {
  test("reads of all 250 sources cost the three list pages and two single reads", async () => {
    const { calls, backend } = fakeBackend(250);
    const cache = new ReadCache(backend);
    // Terraform's refresh order is not the listing's: the last sources are read first.
    const ids = Array.from({ length: 250 }, (_, i) => source(249 - i).id);
    const read = await Promise.all(ids.map((id) => cache.get(id)));
    expect(read.map((s) => s?.name)).toEqual(Array.from({ length: 250 }, (_, i) => `s-${249 - i}`));
    expect(calls).toEqual({ pages: 3, gets: 2 });
  });

  test("a source missing from the list is confirmed gone with one read", async () => {
    const { calls, backend } = fakeBackend(3);
    const cache = new ReadCache(backend);
    expect(await cache.get("ffffffffffffffffffffffff")).toBeUndefined();
    expect(calls).toEqual({ pages: 1, gets: 1 });
  });

  test("a source created after the listing is still found", async () => {
    const { sources, backend } = fakeBackend(2);
    const cache = new ReadCache(backend);
    await cache.get(source(0).id);
    sources.set(source(7).id, source(7));
    expect((await cache.get(source(7).id))?.name).toBe("s-7");
  });

  test("invalidate makes the next read list again and see changes", async () => {
    const { sources, calls, backend } = fakeBackend(2);
    const cache = new ReadCache(backend);
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
    const cache = new ReadCache(backend, { maxAgeMs: 1000, now: () => now });
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
    const cache = new ReadCache({
      listPage: (...args) => (fail ? Promise.reject(new Error("503")) : backend.listPage(...args)),
      getOne: backend.getOne,
    });
    await expect(cache.get(source(0).id)).rejects.toThrow("503");
    fail = false;
    expect((await cache.get(source(0).id))?.name).toBe("s-0");
    expect(calls.pages).toBe(1);
  });

  test("callers share a read-only object: changing it is refused and the cache stays as listed", async () => {
    const { backend } = fakeBackend(1);
    const cache = new ReadCache(backend);
    const first = await cache.get(source(0).id);
    expect(() => {
      first!.config!["database.dbname"] = "changed";
    }).toThrow(TypeError);
    expect(await cache.get(source(0).id)).toBe(first);
    expect((await cache.get(source(0).id))?.config).toEqual({ "database.dbname": "shop" });
  });
});
