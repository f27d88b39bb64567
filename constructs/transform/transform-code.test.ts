import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runInNewContext } from "node:vm";
import { transformCatalog } from "../../catalog/transform-types";
import { TransformCode } from "./transform-code";

let project: string;

/** Writes files (path → text) under the scratch project. */
function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "transform-code-"));
  write({
    "package.json": JSON.stringify({ name: "shop-flows", private: true }),
    // An npm dependency, as `npm install` leaves it.
    "node_modules/pad-id/package.json": JSON.stringify({ name: "pad-id", version: "1.0.0", main: "index.js" }),
    "node_modules/pad-id/index.js": "module.exports = function padId(id) { return String(id).padStart(8, '0'); };\n",
    "transforms/clean-orders.ts": [
      'import padId from "pad-id";',
      'import { cents } from "./money";',
      "interface Order { id: number; amount: string; status: string }",
      "export function valueTransform(order: Order) {",
      '  if (order.status === "test") return null;',
      "  return { ...order, id: padId(order.id), amount_cents: cents(order.amount) };",
      "}",
      "export const keyTransform = (order: Order) => ({ id: padId(order.id) });",
      "export const helperForTests = 1;",
    ].join("\n"),
    "transforms/money.ts": "export const cents = (amount: string) => Math.round(Number(amount) * 100);\n",
  });
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

const file = (path: string) => TransformCode.fromFile(join(project, path));

/** Runs one script of an implementation in a bare context, as the runtime would, and calls fn. */
function call(script: string, fn: string, ...args: unknown[]): unknown {
  const context: Record<string, unknown> = { args };
  runInNewContext(`${script}\nresult = ${fn}(...args);`, context);
  return context.result;
}

describe("TransformCode.fromFile", () => {
  test("bundles the module with its npm dependency and local imports into one script per exported entry function", () => {
    const bound = file("transforms/clean-orders.ts").bind(transformCatalog.get("map_filter"));
    expect(bound.problems).toEqual([]);
    expect(bound.language).toBe("JavaScript");
    const implementation = JSON.parse(bound.json!);
    expect(Object.keys(implementation)).toEqual(["language", "value_transform", "key_transform"]);
    expect(implementation.language).toBe("JAVASCRIPT");
    // Self-contained: nothing is required or imported at run time.
    for (const script of [implementation.value_transform, implementation.key_transform]) expect(script).not.toMatch(/\brequire\(|\bimport\b/);
    const order = { id: 42, amount: "12.30", status: "paid" };
    expect(call(implementation.value_transform, "_streamkap_transform", order, { id: 42 }, "source_x.public.orders", 0)).toEqual({
      id: "00000042",
      amount: "12.30",
      status: "paid",
      amount_cents: 1230,
    });
    expect(call(implementation.value_transform, "_streamkap_transform", { ...order, status: "test" }, null, "t", 0)).toBeNull();
    expect(call(implementation.key_transform, "_streamkap_transform_key", order, { id: 42 }, "t", 0)).toEqual({ id: "00000042" });
  });

  test("the same files give the same bytes, from any current directory", () => {
    const first = file("transforms/clean-orders.ts").bind(transformCatalog.get("map_filter")).json;
    const cwd = process.cwd();
    try {
      process.chdir(tmpdir());
      expect(file("transforms/clean-orders.ts").bind(transformCatalog.get("map_filter")).json).toBe(first);
    } finally {
      process.chdir(cwd);
    }
    expect(first).not.toContain(project);
  });

  test("a relative path is taken from the current directory", () => {
    const cwd = process.cwd();
    try {
      process.chdir(project);
      expect(TransformCode.fromFile("transforms/clean-orders.ts").bind(transformCatalog.get("map_filter")).problems).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });

  test("Node built-ins are refused, each naming the import and the file, with every other problem at once", () => {
    write({
      "transforms/leaky.ts":
        'import { readFileSync } from "fs";\nimport { env } from "node:process";\nimport "left-pad";\nexport const valueTransform = () => readFileSync(env.X!);\n',
    });
    const { problems, json } = file("transforms/leaky.ts").bind(transformCatalog.get("map_filter"));
    expect(json).toBeUndefined();
    expect(problems).toEqual([
      expect.stringMatching(/^implementation: transforms\/leaky\.ts:1:30: imports the Node built-in "fs", which Streamkap's transform runtime does not have/),
      expect.stringMatching(/transforms\/leaky\.ts:2:21: imports the Node built-in "node:process"/),
      expect.stringMatching(/transforms\/leaky\.ts:3:8: cannot find "left-pad": install it in the project \(npm install left-pad\)/),
    ]);
  });

  test("a built-in imported by a dependency names the dependency's file", () => {
    write({
      "node_modules/reads-files/package.json": JSON.stringify({ name: "reads-files", main: "index.js" }),
      "node_modules/reads-files/index.js": 'module.exports = require("path").join;\n',
      "transforms/indirect.ts": 'import join from "reads-files";\nexport const valueTransform = (v: unknown) => join("a", "b") && v;\n',
    });
    expect(file("transforms/indirect.ts").bind(transformCatalog.get("map_filter")).problems).toEqual([
      expect.stringContaining('node_modules/reads-files/index.js:1:26: imports the Node built-in "path"'),
    ]);
  });

  test("a missing required function, and a misspelt one, are named with what the module exports", () => {
    write({ "transforms/typo.ts": "export function valueTransfrom(v: unknown) { return v; }\nexport const topicTransform = () => 't';\n" });
    expect(file("transforms/typo.ts").bind(transformCatalog.get("map_filter")).problems).toEqual([
      expect.stringMatching(/typo\.ts exports "valueTransfrom": did you mean "valueTransform"\?$/),
      expect.stringMatching(
        /typo\.ts must export a function "valueTransform": a map_filter transform calls it with \(valueObject, keyObject, topic, timestamp\) and expects the new value, or null to drop the record; it exports "topicTransform", "valueTransfrom"$/,
      ),
    ]);
    // fan_out needs the topic function too.
    write({ "transforms/no-topic.ts": "export const valueTransform = (v: unknown) => v;\n" });
    expect(file("transforms/no-topic.ts").bind(transformCatalog.get("fan_out")).problems).toEqual([
      expect.stringContaining('must export a function "topicTransform": a fan_out transform calls it'),
    ]);
  });

  test("entry functions are checked as loaded: a function, no more parameters than passed, async only for enrich_async; a module that throws on load says so", () => {
    write({
      "transforms/shapes.ts":
        "export const valueTransform = async (v: unknown) => v;\nexport const keyTransform = 42;\nexport function topicTransform(a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8) { return 't'; }\n",
      "transforms/uses-process.ts": "const level = (globalThis as any).process.env.LEVEL;\nexport const valueTransform = (v: unknown) => ({ v, level });\n",
    });
    expect(file("transforms/shapes.ts").bind(transformCatalog.get("map_filter")).problems).toEqual([
      'implementation transforms/shapes.ts "valueTransform" is async, but a map_filter transform takes its result as it returns (only enrich_async awaits): make it a plain function',
      'implementation transforms/shapes.ts exports "keyTransform" as number: it must be a function (valueObject, keyObject, topic, timestamp)',
      'implementation transforms/shapes.ts "topicTransform" takes 8 parameters, but the runtime passes at most 7 (valueObject, keyObject, topic, timestamp, commonObject, valueSchema, keySchema)',
    ]);
    write({ "transforms/lookup.ts": "export const valueTransform = async (v: unknown) => v;\n" });
    expect(file("transforms/lookup.ts").bind(transformCatalog.get("enrich_async")).problems).toEqual([]);
    expect(file("transforms/uses-process.ts").bind(transformCatalog.get("map_filter")).problems).toEqual([
      expect.stringMatching(
        /^implementation transforms\/uses-process\.ts throws when loaded, before any record: TypeError: Cannot read properties of undefined \(reading 'env'\)$/,
      ),
    ]);
  });

  test("a type that does not run code says so", () => {
    expect(file("transforms/clean-orders.ts").bind(transformCatalog.get("sql_join")).problems).toEqual([
      "a sql_join transform does not run JavaScript code (the types that do: map_filter, enrich_async, fan_out); give its implementation with TransformCode.fromImplementation",
    ]);
  });

  test("a file that does not exist is named, with the directory it was looked for from", () => {
    expect(TransformCode.fromFile("transforms/nope.ts").bind(transformCatalog.get("map_filter")).problems).toEqual([
      expect.stringContaining(`no such file (looked for ${join(process.cwd(), "transforms/nope.ts")} from ${process.cwd()})`),
    ]);
  });
});

test("TransformCode.fromInline bundles source text, resolving imports from its directory", () => {
  const code = TransformCode.fromInline(
    'import padId from "pad-id";\nexport const topicTransform = (v: { id: number }) => ["orders." + padId(v.id), "audit"];\nexport const valueTransform = (v: unknown) => v;\n',
    { resolveDir: project },
  );
  const implementation = JSON.parse(code.bind(transformCatalog.get("fan_out")).json!);
  expect(call(implementation.topic_transform, "_streamkap_transform_topic", { id: 7 }, null, "t", 0)).toEqual(["orders.00000007", "audit"]);
});

test("TransformCode.fromImplementation passes an implementation object through as JSON, checked by the catalog's rule", () => {
  const implementation = {
    inputTables: [{ name: "orders", topicMatcherRegex: ".*orders", createTableSQL: "CREATE TABLE orders (id INT)" }],
    joinSQL: "SELECT 1",
    keyFields: ["id"],
  };
  expect(TransformCode.fromImplementation(implementation).bind(transformCatalog.get("sql_join"))).toEqual({
    json: JSON.stringify(implementation),
    problems: [],
  });
  expect(TransformCode.fromImplementation({ inputTables: [{ name: "orders" }] }).bind(transformCatalog.get("sql_join")).problems).toEqual([
    "implementation.inputTables.0.topicMatcherRegex is required (a non-empty string)",
    "implementation.inputTables.0.createTableSQL is required (a non-empty string)",
    "implementation.joinSQL is required: a SQL statement",
  ]);
});
