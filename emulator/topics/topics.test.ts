// /topics over real HTTP against an in-process emulator: a source's topics appear once it is
// Active (not while Starting, never when Broken, and go with it), one topic in detail, the
// paged details listing with its filters, and PUT's rules (partitions only grow, tags checked,
// a source's topic not created yet is created).
import { sourceCatalog } from "../../catalog";
import { ManualClock } from "../index";
import { DEVELOPMENT_TAG_ID } from "../tags/tags";
import { clickhouseBody, emulatorForTests, pipelineBody, postgresBody } from "../testing/test-client";

const DEPLOY_MS = 150;
// Deployments run on a clock the tests step; a wait=true request moves it to its deployment's end.
const clock = new ManualClock({ waits: "jump" });
const { api } = emulatorForTests({ clientId: "topics-client", secret: "topics-secret", deployMs: DEPLOY_MS, clock });
const source = async (name: string, config: Record<string, unknown> = {}, query = "wait=true") =>
  (await api("POST", `/sources?${query}`, postgresBody(name, config))).json;

describe("a source's topics", () => {
  test("exist once the source is Active, with their entity, partitions, configs, prefix and serialization", async () => {
    const s = await source("topics-src", {}, "wait=false");
    const id = `source_${s.id}.public.orders`;
    const early = await api("GET", `/topics/${id}?detailed=true`);
    expect(early.status).toBe(404);
    expect(early.json.detail).toMatch(/not found/);
    clock.advance(DEPLOY_MS);
    const r = await api("GET", `/topics/${id}?detailed=true`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      id,
      name: "public.orders",
      entity: { entity_type: "sources", entity_id: s.id, name: "topics-src", connector: "postgresql", display_name: "PostgreSQL" },
      kafka: { partitions: { count: 1 }, configs: { "retention.ms": 604800000, "cleanup.policy": "delete" } },
      prefix: `source_${s.id}`,
      serialization: expect.objectContaining({ key_format: "avro", value_format: "avro", schema_registry_enabled: true }),
      tags: [],
    });
  });

  test("a Broken source has none; a deleted source's topics go with it", async () => {
    const broken = await source("broken-src", { "database.hostname.user.defined": "db.broken" });
    expect(broken.connector_status).toBe("Broken");
    expect((await api("GET", `/topics/source_${broken.id}.public.orders`)).status).toBe(404);
    const gone = await source("gone-src");
    const id = `source_${gone.id}.public.items`;
    expect((await api("PUT", `/topics/${id}`, { payload: { partition_count: 3 } })).status).toBe(200);
    await api("DELETE", `/sources/${gone.id}`);
    expect((await api("GET", `/topics/${id}`)).status).toBe(404);
  });

  test("a DynamoDB table has no schema: its topic is named under default.", async () => {
    const body = { name: "dynamo-src", connector: "dynamodb", created_from: "api", config: dynamoConfig() };
    const s = (await api("POST", "/sources?wait=true", body)).json;
    expect(s.topics).toEqual([`source_${s.id}.default.orders`]);
    expect((await api("GET", `/topics/source_${s.id}.default.orders?detailed=true`)).json.name).toBe("default.orders");
  });
});

/** A DynamoDB source's required settings, from the catalog, capturing the table "orders". */
function dynamoConfig(): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const field of sourceCatalog.get("dynamodb").fields.filter((f) => f.required)) config[field.api_key] = field.type === "int" ? 1 : "x";
  return { ...config, "table.include.list.user.defined": "orders" };
}

describe("PUT /topics/{id}", () => {
  test("partitions grow, never shrink; tags are checked; the answer is the topic", async () => {
    const s = await source("grow-src");
    const path = `/topics/source_${s.id}.public.orders`;
    const grown = await api("PUT", path, { payload: { partition_count: 4 } });
    expect(grown.status).toBe(200);
    expect(grown.json.kafka.partitions.count).toBe(4);
    expect((await api("PUT", path, { payload: { partition_count: 4 } })).status).toBe(200);
    const shrink = await api("PUT", path, { payload: { partition_count: 2 } });
    expect(shrink.status).toBe(422);
    expect(shrink.json.detail).toEqual([
      { loc: ["body", "payload", "partition_count"], msg: `Partitions can only grow: topic source_${s.id}.public.orders has 4, 2 asked`, type: "value_error" },
    ]);
    const tagged = await api("PUT", path, { payload: { tags: [DEVELOPMENT_TAG_ID] } });
    expect(tagged.json).toMatchObject({ kafka: { partitions: { count: 4 } }, tags: [DEVELOPMENT_TAG_ID] });
    expect((await api("PUT", path, { payload: { tags: ["0123456789abcdef01234567"] } })).json.detail[0].loc).toEqual(["body", "payload", "tags"]);
    expect((await api("GET", path)).json).toMatchObject({ kafka: { partitions: { count: 4 } }, tags: [DEVELOPMENT_TAG_ID] });
  });

  test("an empty payload, a bad count or no payload → 422; an unknown topic → 404", async () => {
    const s = await source("bad-put-src");
    const path = `/topics/source_${s.id}.public.orders`;
    expect((await api("PUT", path, { payload: {} })).json.detail[0].msg).toBe("At least one of partition_count, tags is required");
    expect((await api("PUT", path, { payload: { partition_count: 0 } })).status).toBe(422);
    expect((await api("PUT", path, { payload: { partition_count: "3" } })).status).toBe(422);
    expect((await api("PUT", path, { partition_count: 3 })).status).toBe(422);
    const unknown = await api("PUT", "/topics/source_0123456789abcdef01234567.public.orders", { payload: { partition_count: 3 } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toMatch(/not found/);
  });

  test("a source's topic not created yet is created by the PUT", async () => {
    const s = await source("early-src", {}, "wait=false");
    const path = `/topics/source_${s.id}.public.items`;
    expect((await api("GET", path)).status).toBe(404);
    expect((await api("PUT", path, { payload: { partition_count: 2 } })).json.kafka.partitions.count).toBe(2);
    expect((await api("GET", path)).status).toBe(200);
  });
});

describe("GET /topics/details", () => {
  test("pages with has_next, filters by partial_name, topic_id, entity_type and entity_id, and by pipeline", async () => {
    const a = await source("details-a", { "table.include.list.user.defined": "public.a1,public.a2,public.a3" });
    const b = await source("details-b", { "table.include.list.user.defined": "public.b1" });
    const ids = async (q: string) =>
      ((await api("GET", `/topics/details?${q}`)).json.result as { id: string }[]).map((t) => t.id.split(".").slice(1).join("."));
    const first = (await api("GET", `/topics/details?entity_type=sources&entity_id=${a.id},${b.id}&page_size=3`)).json;
    expect(first).toMatchObject({ page: 1, page_size: 3, total: 4, has_next: true });
    expect(first.result[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      entity: expect.objectContaining({ entity_id: expect.any(String) }),
      prefix: expect.any(String),
      serialization: expect.any(Object),
    });
    const second = (await api("GET", `/topics/details?entity_type=sources&entity_id=${a.id},${b.id}&page_size=3&page=2`)).json;
    expect(second).toMatchObject({ total: 4, has_next: false });
    expect(second.result).toHaveLength(1);
    expect(await ids(`entity_id=${a.id}&partial_name=A2`)).toEqual(["public.a2"]);
    expect(await ids(`topic_id=source_${b.id}.public.b1`)).toEqual(["public.b1"]);
    expect(await ids(`entity_type=destinations&entity_id=${a.id}`)).toEqual([]);

    const destination = (await api("POST", "/destinations", clickhouseBody("details-dst"))).json;
    const pipeline = (await api("POST", "/pipelines", pipelineBody("details-flow", a, destination, ["public.a1", "public.a3"]))).json;
    expect(await ids(`entity_type=pipelines&entity_id=${pipeline.id}`)).toEqual(["public.a1", "public.a3"]);
    expect((await api("GET", "/topics/details?entity_type=pipelines")).status).toBe(422);
    expect((await api("GET", "/topics/details?entity_type=widgets")).status).toBe(422);
  });
});
