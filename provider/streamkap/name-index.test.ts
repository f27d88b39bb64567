import type { ApiSource } from "./api-types";
import { NameIndex, type NameIndexBackend } from "./name-index";

/** A tenant of `count` sources named n-0 … that counts the list pages it serves. */
function tenant(count: number, withTotal = true) {
  const names = Array.from({ length: count }, (_, i) => `n-${i}`);
  const calls = { pages: 0 };
  const backend: NameIndexBackend = {
    async listPage(page, pageSize) {
      calls.pages++;
      const result = names.slice((page - 1) * pageSize, page * pageSize).map((name, i) => ({ id: `${page}-${i}`, name, connector: "postgresql" }) as ApiSource);
      return withTotal ? { total: names.length, result } : { result };
    },
  };
  return { names, calls, backend };
}

describe("NameIndex", () => {
  test("concurrent creates share one listing, and it tells listed names from free ones", async () => {
    const { calls, backend } = tenant(250);
    const index = new NameIndex(backend);
    const snapshots = await Promise.all(Array.from({ length: 10 }, () => index.snapshot()));
    expect(calls.pages).toBe(3);
    expect(new Set(snapshots).size).toBe(1);
    expect(snapshots[0]!.listed("n-249")).toBe(true);
    expect(snapshots[0]!.listed("n-250")).toBe(false);
  });

  test("a name claimed by this process counts as listed, even in a listing taken before", async () => {
    const { backend } = tenant(3);
    const index = new NameIndex(backend);
    const snapshot = (await index.snapshot())!;
    index.claim("orders");
    expect(snapshot.listed("orders")).toBe(true);
  });

  test("a tenant larger than maxPages pages is not listed past its first page", async () => {
    const { calls, backend } = tenant(1001);
    expect(await new NameIndex(backend, { maxPages: 10 }).snapshot()).toBeUndefined();
    expect(calls.pages).toBe(1);
  });

  test("without a total, paging stops at maxPages and gives up", async () => {
    const { calls, backend } = tenant(500, false);
    expect(await new NameIndex(backend, { maxPages: 3 }).snapshot()).toBeUndefined();
    expect(calls.pages).toBe(3);
  });

  test("a listing older than maxAgeMs is taken again", async () => {
    const { calls, backend } = tenant(5);
    let now = 0;
    const index = new NameIndex(backend, { maxAgeMs: 1000, now: () => now });
    await index.snapshot();
    now = 1000;
    await index.snapshot();
    expect(calls.pages).toBe(1);
    now = 1001;
    expect((await index.snapshot())!.takenAt).toBe(1001);
    expect(calls.pages).toBe(2);
  });

  test("a failed listing is not kept", async () => {
    const { calls, backend } = tenant(5);
    let fail = true;
    const index = new NameIndex({
      listPage: (page, size, opts) => (fail ? Promise.reject(new Error("503")) : backend.listPage(page, size, opts)),
    });
    await expect(index.snapshot()).rejects.toThrow("503");
    fail = false;
    expect((await index.snapshot())!.listed("n-0")).toBe(true);
    expect(calls.pages).toBe(1);
  });
});
