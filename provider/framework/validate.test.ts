import { Diagnostics } from "./diagnostics";
import type { Schema } from "./schema";
import { validateConfig } from "./validate";
import { UNKNOWN } from "./values";

const schema: Schema = {
  version: 0,
  description: "s",
  attributes: {
    name: { type: "string", description: "n", required: true },
    port: { type: "number", description: "p", optional: true },
    old_flag: { type: "bool", description: "o", optional: true, deprecated: "Use new_flag instead." },
    secret: { type: { map: "string" }, description: "s", optional: true, sensitive: true },
    id: { type: "string", description: "i", computed: true },
  },
  blocks: { column: { nesting: "list", description: "c", maxItems: 1, attributes: { name: { type: "string", description: "n", required: true } } } },
};

function run(config: Record<string, unknown>): Diagnostics {
  const d = new Diagnostics();
  validateConfig(schema, config as never, d);
  return d;
}

describe("validateConfig", () => {
  it("accepts a valid configuration", () => {
    expect(run({ name: "a", port: 5432, column: [{ name: "c" }] }).items).toEqual([]);
  });

  it("skips unknown values, even for required attributes", () => {
    expect(run({ name: UNKNOWN, port: UNKNOWN, secret: { k: UNKNOWN } }).items).toEqual([]);
  });

  it("reports each problem with its attribute path", () => {
    const d = run({ name: null, port: "many", id: "x", column: [{ name: 3 }, { name: "b" }], bogus: 1 });
    const byPath = Object.fromEntries(d.items.map((i) => [JSON.stringify(i.path), i.summary]));
    expect(byPath).toEqual({
      '[{"attribute":"bogus"}]': "Unsupported argument",
      '[{"attribute":"name"}]': "Missing required argument",
      '[{"attribute":"port"}]': "Incorrect attribute value type",
      '[{"attribute":"id"}]': "Invalid configuration for read-only attribute",
      '[{"attribute":"column"}]': "Too many blocks",
      '[{"attribute":"column"},{"index":0},{"attribute":"name"}]': "Incorrect attribute value type",
    });
    expect(d.hasErrors()).toBe(true);
  });

  it("warns on deprecated attributes only when set", () => {
    expect(run({ name: "a", old_flag: null }).items).toEqual([]);
    const d = run({ name: "a", old_flag: true });
    expect(d.items).toEqual([{ severity: "warning", summary: "Deprecated attribute", detail: "Use new_flag instead.", path: [{ attribute: "old_flag" }] }]);
  });

  it("never quotes a sensitive value", () => {
    const d = run({ name: "a", secret: { password: 12345678 } });
    expect(d.items[0].path).toEqual([{ attribute: "secret" }, { key: "password" }]);
    expect(JSON.stringify(d.items)).not.toContain("12345678");
  });
});

describe("attribute validators", () => {
  const checked: Schema = {
    version: 0,
    description: "s",
    attributes: {
      mode: {
        type: "string",
        description: "m",
        optional: true,
        validators: [
          ({ value, path, diagnostics }) =>
            void (value !== "fast" && diagnostics.error(`Invalid ${path.map((s) => ("attribute" in s ? s.attribute : "")).join(".")}`, "use fast", path)),
        ],
      },
    },
    blocks: {
      limits: {
        nesting: "single",
        description: "l",
        attributes: {
          max: {
            type: "number",
            description: "x",
            optional: true,
            validators: [({ value, path, diagnostics }) => void (Number(value) > 9 && diagnostics.error("Too big", undefined, path))],
          },
        },
      },
    },
  };
  const check = (config: Record<string, unknown>) => {
    const d = new Diagnostics();
    validateConfig(checked, config as never, d);
    return d.items.map((i) => [i.summary, i.path]);
  };

  it("run on known values of the right type, in blocks too, with the attribute's path", () => {
    expect(check({ mode: "slow", limits: { max: 10 } })).toEqual([
      ["Invalid mode", [{ attribute: "mode" }]],
      ["Too big", [{ attribute: "limits" }, { attribute: "max" }]],
    ]);
    expect(check({ mode: "fast", limits: { max: 1 } })).toEqual([]);
  });

  it("are not run on null, unknown or mistyped values", () => {
    expect(check({ mode: null, limits: null })).toEqual([]);
    expect(check({ mode: UNKNOWN, limits: { max: UNKNOWN } })).toEqual([]);
    expect(check({ mode: 5 }).map(([summary]) => summary)).toEqual(["Incorrect attribute value type"]);
  });
});
