// streamkap_topic_metrics: traffic figures (messages and bytes in and out, lag, latency) of
// the topics of some sources, transforms or destinations, with the official provider's schema.
// Results come in the order the entities and their topics were asked for (the official
// provider's order is random, so its list changes between refreshes); the time unit accepts
// what the API documents besides the official three values.
import { attr, type Diagnostics } from "../../framework/diagnostics";
import type { DataSource } from "../../framework/resource";
import { nestedAttribute, type Attribute } from "../../framework/schema";
import { isObjectValue, isUnknown, textOf, type ObjectValue, type Value } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import type { TopicMetricsEntity, TopicMetricsRequest } from "../api/collections/topics";
import { describedCall } from "../common/calls";
import { TOPIC_ENTITY_TYPES } from "./topic-data-sources";

type MetricsClient = Pick<StreamkapApi, "topics">;

/** The official provider's units, then the API's own spellings. */
export const TIME_UNITS = ["minutes", "hours", "days", "minute", "hour", "day", "week", "month"];

const INTEGER_FIGURES = ["messages_in", "messages_out", "bytes_in", "bytes_out", "lag"] as const;

const nested = nestedAttribute;

const required = (type: Attribute["type"], description: string): Attribute => ({ type, description, required: true });
const computed = (type: Attribute["type"], description: string): Attribute => ({ type, description, computed: true });

export function topicMetricsDataSource(): DataSource<MetricsClient> {
  return {
    typeName: "streamkap_topic_metrics",
    schema: {
      version: 0,
      description: "Reads traffic figures of the topics of some sources, transforms or destinations: messages and bytes in and out, consumer lag and latency.",
      attributes: {
        entities: nested(
          "list",
          {
            id: required("string", "Id of the source, transform or destination."),
            entity_type: required("string", `Kind of the entity: ${TOPIC_ENTITY_TYPES.join(", ")}.`),
            connector: required("string", 'Connector of the entity, or its transform type, e.g. "postgresql", "snowflake", "map_filter".'),
            topic_ids: required({ list: "string" }, "Ids of the entity's topics, e.g. source_<id>.public.orders."),
            topic_db_ids: required({ list: "string" }, "Record ids of the same topics (24 hexadecimal characters each), in the same order."),
          },
          { description: "The entities whose topics to measure, each with its topics.", required: true },
        ),
        time_interval: { type: "number", description: "Length of the period measured, in time_unit units; the API's default when left out.", optional: true },
        time_unit: { type: "string", description: `Unit of time_interval: one of ${TIME_UNITS.map((u) => JSON.stringify(u)).join(", ")}.`, optional: true },
        results: nested(
          "list",
          {
            entity_id: computed("string", "Id of the entity."),
            topic_id: computed("string", "Id of the topic."),
            messages_in: computed("number", "Messages written to the topic."),
            messages_out: computed("number", "Messages read from the topic."),
            bytes_in: computed("number", "Bytes written to the topic."),
            bytes_out: computed("number", "Bytes read from the topic."),
            lag: computed("number", "Messages not yet consumed."),
            avg_latency_ms: computed("number", "Average latency in milliseconds."),
          },
          { description: "One entry per entity and topic that has figures, in the order asked; a figure the API does not give is null.", computed: true },
        ),
      },
    },

    validate(config, diagnostics) {
      validateMetricsConfig(config, diagnostics);
    },

    async read({ config }, ctx) {
      const request = metricsRequest(config);
      const answer = await describedCall("Unable to get topic metrics", () => ctx.client.topics.tableMetrics(request, { signal: ctx.signal }));
      const results: ObjectValue[] = [];
      for (const entity of request.entities) {
        const figures = answer[entity.id];
        if (!figures || typeof figures !== "object") continue;
        // The topics asked for first, in their order; then any other the API adds.
        const topicIds = [...entity.topic_ids, ...Object.keys(figures).filter((t) => !entity.topic_ids.includes(t))];
        for (const topicId of topicIds) {
          const f = figures[topicId];
          if (f && typeof f === "object") results.push(resultOf(entity.id, topicId, f));
        }
      }
      return { ...config, results: results.length ? results : null };
    },
  };
}

function resultOf(entityId: string, topicId: string, figures: Record<string, unknown>): ObjectValue {
  const out: ObjectValue = { entity_id: entityId, topic_id: topicId };
  for (const name of INTEGER_FIGURES) out[name] = integer(figures[name]);
  out.avg_latency_ms = number(figures.avg_latency_ms);
  return out;
}

function metricsRequest(config: ObjectValue): TopicMetricsRequest {
  const entities = (Array.isArray(config.entities) ? config.entities : []).filter(isObjectValue).map((e): TopicMetricsEntity => ({
    id: textOf(e.id),
    entity_type: textOf(e.entity_type),
    connector: textOf(e.connector),
    topic_ids: strings(e.topic_ids),
    topic_db_ids: strings(e.topic_db_ids),
  }));
  const request: TopicMetricsRequest = { entities };
  if (typeof config.time_interval === "number") request.time_interval = config.time_interval;
  if (typeof config.time_unit === "string") request.time_unit = config.time_unit;
  return request;
}

/** Entity types and the time unit among the values the API knows; a whole interval. */
function validateMetricsConfig(config: ObjectValue, diagnostics: Diagnostics): void {
  const entities = config.entities ?? null;
  if (Array.isArray(entities)) {
    entities.forEach((e, i) => {
      if (!isObjectValue(e)) return;
      const type = e.entity_type ?? null;
      if (typeof type === "string" && !isUnknown(type) && !TOPIC_ENTITY_TYPES.includes(type)) {
        diagnostics.error(
          "Invalid entity_type",
          `entities[${i}].entity_type must be one of ${TOPIC_ENTITY_TYPES.join(", ")}, got ${JSON.stringify(type)}.`,
          attr("entities", { index: i }, { attribute: "entity_type" }),
        );
      }
    });
  }
  const unit = config.time_unit ?? null;
  if (typeof unit === "string" && !isUnknown(unit) && !TIME_UNITS.includes(unit)) {
    diagnostics.error("Invalid time_unit", `time_unit must be one of ${TIME_UNITS.join(", ")}, got ${JSON.stringify(unit)}.`, attr("time_unit"));
  }
  const interval = config.time_interval ?? null;
  if (typeof interval === "number" && (!Number.isInteger(interval) || interval < 1)) {
    diagnostics.error("Invalid time_interval", `time_interval must be a whole number of at least 1, got ${interval}.`, attr("time_interval"));
  }
}

function strings(value: Value | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function integer(value: unknown): number | null {
  const n = number(value);
  return n === null ? null : Math.trunc(n);
}

function number(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return null;
}
