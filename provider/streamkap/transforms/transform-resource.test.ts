import { transformCatalog } from "../../../catalog/transform-types";
import { Diagnostics } from "../../framework/diagnostics";
import { planCreate } from "../../framework/plan";
import { type ObjectValue } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { fakeStreamkapApi } from "../testdata/fake-api";
import { FakeTransformApi } from "./testdata/fake-transform-api";
import { transformResource } from "./transform-resource";
import { plannedBy, validatedBy } from "../testdata/framework-steps";

const mapFilter = transformResource(transformCatalog.get("map_filter"));
const VALUE = "function _streamkap_transform(value, key, topic, timestamp) { return value; }";
const impl = (extra: Record<string, unknown> = {}) => JSON.stringify({ language: "JAVASCRIPT", value_transform: VALUE, ...extra });

function setUp() {
  const transforms = new FakeTransformApi();
  const api = { ...fakeStreamkapApi(), transforms } as StreamkapApi;
  const ctx = () => ({ client: api, diagnostics: new Diagnostics(), signal: new AbortController().signal });
  return { transforms, ctx };
}

/** The plan Terraform would send for this configuration (defaults applied, unknowns set). */
function plan(resource = mapFilter, config: ObjectValue = {}): ObjectValue {
  const full: ObjectValue = {
    name: "clean-orders",
    transforms_input_topic_pattern: "source_1\\.public\\.orders",
    transforms_output_topic_pattern: "clean-$0",
    ...config,
  };
  return planCreate(resource.schema, full, full);
}

describe("streamkap_transform_<type> create", () => {
  test("posts once with every config key and the name in config; without deploy no job is started", async () => {
    const { transforms, ctx } = setUp();
    const planned = plan();
    const c = ctx();
    const state = await mapFilter.create({ planned, config: planned }, c);
    expect(c.diagnostics.items).toEqual([]);
    const creates = transforms.calls.filter((call) => call.op === "create");
    expect(creates).toHaveLength(1);
    expect(creates[0].body).toEqual({
      name: "clean-orders",
      transform: "map_filter",
      tags: null,
      config: {
        "transforms.language": "JavaScript",
        "transforms.input.topic.pattern": "source_1\\.public\\.orders",
        "transforms.output.topic.pattern": "clean-$0",
        "transforms.input.serialization.format": "Any",
        "transforms.output.serialization.format": "Any",
        "transforms.input.job.parallelism": 5,
      },
    });
    expect(transforms.deploys).toEqual([]);
    expect(state).toMatchObject({
      name: "clean-orders",
      transform_type: "map_filter",
      connector_status: "UNKNOWN",
      deploy: false,
      transforms_input_job_parallelism: 5,
      implementation_json: null,
      tags: [],
    });
    expect(await mapFilter.read({ state }, ctx())).toEqual(state);
  });

  test("writes the implementation, deploys (preview with the replay window, then live) and waits until RUNNING", async () => {
    const { transforms, ctx } = setUp();
    const planned = plan(mapFilter, { implementation_json: impl(), deploy: true, replay_window: "24h" });
    const c = ctx();
    const state = await mapFilter.create({ planned, config: planned }, c);
    expect(c.diagnostics.items).toEqual([]);
    expect(transforms.implementationWrites).toEqual([{ id: state.id, implementation: JSON.parse(impl()) }]);
    expect(transforms.deploys).toEqual([{ id: state.id, preview: true, replayWindow: "24h" }]);
    expect(state).toMatchObject({ connector_status: "RUNNING", implementation_json: impl(), deploy: true, replay_window: "24h" });
  });

  test("a job that fails fails the apply with the job's reason, and the transform stays in state", async () => {
    const { transforms, ctx } = setUp();
    transforms.jobScript = ["DEPLOYING", "FAILED"];
    transforms.jobReason = "TypeError: Cannot read properties of undefined (reading 'email') in _streamkap_transform";
    const planned = plan(mapFilter, { implementation_json: impl(), deploy: true });
    const c = ctx();
    const state = await mapFilter.create({ planned, config: planned }, c);
    expect(state.id).toMatch(/^[0-9a-f]{24}$/);
    expect(state.connector_status).toBe("FAILED");
    expect(c.diagnostics.items).toEqual([
      expect.objectContaining({
        severity: "error",
        summary: 'Transform "clean-orders" did not become RUNNING',
        detail: expect.stringContaining("reading 'email'"),
      }),
    ]);
  });

  test("a topic router deploys live only", async () => {
    const { transforms, ctx } = setUp();
    const router = transformResource(transformCatalog.get("topic_router"));
    const planned = plan(router, { deploy: true });
    await router.create({ planned, config: planned }, ctx());
    expect(transforms.deploys).toEqual([{ id: expect.any(String), preview: false, replayWindow: undefined }]);
  });

  test("a name already taken is refused before any POST, with the import command", async () => {
    const { transforms, ctx } = setUp();
    const planned = plan();
    const first = await mapFilter.create({ planned, config: planned }, ctx());
    const err = await mapFilter.create({ planned, config: planned }, ctx()).catch((e) => e);
    expect(String(err.diagnostics?.[0]?.detail)).toContain(`A transform named "clean-orders" already exists (id ${first.id})`);
    expect(String(err.diagnostics?.[0]?.detail)).toContain(`terraform import streamkap_transform_map_filter.<resource name> ${first.id}`);
    expect(transforms.calls.filter((call) => call.op === "create")).toHaveLength(1);
  });
});

describe("streamkap_transform_<type> update", () => {
  async function created(config: ObjectValue = {}) {
    const setup = setUp();
    const planned = plan(mapFilter, config);
    const state = await mapFilter.create({ planned, config: planned }, setup.ctx());
    return { ...setup, state };
  }

  test("an implementation managed in the app is read and resent with the PUT", async () => {
    const { transforms, ctx, state } = await created();
    transforms.editInApp(String(state.id), { implementation: JSON.parse(impl()) });
    const planned = { ...state, transforms_input_job_parallelism: 8, implementation_json: impl() };
    const c = ctx();
    // The plan keeps the state's implementation (read back on refresh); here the config leaves it out.
    const updated = await mapFilter.update({ prior: { ...state, implementation_json: impl() }, planned, config: { ...planned, implementation_json: null } }, c);
    const put = transforms.calls.filter((call) => call.op === "update")[0];
    expect(put.body).toMatchObject({ implementation: JSON.parse(impl()), config: { "transforms.input.job.parallelism": 8 } });
    expect(transforms.implementationWrites).toEqual([]);
    expect(updated.transforms_input_job_parallelism).toBe(8);
    expect(transforms.stored.get(String(state.id))!.implementation).toEqual(JSON.parse(impl()));
  });

  test("a changed implementation goes with the PUT and to implementation_details", async () => {
    const { transforms, ctx, state } = await created({ implementation_json: impl() });
    const next = impl({ key_transform: "function _streamkap_transform_key(v, k) { return k; }" });
    await mapFilter.update({ prior: state, planned: { ...state, implementation_json: next }, config: {} }, ctx());
    expect(transforms.calls.filter((call) => call.op === "update")[0].body).toMatchObject({ implementation: JSON.parse(next) });
    expect(transforms.implementationWrites.map((w) => w.implementation)).toEqual([JSON.parse(impl()), JSON.parse(next)]);
  });

  test("with deploy = true, a tag-only change of a running transform does not redeploy; a code change does", async () => {
    const { transforms, ctx, state } = await created({ implementation_json: impl(), deploy: true });
    expect(transforms.deploys).toHaveLength(1);
    const tagged = await mapFilter.update({ prior: state, planned: { ...state, tags: ["670e5ca40afe1d3983ce0c22"] }, config: {} }, ctx());
    expect(transforms.deploys).toHaveLength(1);
    expect(tagged.connector_status).toBe("RUNNING");
    const next = impl({ topic_transform: "function _streamkap_transform_topic(v, k, t) { return t; }" });
    await mapFilter.update({ prior: tagged, planned: { ...tagged, implementation_json: next }, config: {} }, ctx());
    expect(transforms.deploys).toHaveLength(2);
  });
});

describe("streamkap_transform_<type> read", () => {
  test("an implementation changed in the app replaces the state's, so Terraform shows the drift", async () => {
    const { transforms, ctx } = setUp();
    const planned = plan(mapFilter, { implementation_json: impl() });
    const state = await mapFilter.create({ planned, config: planned }, ctx());
    const edited = { language: "JAVASCRIPT", value_transform: "function _streamkap_transform(v) { return null; }" };
    transforms.editInApp(String(state.id), { implementation: edited });
    expect((await mapFilter.read({ state }, ctx()))!.implementation_json).toBe(JSON.stringify(edited));
  });

  test("what the backend adds by itself (null members, rollup's TTL defaults) is no drift", async () => {
    const { transforms, ctx } = setUp();
    const rollup = transformResource(transformCatalog.get("rollup"));
    const table = { name: "orders", topicMatcherRegex: "orders", createTableSQL: "CREATE TABLE orders (id INT)" };
    const text = JSON.stringify({ inputTables: [table], rollupSQL: "SELECT COUNT(*) FROM orders", keyFields: [] });
    const planned = plan(rollup, { implementation_json: text });
    const state = await rollup.create({ planned, config: planned }, ctx());
    transforms.editInApp(String(state.id), { implementation: { ...JSON.parse(text), sourceIdleTimeoutMs: 30000, stateTTLMs: 86400000, unit_test: null } });
    expect((await rollup.read({ state }, ctx()))!.implementation_json).toBe(text);
    transforms.editInApp(String(state.id), { implementation: { ...JSON.parse(text), stateTTLMs: 1000 } });
    expect((await rollup.read({ state }, ctx()))!.implementation_json).not.toBe(text);
  });

  test("the job's status is read on every refresh; an import of another type is refused", async () => {
    const { transforms, ctx } = setUp();
    const planned = plan();
    const state = await mapFilter.create({ planned, config: planned }, ctx());
    transforms.jobScript = ["RUNNING"];
    await transforms.deploy(String(state.id), { preview: true });
    expect((await mapFilter.read({ state }, ctx()))!.connector_status).toBe("RUNNING");
    const enrich = transformResource(transformCatalog.get("enrich"));
    const err = await enrich.read({ state: enrich.importState!(String(state.id), ctx()) }, ctx()).catch((e) => e);
    expect(err.diagnostics[0]).toMatchObject({
      summary: "Wrong transform type",
      detail: expect.stringContaining(`terraform import streamkap_transform_map_filter.<name> ${state.id}`),
    });
  });

  test("an import reads the transform with deploy false", async () => {
    const { ctx } = setUp();
    const planned = plan();
    const state = await mapFilter.create({ planned, config: planned }, ctx());
    const imported = await mapFilter.read({ state: mapFilter.importState!(String(state.id), ctx()) }, ctx());
    expect(imported).toEqual({ ...state, timeouts: null });
  });

  test("a transform already deleted is deleted", async () => {
    const { transforms, ctx } = setUp();
    const planned = plan();
    const state = await mapFilter.create({ planned, config: planned }, ctx());
    await transforms.delete(String(state.id));
    await expect(mapFilter.delete({ state }, ctx())).resolves.toBeUndefined();
  });
});

describe("streamkap_transform_<type> plan", () => {
  test("the same implementation written differently plans no change; a write leaves the status unknown", () => {
    const prior = { ...plan(), id: "a".repeat(24), implementation_json: impl(), connector_status: "RUNNING" };
    const reformatted = JSON.stringify(JSON.parse(impl()), null, 2);
    const same = plannedBy(
      mapFilter,
      { prior, planned: { ...prior, implementation_json: reformatted }, config: { implementation_json: reformatted } },
      new Diagnostics(),
    );
    expect(same).toEqual({ planned: prior });
    const renamed = plannedBy(mapFilter, { prior, planned: { ...prior, name: "x" }, config: {} }, new Diagnostics()) as { planned: ObjectValue };
    expect(typeof renamed.planned.connector_status).not.toBe("string");
  });

  function problems(resource: typeof mapFilter, config: ObjectValue) {
    const d = new Diagnostics();
    validatedBy(resource, { name: "t", transforms_input_topic_pattern: "a", transforms_output_topic_pattern: "b", ...config }, d);
    return d.items.map((i) => [i.severity, i.summary, i.detail]);
  }

  test("implementation_json: invalid JSON and a language the type does not run are errors", () => {
    expect(problems(mapFilter, { implementation_json: "{language: JAVASCRIPT}" })).toEqual([
      ["error", "Invalid implementation_json", expect.stringMatching(/^implementation_json is not valid JSON/)],
    ]);
    const fanOut = transformResource(transformCatalog.get("fan_out"));
    expect(
      problems(fanOut, { implementation_json: JSON.stringify({ language: "PYTHON", value_transform: "def _streamkap_transform(v):\n  return v" }) }),
    ).toEqual([["error", "Invalid implementation_json", expect.stringContaining("implementation_json.language must be one of JAVASCRIPT")]]);
  });

  test("a missing entry function is an error when deploying and a warning otherwise", () => {
    const fanOut = transformResource(transformCatalog.get("fan_out"));
    const officialExample = JSON.stringify({
      language: "JAVASCRIPT",
      value_transform: VALUE,
      topic_transform: "function _streamkap_topic_transform(o, t) { return t; }",
    });
    expect(problems(fanOut, { implementation_json: officialExample })).toEqual([
      [
        "warning",
        "Incomplete implementation_json",
        expect.stringContaining("implementation_json.topic_transform must define the function _streamkap_transform_topic("),
      ],
    ]);
    expect(problems(fanOut, { implementation_json: officialExample, deploy: true })).toEqual([
      ["error", "Invalid implementation_json", expect.stringContaining("_streamkap_transform_topic(")],
    ]);
  });

  test("placeholder patterns: an error when deploying, a warning otherwise", () => {
    const found = problems(mapFilter, { transforms_input_topic_pattern: null, deploy: true });
    expect(found).toEqual([["error", "Transform would run on a placeholder", expect.stringContaining("transforms_input_topic_pattern is the placeholder")]]);
    expect(problems(mapFilter, { transforms_output_topic_pattern: null })).toEqual([["warning", "Placeholder topic pattern", expect.any(String)]]);
  });

  test("ranges, enums, replay windows and tags come from the catalog, before any call", () => {
    // In any order: each attribute reports its own problem.
    expect(
      problems(mapFilter, { transforms_input_job_parallelism: 21, transforms_language: "Rust", replay_window: "1y", tags: ["dev"] })
        .map((p) => p[1])
        .sort(),
    ).toEqual(["Invalid replay_window", "Invalid tag id", "Invalid value for transforms_input_job_parallelism", "Invalid value for transforms_language"]);
    expect(problems(transformResource(transformCatalog.get("topic_router")), { transforms_input_job_parallelism: 50 })).toEqual([]);
  });
});
