import type { ApiPage, ListOptions } from "./collection-api";
import type { ApiConnector, ConnectorApi } from "./connectors";
import { findNamed } from "./find-named";

/** An API whose list matches partial names case-insensitively, as Streamkap's does, serving at
 * most `cap` sources a page. */
function api(names: string[], cap = 100): ConnectorApi & { lists: ListOptions[] } {
  const sources = names.map((name, i) => ({ id: String(i).padStart(24, "0"), name, connector: "postgresql" }));
  const lists: ListOptions[] = [];
  return {
    noun: "source",
    lists,
    async list(opts: ListOptions = {}): Promise<ApiPage<ApiConnector>> {
      lists.push(opts);
      const size = Math.min(opts.pageSize ?? 10, cap);
      const matches = sources.filter((s) => s.name.toLowerCase().includes((opts.partialName ?? "").toLowerCase()));
      const page = opts.page ?? 1;
      return { total: matches.length, page, page_size: size, result: matches.slice((page - 1) * size, page * size) };
    },
    create: async () => {
      throw new Error("not used");
    },
    get: async () => undefined,
    update: async () => {
      throw new Error("not used");
    },
    delete: async () => false,
  };
}

describe("findNamed", () => {
  test("finds the exact name among the substring matches, case included", async () => {
    const a = api(["Orders", "orders-archive", "orders"]);
    expect((await findNamed(a, "orders"))?.name).toBe("orders");
    expect(a.lists).toEqual([expect.objectContaining({ partialName: "orders", page: 1, pageSize: 100 })]);
  });

  test("pages through many matches, also when the server caps the page size", async () => {
    const names = [...Array.from({ length: 130 }, (_, i) => `orders-${i}`), "orders"];
    const a = api(names, 50);
    expect((await findNamed(a, "orders"))?.name).toBe("orders");
    expect(a.lists.map((l) => l.page)).toEqual([1, 2, 3]);
  });

  test("undefined when no source has the exact name", async () => {
    const a = api(["orders-archive"]);
    expect(await findNamed(a, "orders")).toBeUndefined();
    expect(a.lists).toHaveLength(1);
  });
});
