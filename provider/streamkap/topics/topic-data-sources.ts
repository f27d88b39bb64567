// The topic data sources, as the official provider shapes them: streamkap_topic reads one
// topic in detail (owner, partitions, retention, serialization); streamkap_topics lists the
// topics of some or all sources, transforms and destinations — every page of them, where the
// official provider stops after the first.
import { attr, DiagnosticsError } from "../../framework/diagnostics";
import type { DataSource } from "../../framework/resource";
import type { Attribute, AttributeType } from "../../framework/schema";
import type { ObjectValue, Value } from "../../framework/values";
import { textOf } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { listEveryTopic, MAX_TOPIC_PAGES, partitionCount, type ApiTopic } from "../api/collections/topics";
import { describedCall } from "../common/calls";

type TopicClient = Pick<StreamkapApi, "topics">;

/** The entity types streamkap_topics filters on. */
export const TOPIC_ENTITY_TYPES = ["sources", "transforms", "destinations"];

const SERIALIZATION: AttributeType = {
  object: { key_format: "string", value_format: "string", key_converter: "string", value_converter: "string", schema_registry_enabled: "bool" },
};
const serializationAttribute: Attribute = {
  type: SERIALIZATION,
  description:
    "How the topic's messages are serialized, inherited from the source or transform that writes it: key_format, value_format, key_converter, value_converter, schema_registry_enabled.",
  computed: true,
};

export function topicDataSource(): DataSource<TopicClient> {
  const computed = (type: AttributeType, description: string): Attribute => ({ type, description, computed: true });
  return {
    typeName: "streamkap_topic",
    schema: {
      version: 0,
      description: "Reads a Kafka topic of the Streamkap tenant in detail, by its id.",
      attributes: {
        id: { type: "string", description: "Id of the topic, e.g. source_<source id>.<schema>.<table>.", required: true },
        name: computed("string", "Name of the topic as Streamkap shows it."),
        entity_id: computed("string", "Id of the source, transform or destination the topic belongs to."),
        entity_name: computed("string", "Name of the entity the topic belongs to."),
        entity_type: computed("string", "Kind of the entity the topic belongs to: sources, transforms or destinations."),
        prefix: computed("string", "Prefix of the topic's name."),
        cleanup_policy: computed("string", "Kafka cleanup.policy of the topic (delete, compact)."),
        partitions: computed("number", "Number of partitions of the topic."),
        retention_ms: computed("number", "Kafka retention.ms of the topic (-1: kept forever)."),
        serialization: serializationAttribute,
      },
    },

    async read({ config }, ctx) {
      const id = textOf(config.id);
      const found = await describedCall(`Could not read topic "${id}"`, () => ctx.client.topics.get(id, { signal: ctx.signal }));
      if (!found) throw DiagnosticsError.single("Topic not found", `Streamkap has no topic "${id}" in this tenant.`, attr("id"));
      const configs = found.kafka?.configs ?? {};
      return {
        ...ownerState(found),
        cleanup_policy: stringOrNull(configs["cleanup.policy"]),
        partitions: partitionCount(found) ?? null,
        retention_ms: numberOrNull(configs["retention.ms"]),
      };
    },
  };
}

export function topicsDataSource(): DataSource<TopicClient> {
  const listed: AttributeType = {
    object: {
      id: "string",
      name: "string",
      entity_id: "string",
      entity_name: "string",
      entity_type: "string",
      prefix: "string",
      serialization: SERIALIZATION,
      messages_7d: "number",
      messages_30d: "number",
    },
  };
  return {
    typeName: "streamkap_topics",
    schema: {
      version: 0,
      description: "Lists the Kafka topics of the Streamkap tenant, optionally only those of some entities.",
      attributes: {
        entity_type: { type: "string", description: `Only topics of this kind of entity: ${TOPIC_ENTITY_TYPES.join(", ")}.`, optional: true },
        entity_ids: { type: { list: "string" }, description: "Only topics of these sources, transforms or destinations (by id).", optional: true },
        total: { type: "number", description: "Number of topics matching the filters.", computed: true },
        topics: {
          type: { list: listed },
          description: "The topics found: id, name, owner (entity_id, entity_name, entity_type), prefix, serialization and message counts of each.",
          computed: true,
        },
      },
    },

    validate(config, diagnostics) {
      const type = config.entity_type ?? null;
      if (typeof type === "string" && !TOPIC_ENTITY_TYPES.includes(type)) {
        diagnostics.error("Invalid entity type", `entity_type "${type}" is not one of: ${TOPIC_ENTITY_TYPES.join(", ")}.`, attr("entity_type"));
      }
    },

    async read({ config }, ctx) {
      const filter = {
        entityType: typeof config.entity_type === "string" ? config.entity_type : undefined,
        entityIds: Array.isArray(config.entity_ids) ? config.entity_ids.filter((v): v is string => typeof v === "string") : undefined,
      };
      const all = await describedCall("Could not list topics", () => listEveryTopic(ctx.client.topics, filter, { signal: ctx.signal }));
      if (all.truncated) {
        ctx.diagnostics.warning(
          "Topic list cut short",
          `Only the first ${MAX_TOPIC_PAGES} pages of topics were read (${all.topics.length} of ${all.total}); narrow the list with entity_type or entity_ids.`,
        );
      }
      return {
        total: all.total,
        topics: all.topics.map((t) => ({ ...ownerState(t), messages_7d: numberOrNull(t.messages_7d), messages_30d: numberOrNull(t.messages_30d) })),
      };
    },
  };
}

/** What both data sources show of a topic: its names, owner, prefix and serialization. */
function ownerState(topic: ApiTopic): ObjectValue {
  const entity = topic.entity ?? {};
  const s = topic.serialization;
  return {
    id: topic.id,
    name: stringOrNull(topic.name),
    entity_id: stringOrNull(entity.entity_id),
    entity_name: stringOrNull(entity.name),
    entity_type: stringOrNull(entity.entity_type),
    prefix: stringOrNull(topic.prefix),
    serialization: s
      ? {
          key_format: stringOrNull(s.key_format),
          value_format: stringOrNull(s.value_format),
          key_converter: stringOrNull(s.key_converter),
          value_converter: stringOrNull(s.value_converter),
          schema_registry_enabled: typeof s.schema_registry_enabled === "boolean" ? s.schema_registry_enabled : null,
        }
      : null,
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** Kafka configs arrive as strings ("604800000"); counts as numbers. */
function numberOrNull(value: unknown): Value {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}
