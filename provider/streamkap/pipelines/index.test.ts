import { Diagnostics } from "../../framework/diagnostics";
import { UNKNOWN, type ObjectValue } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { fakeStreamkapApi } from "../testdata/fake-api";
import { plannedBy, validatedBy } from "../testdata/framework-steps";
import { pipelineResource } from "./index";

const resource = pipelineResource();
const ctx = (api: StreamkapApi) => ({ client: api, diagnostics: new Diagnostics(), signal: new AbortController().signal });

async function setUp() {
  const api = fakeStreamkapApi();
  const source = await api.sources.create({ name: "orders", connector: "postgresql", config: {} });
  const destination = await api.destinations.create({ name: "warehouse", connector: "snowflake", config: {} });
  const planned: ObjectValue = {
    id: UNKNOWN,
    name: "orders-to-warehouse",
    snapshot_new_tables: true,
    source: { id: source.id, name: "orders", connector: "postgresql", topics: ["public.orders"] },
    destination: { id: destination.id, name: "warehouse", connector: "snowflake" },
    transforms: [],
    topic_auto_discovery_transforms: [],
    tags: ["670e5ca40afe1d3983ce0c22"],
    status: "Active",
    timeouts: null,
  };
  return { api, planned, source, destination };
}

test("create posts once and the state holds the plan with the id and status", async () => {
  const { api, planned } = await setUp();
  const state = await resource.create({ planned, config: planned }, ctx(api));
  expect(api.pipelines.calls.filter((c) => c.op === "create")).toHaveLength(1);
  expect(state).toMatchObject({ ...planned, id: expect.stringMatching(/^[0-9a-f]{24}$/), status: "Active" });
  expect(await resource.read({ state }, ctx(api))).toEqual(state);
});

test("a pipeline name already taken is refused before any POST, with the import command", async () => {
  const { api, planned } = await setUp();
  const first = await resource.create({ planned, config: planned }, ctx(api));
  const err = await resource.create({ planned, config: planned }, ctx(api)).catch((e) => e);
  expect(String(err.diagnostics?.[0]?.detail)).toContain(`terraform import streamkap_pipeline.<resource name> ${first.id}`);
  expect(api.pipelines.calls.filter((c) => c.op === "create")).toHaveLength(1);
});

test("a source deleted outside Terraform is reported on refresh, on source.id", async () => {
  const { api, planned, source } = await setUp();
  const state = await resource.create({ planned, config: planned }, ctx(api));
  await api.sources.delete(source.id);
  const c = ctx(api);
  expect(await resource.read({ state }, c)).toMatchObject({ id: state.id });
  expect(c.diagnostics.items).toEqual([
    expect.objectContaining({ severity: "warning", summary: "The pipeline's source no longer exists", path: [{ attribute: "source" }, { attribute: "id" }] }),
  ]);
});

test("a write leaves the status to be known after apply; no change keeps it", () => {
  const prior = { name: "p", status: "Paused", snapshot_new_tables: true };
  expect(plannedBy(resource, { prior, planned: { ...prior, name: "q" }, config: {} }, new Diagnostics())).toEqual({
    planned: { ...prior, name: "q", status: UNKNOWN },
  });
  expect(plannedBy(resource, { prior, planned: { ...prior }, config: {} }, new Diagnostics())).toEqual({ planned: prior });
});

test("ids that are not Streamkap ids fail validation on their path", () => {
  const d = new Diagnostics();
  validatedBy(resource, { source: { id: "orders" }, destination: { id: "d".repeat(24) }, tags: ["dev"] }, d);
  expect(d.items.map((i) => [i.summary, i.path])).toEqual([
    ["Invalid source.id", [{ attribute: "source" }, { attribute: "id" }]],
    ["Invalid tag id", [{ attribute: "tags" }]],
  ]);
});
