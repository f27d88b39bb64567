import { Diagnostics } from "../../framework/diagnostics";
import { FakeTopicApi } from "./testdata/fake-topic-api";
import { topicMetricsDataSource } from "./topic-metrics";

const dataSource = topicMetricsDataSource();
const ctx = (topics: FakeTopicApi) => ({ client: { topics }, diagnostics: new Diagnostics(), signal: new AbortController().signal });
const sourceId = "a".repeat(24);

describe("streamkap_topic_metrics", () => {
  test("one result per entity and topic with figures, in the order asked; the interval is sent as given", async () => {
    const topics = new FakeTopicApi();
    const orders = topics.addSourceTopic(sourceId, "public.orders").id;
    const users = topics.addSourceTopic(sourceId, "public.users").id;
    const config = {
      entities: [
        {
          id: sourceId,
          entity_type: "sources",
          connector: "postgresql",
          topic_ids: [users, orders, "source_x.public.gone"],
          topic_db_ids: ["1".repeat(24), "2".repeat(24), "3".repeat(24)],
        },
      ],
      time_interval: 24,
      time_unit: "hours",
    };
    const read = await dataSource.read({ config }, ctx(topics));
    expect(topics.calls.at(-1)!.metrics).toEqual(config);
    expect(read.results).toEqual([
      { entity_id: sourceId, topic_id: users, messages_in: 100, messages_out: 99, bytes_in: 1000, bytes_out: 990, lag: 0, avg_latency_ms: 1.5 },
      { entity_id: sourceId, topic_id: orders, messages_in: 101, messages_out: 100, bytes_in: 1010, bytes_out: 1000, lag: 1, avg_latency_ms: 1.5 },
    ]);
  });

  test("no figures is a null list; interval and unit are left out when unset", async () => {
    const topics = new FakeTopicApi();
    const config = { entities: [{ id: sourceId, entity_type: "sources", connector: "postgresql", topic_ids: ["x"], topic_db_ids: ["y"] }] };
    expect((await dataSource.read({ config }, ctx(topics))).results).toBeNull();
    expect(topics.calls.at(-1)!.metrics).toEqual(config);
  });

  test("entity types, the time unit and the interval are checked when planning", () => {
    const d = new Diagnostics();
    dataSource.validate!(
      { entities: [{ id: "x", entity_type: "source", connector: "c", topic_ids: [], topic_db_ids: [] }], time_unit: "years", time_interval: 0.5 },
      d,
    );
    expect(d.items.map((i) => [i.summary, i.path])).toEqual([
      ["Invalid entity_type", [{ attribute: "entities" }, { index: 0 }, { attribute: "entity_type" }]],
      ["Invalid time_unit", [{ attribute: "time_unit" }]],
      ["Invalid time_interval", [{ attribute: "time_interval" }]],
    ]);
  });
});
