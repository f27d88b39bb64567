// POST /topics/table_metrics: message and byte counts, lag and latency per (entity, topic).
// No data flows through the emulator, so the figures are made up, but deterministically: each
// is derived from a hash of the entity id, the topic id and the figure's name, so the same
// request always gets the same answer (a data source's refresh plans clean) and different
// topics get different figures. Entities that do not exist get no entry.
import { createHash } from "node:crypto";
import { invalid, type ApiResult } from "../http/handler";
import type { TenantStores } from "../store/tenant";
import type { ValidationError } from "../connectors/validation";
import { enumMessage } from "../connectors/validation";

const ENTITY_TYPES = ["sources", "transforms", "destinations"];
const TIME_TYPES = ["latest", "timeseries", "timesummary"];

export function tableMetrics(stores: TenantStores, body: unknown): ApiResult {
  const errors: ValidationError[] = [];
  const b = isObject(body) ? body : {};
  if (!isObject(body)) errors.push({ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" });
  const entities = b.entities;
  if (!Array.isArray(entities))
    errors.push({ loc: ["body", "entities"], msg: entities === undefined ? "Field required" : "Input should be a valid list", type: "missing" });
  const checked = (Array.isArray(entities) ? entities : []).map((e: unknown, i) => entity(e, ["body", "entities", i], errors));
  if (b.time_type !== undefined && b.time_type !== null && !TIME_TYPES.includes(b.time_type as string))
    errors.push({ loc: ["body", "time_type"], msg: enumMessage(TIME_TYPES), type: "enum" });
  if (b.time_interval !== undefined && b.time_interval !== null && (!Number.isSafeInteger(b.time_interval) || (b.time_interval as number) < 1)) {
    errors.push({ loc: ["body", "time_interval"], msg: "Input should be a whole number of at least 1", type: "int_type" });
  }
  if (errors.length) return invalid(errors);

  const answer: Record<string, Record<string, Record<string, number>>> = {};
  for (const e of checked) {
    if (!e || !exists(stores, e.entity_type, e.id)) continue;
    answer[e.id] = Object.fromEntries(e.topic_ids.map((topic) => [topic, figures(e.id, topic)]));
  }
  return { status: 200, body: answer };
}

function entity(value: unknown, loc: (string | number)[], errors: ValidationError[]) {
  if (!isObject(value)) return void errors.push({ loc, msg: "Input should be a valid dictionary", type: "dict_type" });
  const before = errors.length;
  if (typeof value.id !== "string" || value.id === "") errors.push({ loc: [...loc, "id"], msg: "Field required: a non-empty string", type: "missing" });
  if (!ENTITY_TYPES.includes(value.entity_type as string)) errors.push({ loc: [...loc, "entity_type"], msg: enumMessage(ENTITY_TYPES), type: "enum" });
  for (const key of ["topic_ids", "topic_db_ids"]) {
    const list = value[key];
    if (list !== undefined && (!Array.isArray(list) || list.some((v) => typeof v !== "string")))
      errors.push({ loc: [...loc, key], msg: "Input should be a valid list of strings", type: "list_type" });
  }
  if (errors.length > before) return undefined;
  return { id: value.id as string, entity_type: value.entity_type as string, topic_ids: (value.topic_ids as string[] | undefined) ?? [] };
}

function exists(stores: TenantStores, type: string, id: string): boolean {
  if (type === "sources") return stores.sources.get(id) !== undefined;
  if (type === "destinations") return stores.destinations.get(id) !== undefined;
  return stores.transforms.get(id) !== undefined;
}

/** The figures of one (entity, topic), the same on every call. */
function figures(entityId: string, topicId: string): Record<string, number> {
  const draw = (name: string, max: number) => createHash("sha256").update(`${entityId}\0${topicId}\0${name}`).digest().readUInt32BE(0) % max;
  const messagesIn = 1000 + draw("messages", 100_000);
  const lag = draw("lag", 50);
  return {
    messages_in: messagesIn,
    messages_out: messagesIn - lag,
    bytes_in: messagesIn * (200 + draw("size", 800)),
    bytes_out: (messagesIn - lag) * (200 + draw("size", 800)),
    lag,
    avg_latency_ms: Math.round((5 + draw("latency", 500_000) / 1000) * 1000) / 1000,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
