import { checkFieldValue } from "./index";
import {
  checkImplementation,
  definesFunction,
  entryFunctions,
  implementationLanguage,
  parseImplementationJson,
  transformCatalog,
  transformDefaults,
  TRANSFORM_TYPE_IDS,
} from "./transform-types";

describe("transform catalog", () => {
  test("has the seven types under their official resource names, with the official field counts", () => {
    expect(transformCatalog.ids()).toEqual([...TRANSFORM_TYPE_IDS]);
    for (const t of transformCatalog.all()) expect(t.terraform_resource).toBe(`streamkap_transform_${t.id}`);
    const counts = Object.fromEntries(transformCatalog.all().map((t) => [t.id, t.fields.length]));
    expect(counts).toEqual({ map_filter: 6, enrich: 6, enrich_async: 8, sql_join: 7, rollup: 6, fan_out: 6, topic_router: 6 });
    expect(() => transformCatalog.get("un_nesting")).toThrow(/unknown transform type "un_nesting"; known types: map_filter/);
  });

  test("defaults, languages and the deploy path per type", () => {
    const mapFilter = transformCatalog.get("map_filter");
    expect(transformDefaults(mapFilter)).toMatchObject({ "transforms.language": "JavaScript", "transforms.input.job.parallelism": 5 });
    expect(mapFilter.languages).toEqual(["JavaScript", "Python"]);
    expect(transformCatalog.get("enrich").languages).toEqual(["SQL"]);
    expect(transformCatalog.get("topic_router")).toMatchObject({ languages: [], preview_deploy: false, engine: "kafka_connect" });
    expect(transformDefaults(transformCatalog.get("topic_router"))).not.toHaveProperty("transforms.input.topic.pattern");
    expect(transformCatalog.commonEnum("replay_window")).toEqual(["7d", "3d", "24h", "10m", "0"]);
    expect(implementationLanguage("JavaScript")).toBe("JAVASCRIPT");
  });

  test("field values are judged by the connector catalog's rule", () => {
    const parallelism = transformCatalog.get("map_filter").fields.find((f) => f.tf_name === "transforms_input_job_parallelism")!;
    expect(checkFieldValue(parallelism, 21)).toBe("must be at most 20, got 21");
    const routerParallelism = transformCatalog.get("topic_router").fields.find((f) => f.tf_name === "transforms_input_job_parallelism")!;
    expect(checkFieldValue(routerParallelism, 21)).toBeUndefined();
  });

  test("entry functions: value required everywhere, topic required for fan_out, async value for enrich_async", () => {
    const names = (id: string) =>
      entryFunctions(transformCatalog.get(id))
        .filter((f) => f.required)
        .map((f) => f.function);
    expect(names("map_filter")).toEqual(["_streamkap_transform"]);
    expect(names("fan_out")).toEqual(["_streamkap_transform", "_streamkap_transform_topic"]);
    expect(entryFunctions(transformCatalog.get("enrich_async"))[0].may_be_async).toBe(true);
    expect(entryFunctions(transformCatalog.get("rollup"))).toEqual([]);
  });
});

describe("checkImplementation", () => {
  const mapFilter = transformCatalog.get("map_filter");

  test("a JavaScript map/filter defining its function passes", () => {
    const impl = { language: "JAVASCRIPT", value_transform: "function _streamkap_transform(v, k, t, ts) { return v; }" };
    expect(checkImplementation(mapFilter, impl, "JavaScript")).toEqual([]);
  });

  test("a missing or misnamed function is named with the signature the runtime calls", () => {
    expect(checkImplementation(mapFilter, { language: "JAVASCRIPT" })).toEqual([
      {
        rule: "content",
        path: ["value_transform"],
        message: expect.stringContaining("_streamkap_transform(valueObject, keyObject, topic, timestamp, commonObject)"),
      },
    ]);
    const misnamed = { value_transform: "function _streamkap_transform_key(v) { return v; }" };
    expect(checkImplementation(mapFilter, misnamed)[0]).toMatchObject({
      path: ["value_transform"],
      message: expect.stringContaining("must define the function _streamkap_transform("),
    });
  });

  test("fan_out needs the topic function; the official example's _streamkap_topic_transform is not it", () => {
    const impl = {
      language: "JAVASCRIPT",
      value_transform: "function _streamkap_transform(v) { return v; }",
      topic_transform: "function _streamkap_topic_transform(inputObj, inputTopic) { return inputTopic; }",
    };
    expect(checkImplementation(transformCatalog.get("fan_out"), impl)).toEqual([
      { rule: "content", path: ["topic_transform"], message: expect.stringContaining("_streamkap_transform_topic(") },
    ]);
  });

  test("the language must be one the type accepts and agree with transforms_language", () => {
    const value_transform = "def _streamkap_transform(v, k, t, ts):\n  return v\n";
    expect(checkImplementation(mapFilter, { language: "PYTHON", value_transform }, "Python")).toEqual([]);
    expect(checkImplementation(mapFilter, { language: "PYTHON", value_transform }, "JavaScript")[0].message).toMatch(/transforms_language is "JavaScript"/);
    expect(checkImplementation(transformCatalog.get("fan_out"), { language: "PYTHON", value_transform })[0]).toMatchObject({
      path: ["language"],
      message: expect.stringMatching(/must be one of JAVASCRIPT for a fan_out/),
    });
  });

  test("bundled and assigned functions count; a longer name does not", () => {
    expect(definesFunction("JAVASCRIPT", "var _streamkap_transform = (v) => v;", "_streamkap_transform")).toBe(true);
    expect(definesFunction("JAVASCRIPT", "globalThis._streamkap_transform = function (v) { return v; };", "_streamkap_transform")).toBe(true);
    expect(definesFunction("JAVASCRIPT", "async function _streamkap_transform(v) { return v; }", "_streamkap_transform")).toBe(true);
    expect(definesFunction("JAVASCRIPT", "function _streamkap_transform_key(v) { return v; }", "_streamkap_transform")).toBe(false);
    expect(definesFunction("JAVASCRIPT", "if (_streamkap_transform == null) {}", "_streamkap_transform")).toBe(false);
  });

  test("SQL types need their tables and statement, each problem at its path", () => {
    const table = { name: "orders", topicMatcherRegex: "orders", createTableSQL: "CREATE TABLE orders (id INT)" };
    expect(checkImplementation(transformCatalog.get("sql_join"), { inputTables: [table], joinSQL: "SELECT 1", keyFields: ["id"], stateTtlMs: "1000" })).toEqual(
      [],
    );
    expect(checkImplementation(transformCatalog.get("rollup"), { inputTables: [{ name: "x" }] }).map((p) => p.path)).toEqual([
      ["inputTables", 0, "topicMatcherRegex"],
      ["inputTables", 0, "createTableSQL"],
      ["rollupSQL"],
    ]);
    expect(checkImplementation(transformCatalog.get("enrich"), { mainTable: table, lookupTable: table, enrichSQL: "SELECT 1" })).toEqual([]);
    expect(checkImplementation(transformCatalog.get("topic_router"), { anything: 1 })).toEqual([]);
  });

  test("parseImplementationJson says what is wrong with the text", () => {
    expect(parseImplementationJson('{"a":1}')).toEqual({ value: { a: 1 } });
    expect(parseImplementationJson("{a:1}")).toEqual({ problem: expect.stringMatching(/^is not valid JSON: /) });
    expect(parseImplementationJson("[1]")).toEqual({ problem: "must be a JSON object" });
  });
});
