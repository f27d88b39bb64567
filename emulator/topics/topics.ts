// The tenant's Kafka topics as /topics shows them. A source's topics (one per table or
// collection in its include list, id `source_<sourceId>.<schema>.<table>`) exist once the
// source has deployed and is not Broken: Kafka Connect creates them when the connector first
// runs, and a later pause or stop does not delete them (our reading; the reference is silent).
// A transform's output topics exist once its job runs (transforms/jobs.ts names them, id
// `transform_<transformId>_<version>.<name>`). Beside them, topics a fixture declares. What a write changed on a topic (partitions, tags)
// is stored and laid over the topic's defaults; a topic whose entity is gone is gone.
import { DEFAULT_TOPIC_PARTITIONS } from "../../catalog/topic-names";
import { kafkaConnectName, rulesFor } from "../connectors/kinds";
import type { StoredTopic } from "../store/model";
import { connectorStatus } from "../connectors/status";
import type { TenantStores } from "../store/tenant";
import { outputTopics } from "../transforms/jobs";

export const DEFAULT_PARTITIONS = DEFAULT_TOPIC_PARTITIONS;
const DEFAULT_RETENTION_MS = 7 * 24 * 3600 * 1000;
const DEFAULT_CLEANUP_POLICY = "delete";
const AVRO = "io.confluent.connect.avro.AvroConverter";
const SERIALIZATION = { key_format: "avro", value_format: "avro", key_converter: AVRO, value_converter: AVRO, schema_registry_enabled: true };

export const ENTITY_TYPES = ["sources", "destinations", "transforms", "pipelines", "manual"];

/** A topic with its defaults filled in, and whether it exists yet. */
interface Topic extends StoredTopic {
  prefix: string;
  live: boolean;
}

/** Every topic of the tenant, those not live yet included (a PUT may create one), by id. */
function topicsById(stores: TenantStores, now: number): Map<string, Topic> {
  const topics = new Map<string, Topic>();
  for (const source of stores.sources.all()) {
    const status = connectorStatus(source, now);
    const live = status !== "Starting" && status !== "Broken";
    const prefix = kafkaConnectName("source", source.id);
    for (const [name, id] of Object.entries(rulesFor("source").topics(source))) {
      topics.set(id, { id, name, entity: { entity_type: "sources", entity_id: source.id }, partitions: DEFAULT_PARTITIONS, tags: [], prefix, live });
    }
  }
  const sourceTopics = [...topics.values()].filter((t) => t.live).map((t) => t.id);
  for (const transform of stores.transforms.all()) {
    for (const { id, name } of outputTopics(transform, sourceTopics, now)) {
      topics.set(id, {
        id,
        name,
        entity: { entity_type: "transforms", entity_id: transform.id },
        partitions: DEFAULT_PARTITIONS,
        tags: [],
        prefix: id.includes(".") ? id.slice(0, id.indexOf(".")) : "",
        live: true,
      });
    }
  }
  for (const stored of stores.topics.all()) {
    if (stored.entity && !entityOf(stores, stored.entity)) continue;
    const derived = topics.get(stored.id);
    const prefix = derived?.prefix ?? stored.prefix ?? "";
    topics.set(stored.id, { ...derived, ...stored, prefix, live: true });
  }
  return topics;
}

/** The topic by id, if it exists; with `creatable`, also a source's topic not created yet. */
export function findTopic(stores: TenantStores, id: string, now: number, creatable = false): Topic | undefined {
  const topic = topicsById(stores, now).get(id);
  return topic && (topic.live || creatable) ? topic : undefined;
}

/** The ids of the source topics that exist: what transforms read. */
export function sourceTopicIds(stores: TenantStores, now: number): string[] {
  return liveTopics(stores, now)
    .filter((t) => t.entity?.entity_type === "sources")
    .map((t) => t.id);
}

export function liveTopics(stores: TenantStores, now: number): Topic[] {
  return [...topicsById(stores, now).values()].filter((t) => t.live).sort((a, b) => a.id.localeCompare(b.id));
}

/** What a PUT keeps of a topic. */
export function storedTopic(topic: Topic): StoredTopic {
  const { prefix: _prefix, live: _live, ...stored } = topic;
  return stored;
}

/** The entity a topic belongs to, as the API names it; undefined when it does not exist. */
export function entityOf(stores: TenantStores, entity: { entity_type: string; entity_id: string }) {
  const { entity_type, entity_id } = entity;
  if (entity_type === "sources" || entity_type === "destinations") {
    const kind = entity_type === "sources" ? "source" : "destination";
    const record = stores.connectors(kind).get(entity_id);
    if (!record) return undefined;
    const display = rulesFor(kind).catalog.find(record.connector)?.display_name ?? record.connector;
    return { entity_type, entity_id, name: record.name, connector: record.connector, display_name: display };
  }
  if (entity_type === "transforms") {
    const transform = stores.transforms.get(entity_id);
    return transform && { entity_type, entity_id, name: transform.name, connector: transform.transform_type, display_name: transform.name };
  }
  return entity_type === "manual" ? { entity_type, entity_id, name: entity_id, connector: null, display_name: entity_id } : undefined;
}

/** A line of GET /topics/details. */
export function topicSummary(stores: TenantStores, topic: Topic) {
  return {
    id: topic.id,
    name: topic.name,
    entity: topic.entity ? (entityOf(stores, topic.entity) ?? null) : null,
    prefix: topic.prefix,
    serialization: SERIALIZATION,
  };
}

/** GET /topics/{id}?detailed=true, and the answer to a PUT. */
export function topicDetails(stores: TenantStores, topic: Topic) {
  return {
    ...topicSummary(stores, topic),
    kafka: {
      partitions: { count: topic.partitions },
      configs: { "retention.ms": topic.retention_ms ?? DEFAULT_RETENTION_MS, "cleanup.policy": topic.cleanup_policy ?? DEFAULT_CLEANUP_POLICY },
    },
    tags: topic.tags,
  };
}
