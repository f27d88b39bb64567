import { DiagnosticsError } from "./diagnostics";
import { conformObject, conformValue, nullUnknowns } from "./conform";
import type { Schema } from "./schema";
import { UNKNOWN, Unknown, type ObjectValue } from "./values";

const schema: Schema = {
  version: 0,
  description: "s",
  attributes: {
    name: { type: "string", description: "n", required: true },
    port: { type: "number", description: "p", optional: true },
    config: { type: { map: "string" }, description: "c", optional: true },
  },
  blocks: {
    timeouts: { nesting: "single", description: "t", attributes: { create: { type: "string", description: "c", optional: true } } },
    column: { nesting: "list", description: "c", attributes: { name: { type: "string", description: "n", required: true } } },
  },
};

describe("conformObject", () => {
  it("adds missing attributes as null, absent blocks as null or [], and drops extras", () => {
    expect(conformObject(schema, { name: "a", legacy: "x" })).toEqual({ name: "a", port: null, config: null, timeouts: null, column: [] });
  });

  it("conforms nested blocks to their own attribute sets", () => {
    const out = conformObject(schema, { name: "a", timeouts: { old: "1" }, column: [{ name: "c", extra: 1 }] });
    expect(out.timeouts).toEqual({ create: null });
    expect(out.column).toEqual([{ name: "c" }]);
  });

  it("converts lossless scalar mismatches to the attribute type", () => {
    const out = conformObject(schema, { name: 42, port: "5432", config: { a: 1, b: true } });
    expect(out).toMatchObject({ name: "42", port: 5432, config: { a: "1", b: "true" } });
  });

  it("keeps unknowns as the very same objects", () => {
    const refined = new Unknown(new Uint8Array([1]));
    const out = conformObject(schema, { name: refined, config: { a: UNKNOWN } });
    expect(out.name).toBe(refined);
    expect((out.config as ObjectValue).a).toBe(UNKNOWN);
  });

  it("throws a DiagnosticsError with the path, naming the kind and not the content", () => {
    let caught: unknown;
    try {
      conformObject(schema, { name: "a", config: { password: { nested: "hunter2" } } });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DiagnosticsError);
    const d = (caught as DiagnosticsError).diagnostics[0];
    expect(d.path).toEqual([{ attribute: "config" }, { key: "password" }]);
    expect(JSON.stringify(d)).not.toContain("hunter2");
  });

  it("rejects a non-numeric string for a number", () => {
    expect(() => conformValue("number", "abc")).toThrow(DiagnosticsError);
  });
});

describe("nullUnknowns", () => {
  it("replaces unknowns with null and reports their paths", () => {
    const found: unknown[] = [];
    const out = nullUnknowns(schema, { name: UNKNOWN, port: 1, config: { k: UNKNOWN }, timeouts: null, column: [] }, [], found as never);
    expect(out).toEqual({ name: null, port: 1, config: { k: null }, timeouts: null, column: [] });
    expect(found).toEqual([[{ attribute: "name" }], [{ attribute: "config" }, { key: "k" }]]);
  });
});
