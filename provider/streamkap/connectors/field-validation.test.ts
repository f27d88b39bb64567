import { sourceCatalog } from "../../../catalog";
import { Diagnostics } from "../../framework/diagnostics";
import { UNKNOWN } from "../../framework/values";
import { validateFieldValue } from "./field-validation";

const table = sourceCatalog.get("sqlserveraws").fields.find((f) => f.tf_name === "snapshot_custom_table_config")!;

function problems(value: Parameters<typeof validateFieldValue>[1]) {
  const diagnostics = new Diagnostics();
  validateFieldValue(table, value, [{ attribute: table.tf_name }], diagnostics);
  return diagnostics.items.map((d) => ({ detail: d.detail, path: d.path }));
}

describe("map entries are checked as the catalog describes them, at the inner field's path", () => {
  test("a required inner field left out", () => {
    expect(problems({ "dbo.t": { chunks: null } })).toEqual([
      {
        detail: 'snapshot_custom_table_config["dbo.t"].chunks is required.',
        path: [{ attribute: "snapshot_custom_table_config" }, { key: "dbo.t" }, { attribute: "chunks" }],
      },
    ]);
  });

  test("out of range, or not a whole number", () => {
    expect(problems({ a: { chunks: 0 }, b: { chunks: 1.5 } }).map((p) => p.detail)).toEqual([
      'snapshot_custom_table_config["a"].chunks must be at least 1, got 0.',
      'snapshot_custom_table_config["b"].chunks must be a whole number.',
    ]);
  });

  test("values not known yet, and good entries, pass", () => {
    expect(problems({ a: { chunks: UNKNOWN }, b: { chunks: 4 } })).toEqual([]);
  });
});
