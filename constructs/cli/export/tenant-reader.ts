// Reads a whole tenant for export: sources, destinations, pipelines and transforms a page of 100 at a time,
// the tags in one request, the topics' listing and then each topic's details (the listing does
// not carry partitions or tags). Connectors are read with their secrets so that export knows
// which secrets are set; each secret value is dropped here, the moment it arrives, and only
// "set" travels on: no secret value reaches the code writers, a message or a file.
import { catalogFor, findField, type ConnectorKind } from "../../../catalog";
import { isSecretKey } from "../../../catalog/secret-keys";
import { plainText } from "../../../catalog/plain-text";
import type { ApiSession } from "./api-session";

/** Stands for a secret's value: the tenant has one set. */
export const SECRET_SET = Symbol("secret set");

export interface TenantConnector {
  id: string;
  name: string;
  connector: string;
  /** The API's config, secret values replaced by SECRET_SET. */
  config: Record<string, unknown>;
  desired_state?: string;
  tags: string[];
}

export interface TenantPipeline {
  id: string;
  name: string;
  snapshot_new_tables?: boolean;
  source: { id: string; name: string; connector: string; topics: string[] };
  destination: { id: string; name: string; connector: string };
  transforms: { id: string; name?: string; topic?: string }[];
  topic_auto_discovery_transforms: { transform_id: string; regex: string }[];
  tags: string[];
}

export interface TenantTransform {
  id: string;
  name: string;
  /** The API's transform_type ("map_filter", ...). */
  type: string;
  config: Record<string, unknown>;
  tags: string[];
}

export interface TenantTag {
  id: string;
  name: string;
  description?: string | null;
  type: string[];
  system: boolean;
}

export interface TenantTopic {
  id: string;
  name: string;
  entity?: { entity_type: string; entity_id: string; name?: string } | null;
  partitions: number;
  tags: string[];
}

export interface Tenant {
  sources: TenantConnector[];
  destinations: TenantConnector[];
  pipelines: TenantPipeline[];
  tags: TenantTag[];
  topics: TenantTopic[];
  transforms: TenantTransform[];
}

export type Collection = keyof Tenant;
export const COLLECTIONS: readonly Collection[] = ["sources", "destinations", "pipelines", "tags", "topics", "transforms"];

export interface ReadOptions {
  /** Which collections to read (the rest come back empty). */
  collections?: ReadonlySet<Collection>;
  /** Which topics to read in detail, by their entity; default all. */
  topicWanted?: (topic: { id: string; name: string; entity?: TenantTopic["entity"] }) => boolean;
  /** Told as reading goes: what, how many so far, of how many. */
  progress?: (what: string, done: number, total: number) => void;
}

/** Topic details read at once: enough to overlap round trips, few enough to be gentle. */
const TOPIC_CONCURRENCY = 8;

export async function readTenant(session: ApiSession, options: ReadOptions = {}): Promise<Tenant> {
  const wanted = (c: Collection) => !options.collections || options.collections.has(c);
  const progress = (what: string) => (done: number, total: number) => options.progress?.(what, done, total);
  const connectors = async (collection: "sources" | "destinations") =>
    wanted(collection)
      ? (await session.list<Record<string, unknown>>(collection, "&secret_returned=true", progress(collection))).map((raw) =>
          connectorOf(collection === "sources" ? "source" : "destination", raw),
        )
      : [];

  const sources = await connectors("sources");
  const destinations = await connectors("destinations");
  const pipelines = wanted("pipelines") ? (await session.list<Record<string, unknown>>("pipelines", "", progress("pipelines"))).map(pipelineOf) : [];
  const tags = wanted("tags") ? ((await session.get<{ tags?: Record<string, unknown>[] }>("/tags")).tags ?? []).map(tagOf) : [];
  const topics = wanted("topics") ? await readTopics(session, options) : [];
  const transforms = wanted("transforms") ? (await session.list<Record<string, unknown>>("transforms", "", progress("transforms"))).map(transformOf) : [];
  return { sources, destinations, pipelines, tags, topics, transforms };
}

/** The topics, each read in detail (its partitions and tags) when `topicWanted` says so. */
export async function readTopics(session: ApiSession, options: ReadOptions): Promise<TenantTopic[]> {
  const listed = await session.list<{ id: string; name: string; entity?: TenantTopic["entity"] }>("topics/details", "", (done, total) =>
    options.progress?.("topics", done, total),
  );
  const chosen = listed.filter((t) => options.topicWanted?.(t) ?? true);
  const out = new Array<TenantTopic>(chosen.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < chosen.length) {
      const i = next++;
      const detail = await session.get<Record<string, unknown>>(`/topics/${encodeURIComponent(chosen[i].id)}?detailed=true`);
      out[i] = topicOf(chosen[i], detail);
      options.progress?.("topic details", ++done, chosen.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(TOPIC_CONCURRENCY, chosen.length) }, worker));
  return out;
}

function connectorOf(kind: ConnectorKind, raw: Record<string, unknown>): TenantConnector {
  const catalogEntry = catalogFor(kind).find(String(raw.connector));
  // The catalog says which of its keys are secret; for keys (or connectors) it does not know, the names do.
  const secret = (key: string) => {
    const field = catalogEntry && findField(catalogEntry, key);
    return field ? field.sensitive : isSecretKey(key);
  };
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(isRecord(raw.config) ? raw.config : {})) {
    // A secret never set comes back null (or empty); one set is kept only as the fact that it is.
    config[key] = secret(key) ? (value === null || value === undefined || value === "" ? null : SECRET_SET) : value;
  }
  return {
    id: String(raw.id),
    name: String(raw.name),
    connector: String(raw.connector),
    config,
    desired_state: typeof raw.desired_state === "string" ? raw.desired_state : undefined,
    tags: tagIds(raw.tags),
  };
}

function pipelineOf(raw: Record<string, unknown>): TenantPipeline {
  const source = isRecord(raw.source) ? raw.source : {};
  const destination = isRecord(raw.destination) ? raw.destination : {};
  return {
    id: String(raw.id),
    name: String(raw.name),
    snapshot_new_tables: typeof raw.snapshot_new_tables === "boolean" ? raw.snapshot_new_tables : undefined,
    source: {
      id: String(source.id),
      name: plainText(source.name ?? ""),
      connector: plainText(source.connector ?? ""),
      topics: stripSourcePrefix(String(source.id), source.topics),
    },
    destination: { id: String(destination.id), name: plainText(destination.name ?? ""), connector: plainText(destination.connector ?? "") },
    transforms: Array.isArray(raw.transforms) ? (raw.transforms.filter(isRecord) as TenantPipeline["transforms"]) : [],
    topic_auto_discovery_transforms: Array.isArray(raw.topic_auto_discovery_transforms)
      ? (raw.topic_auto_discovery_transforms.filter(isRecord) as TenantPipeline["topic_auto_discovery_transforms"])
      : [],
    tags: tagIds(raw.tags),
  };
}

function transformOf(raw: Record<string, unknown>): TenantTransform {
  return {
    id: String(raw.id),
    name: plainText(raw.name ?? ""),
    type: plainText(raw.transform_type ?? ""),
    config: isRecord(raw.config) ? raw.config : {},
    tags: tagIds(raw.tags),
  };
}

function tagOf(raw: Record<string, unknown>): TenantTag {
  return {
    id: String(raw.id),
    name: String(raw.name),
    description: typeof raw.description === "string" ? raw.description : null,
    type: Array.isArray(raw.type) ? raw.type.map(String) : [],
    system: raw.system === true,
  };
}

function topicOf(listed: { id: string; name: string; entity?: TenantTopic["entity"] }, detail: Record<string, unknown>): TenantTopic {
  const kafka = isRecord(detail.kafka) ? detail.kafka : {};
  const partitions = isRecord(kafka.partitions) ? Number(kafka.partitions.count) : Number(kafka.partitions);
  return {
    id: listed.id,
    name: plainText(detail.name ?? listed.name),
    entity: listed.entity ?? null,
    partitions: Number.isFinite(partitions) ? partitions : 1,
    tags: tagIds(detail.tags),
  };
}

/** Tag ids, whether the API gives ids or tag objects. */
function tagIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((t) => (isRecord(t) ? String(t.id) : String(t))).filter(Boolean);
}

/** A pipeline's topics by table: responses can carry them as `source_<sourceId>.<table>`. */
function stripSourcePrefix(sourceId: string, topics: unknown): string[] {
  if (!Array.isArray(topics)) return [];
  const prefix = `source_${sourceId}.`;
  return topics.map(String).map((t) => (t.startsWith(prefix) ? t.slice(prefix.length) : t));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
