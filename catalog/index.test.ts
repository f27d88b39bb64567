import { checkFieldValue, type CatalogField } from "./index";

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
