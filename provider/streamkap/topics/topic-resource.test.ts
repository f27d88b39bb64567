import { Diagnostics, DiagnosticsError, formatPath } from "../../framework/diagnostics";
import type { CallContext } from "../../framework/resource";
import { UNKNOWN, type ObjectValue } from "../../framework/values";
import { topicResource } from "./topic-resource";
import { FakeTopicApi } from "./testdata/fake-topic-api";
import { validatedBy } from "../testdata/framework-steps";

const resource = topicResource();
const sourceId = "a".repeat(24);
const topicId = `source_${sourceId}.public.orders`;

function ctx(topics: FakeTopicApi): CallContext<{ topics: FakeTopicApi }> {
  return { client: { topics }, diagnostics: new Diagnostics(), signal: new AbortController().signal };
}

function apiWithOrders(partitions = 1) {
  const api = new FakeTopicApi();
  api.addSourceTopic(sourceId, "public.orders", partitions);
  return api;
}

const config = (overrides: ObjectValue = {}): ObjectValue => ({ topic_id: topicId, partition_count: 3, tags: null, ...overrides });

async function failure(p: Promise<unknown>): Promise<DiagnosticsError> {
  const err = await p.catch((e) => e);
  expect(err).toBeInstanceOf(DiagnosticsError);
  return err as DiagnosticsError;
}

function planProblems(prior: ObjectValue | null, planned: ObjectValue) {
  const d = new Diagnostics();
  resource.modifyPlan!({ prior, planned, config: planned }, d);
  return d.items.map((i) => `${formatPath(i.path)}: ${i.summary}: ${i.detail}`);
}

describe("streamkap_topic", () => {
  test("create sets the partition count with one PUT of the payload and reads the topic back", async () => {
    const api = apiWithOrders();
    const state = await resource.create({ planned: { ...config(), tags: UNKNOWN }, config: config() }, ctx(api));
    expect(state).toEqual({ topic_id: topicId, partition_count: 3, tags: [] });
    expect(api.calls.map((c) => c.op)).toEqual(["get", "update", "get"]);
    // Tags left unset are not sent: the topic keeps its own.
    expect(api.calls[1].change).toEqual({ partition_count: 3 });
  });

  test("configured tags are sent and read back; update PUTs again", async () => {
    const api = apiWithOrders();
    const tagged = config({ tags: ["670e5ca40afe1d3983ce0c22"] });
    const state = await resource.create({ planned: tagged, config: tagged }, ctx(api));
    expect(api.calls[1].change).toEqual({ partition_count: 3, tags: ["670e5ca40afe1d3983ce0c22"] });
    const grown = { ...state, partition_count: 6 };
    expect(await resource.update({ prior: state, planned: grown, config: grown }, ctx(api))).toEqual(grown);
    expect(api.stored.get(topicId)!.kafka!.partitions).toEqual({ count: 6 });
  });

  test("a topic neither the read nor the PUT finds is an error on topic_id", async () => {
    const api = new FakeTopicApi();
    const err = await failure(resource.create({ planned: config(), config: config() }, ctx(api)));
    expect(err.diagnostics[0]).toMatchObject({ summary: "Topic not found", path: [{ attribute: "topic_id" }] });
    expect(err.diagnostics[0].detail).toContain(topicId);
    expect(api.calls.map((c) => c.op)).toEqual(["get", "update"]);
  });

  test("partitions only grow: refused at plan when the prior count is known, naming partition_count", () => {
    const prior = config({ partition_count: 4, tags: [] });
    expect(planProblems(prior, { ...prior, partition_count: 2 })).toEqual([
      "partition_count: Partitions only grow: partition_count cannot go from 4 down to 2: Kafka can add partitions to a topic but never remove them. Set 4 or more.",
    ]);
    expect(planProblems(prior, { ...prior, partition_count: 8 })).toEqual([]);
    expect(planProblems(prior, { ...prior, partition_count: UNKNOWN })).toEqual([]);
    expect(planProblems(null, config({ partition_count: 1 }))).toEqual([]);
  });

  test("and at create, from the topic's current count, before any PUT", async () => {
    const api = apiWithOrders(5);
    const err = await failure(resource.create({ planned: config(), config: config() }, ctx(api)));
    expect(err.diagnostics[0]).toMatchObject({ summary: "Partitions only grow", path: [{ attribute: "partition_count" }] });
    expect(api.calls.map((c) => c.op)).toEqual(["get"]);
  });

  test("partition_count must be a whole number of at least 1", () => {
    const d = new Diagnostics();
    validatedBy(resource, config({ partition_count: 0 }), d);
    validatedBy(resource, config({ partition_count: 2.5 }), d);
    validatedBy(resource, config({ partition_count: UNKNOWN }), d);
    expect(d.items.map((i) => formatPath(i.path))).toEqual(["partition_count", "partition_count"]);
  });

  test("import by topic id, read refreshes, a topic gone leaves state, destroy sends nothing", async () => {
    const api = apiWithOrders(2);
    api.stored.get(topicId)!.tags = ["670e5ca40afe1d3983ce0c22"];
    const imported = await resource.read({ state: resource.importState!(topicId, ctx(api)) }, ctx(api));
    expect(imported).toEqual({ topic_id: topicId, partition_count: 2, tags: ["670e5ca40afe1d3983ce0c22"] });
    api.calls.length = 0;
    await resource.delete({ state: imported! }, ctx(api));
    expect(api.calls).toEqual([]);
    api.stored.clear();
    expect(await resource.read({ state: imported! }, ctx(api))).toBeNull();
  });
});
