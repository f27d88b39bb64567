import { Diagnostics, type DiagnosticsError, formatPath } from "../../framework/diagnostics";
import { topicDataSource, topicsDataSource } from "./topic-data-sources";
import { FakeTopicApi } from "./testdata/fake-topic-api";

const ctx = (topics: FakeTopicApi) => ({ client: { topics }, diagnostics: new Diagnostics(), signal: new AbortController().signal });
const sourceId = "b".repeat(24);

describe("streamkap_topic data source", () => {
  test("reads the topic's owner, partitions, Kafka configs and serialization", async () => {
    const api = new FakeTopicApi();
    api.addSourceTopic(sourceId, "public.orders", 3);
    expect(await topicDataSource().read({ config: { id: `source_${sourceId}.public.orders` } }, ctx(api))).toEqual({
      id: `source_${sourceId}.public.orders`,
      name: "public.orders",
      entity_id: sourceId,
      entity_name: `source ${sourceId}`,
      entity_type: "sources",
      prefix: `source_${sourceId}`,
      cleanup_policy: "delete",
      partitions: 3,
      retention_ms: 604800000,
      serialization: { key_format: "avro", value_format: "avro", key_converter: null, value_converter: null, schema_registry_enabled: true },
    });
  });

  test("an unknown topic is an error on id", async () => {
    const err = await topicDataSource()
      .read({ config: { id: "source_x.public.nope" } }, ctx(new FakeTopicApi()))
      .catch((e) => e);
    expect((err as DiagnosticsError).diagnostics[0].path).toEqual([{ attribute: "id" }]);
  });
});

describe("streamkap_topics data source", () => {
  const ds = topicsDataSource();

  test("reads every page of the listing, not only the first", async () => {
    const api = new FakeTopicApi();
    for (let i = 0; i < 250; i++) api.addSourceTopic(sourceId, `public.t${i}`);
    const state = await ds.read({ config: { entity_type: null, entity_ids: null } }, ctx(api));
    expect(state.total).toBe(250);
    expect((state.topics as unknown[]).length).toBe(250);
    expect(api.calls.map((c) => c.page)).toEqual([1, 2, 3]);
    expect((state.topics as object[])[249]).toMatchObject({ id: `source_${sourceId}.public.t249`, entity_type: "sources", messages_7d: 70, messages_30d: 300 });
  });

  test("passes the entity filters on", async () => {
    const api = new FakeTopicApi();
    api.addSourceTopic(sourceId, "public.orders");
    api.addSourceTopic("c".repeat(24), "public.items");
    const state = await ds.read({ config: { entity_type: "sources", entity_ids: [sourceId] } }, ctx(api));
    expect(state.total).toBe(1);
    expect(api.calls[0].filter).toEqual({ entityType: "sources", entityIds: [sourceId] });
  });

  test("entity_type is one of sources, transforms, destinations", () => {
    const d = new Diagnostics();
    ds.validate!({ entity_type: "source", entity_ids: null }, d);
    ds.validate!({ entity_type: "transforms", entity_ids: null }, d);
    expect(d.items.map((i) => `${formatPath(i.path)}: ${i.detail}`)).toEqual([
      'entity_type: entity_type "source" is not one of: sources, transforms, destinations.',
    ]);
  });
});
