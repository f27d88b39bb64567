import { checkFieldValue, decodeMap, destinationCatalog, encodeMap, type CatalogField } from "./index";

const field = (over: Partial<CatalogField>): CatalogField => ({ api_key: "k", tf_name: "k", type: "string", required: false, sensitive: false, ...over });

describe("checkFieldValue", () => {
  test("a value that does not fit is quoted back, except for a secret field", () => {
    for (const shape of [{ type: "int" as const }, { type: "string" as const, enum: ["a", "b"] }, { type: "bool" as const }]) {
      expect(checkFieldValue(field(shape), "hunter2")).toContain('"hunter2"');
      const secret = checkFieldValue(field({ ...shape, sensitive: true }), "hunter2");
      expect(secret).toMatch(/^must be .*, got a value that does not fit$/);
      expect(secret).not.toContain("hunter2");
    }
  });
});

describe("map fields", () => {
  const clickhouse = destinationCatalog.get("clickhouse").fields.find((f) => f.api_key === "topics.config.map")!;
  const snowflake = destinationCatalog.get("snowflake").fields.find((f) => f.api_key === "auto.qa.dedupe.table.mapping")!;

  test("a map encoded as a JSON string of JSON strings travels and reads back in either shape", () => {
    const map = { orders: { delete_sql_execute: "DELETE FROM t" } };
    const wire = encodeMap(clickhouse, map);
    expect(typeof wire).toBe("string");
    expect(JSON.parse(wire as string)).toEqual({ orders: JSON.stringify(map.orders) });
    expect(decodeMap(clickhouse, wire)).toEqual(map);
    expect(decodeMap(clickhouse, map)).toEqual(map);
    expect(checkFieldValue(clickhouse, wire)).toBeUndefined();
  });

  test("a map without value fields is a map of strings", () => {
    expect(encodeMap(snowflake, { a: "b" })).toEqual({ a: "b" });
    expect(checkFieldValue(snowflake, { a: "b" })).toBeUndefined();
    expect(checkFieldValue(snowflake, { a: { b: 1 } })).toBe('entry "a" must be a string');
  });
});
