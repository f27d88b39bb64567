// A pipeline's create or update body, checked against the tenant and turned into the record
// kept: the name, the source and destination it joins (by id; the name and connector the
// client repeats beside the id are not checked, the stored ones are shown), the source's
// topics it carries, its transforms per topic, and its tags (the Development tag when a create
// leaves them out). Every problem is a 422 entry naming the key.
import { kafkaConnectName, rulesFor } from "../connectors/kinds";
import type { PipelineTransform, StoredPipeline, StoredConnector } from "../store/model";
import type { TenantIds } from "../connectors/records";
import { DEVELOPMENT_TAG_ID, findTag, tagIdsField } from "../tags/tags";
import type { TenantStores } from "../store/tenant";
import { checkEnum, CREATED_FROM, requireString, type ValidationError } from "../connectors/validation";

export type PipelineBuilt = { ok: true; record: StoredPipeline } | { ok: false; errors: ValidationError[] };

export interface PipelineWrite {
  stores: TenantStores;
  tenant: TenantIds;
  id: string;
  now: number;
  deployMs: number;
  /** The pipeline an update changes; absent for a create. */
  previous?: StoredPipeline;
}

type Body = Record<string, unknown>;

export function buildPipeline(body: unknown, w: PipelineWrite): PipelineBuilt {
  if (!isObject(body)) return { ok: false, errors: [{ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" }] };
  const errors: ValidationError[] = [];
  const { stores, previous } = w;

  const name = requireString(body, "name", errors);
  if (body.snapshot_new_tables !== undefined && body.snapshot_new_tables !== null && typeof body.snapshot_new_tables !== "boolean") {
    errors.push({ loc: ["body", "snapshot_new_tables"], msg: "Input should be a valid boolean", type: "bool_type" });
  }
  if (!previous) checkEnum(body, "created_from", CREATED_FROM, errors);

  const source = reference(body, "source", (id) => stores.sources.get(id), errors);
  const destination = reference(body, "destination", (id) => stores.destinations.get(id), errors);
  const sourceTopics = source ? topicsOfSource(source, isObject(body.source) ? body.source.topics : undefined, errors) : [];
  const transformExists = (id: unknown) => typeof id === "string" && stores.transforms.get(id) !== undefined;
  const transforms = listField(body, "transforms", previous?.transforms ?? [], errors, (entry, loc) => transformEntry(entry, loc, transformExists, errors));
  const discovery = listField(body, "topic_auto_discovery_transforms", previous?.topic_auto_discovery_transforms ?? [], errors, (entry, loc) =>
    discoveryEntry(entry, loc, transformExists, errors),
  );
  const tags = tagIdsField(body.tags, (id) => findTag(stores.tags, id) !== undefined, previous?.tags ?? [DEVELOPMENT_TAG_ID]);
  if (!tags.ok) errors.push(...tags.errors);

  if (errors.length || name === undefined || !source || !destination || !tags.ok) return { ok: false, errors };
  return {
    ok: true,
    record: {
      id: w.id,
      name,
      created_from: previous?.created_from ?? (body.created_from as string | undefined) ?? "api",
      created_timestamp: previous?.created_timestamp ?? new Date(w.now).toISOString(),
      ...w.tenant,
      snapshot_new_tables: (body.snapshot_new_tables as boolean | undefined) ?? previous?.snapshot_new_tables ?? true,
      source_id: source.id,
      source_topics: sourceTopics,
      destination_id: destination.id,
      transforms,
      topic_auto_discovery_transforms: discovery,
      tags: tags.tags,
      ready_at: w.now + w.deployMs,
    },
  };
}

/** The connector `source` or `destination` names by `{id}`: it must exist. */
function reference(
  body: Body,
  key: "source" | "destination",
  find: (id: string) => StoredConnector | undefined,
  errors: ValidationError[],
): StoredConnector | undefined {
  const value = body[key];
  if (!isObject(value)) {
    errors.push({
      loc: ["body", key],
      msg: value === undefined || value === null ? "Field required" : "Input should be a valid dictionary",
      type: value === undefined || value === null ? "missing" : "dict_type",
    });
    return undefined;
  }
  const id = requireString(value, "id", []);
  const found = id === undefined ? undefined : find(id);
  if (!found)
    errors.push({
      loc: ["body", key, "id"],
      msg: id === undefined ? "Field required" : `${rulesFor(key).title} ${id} does not exist`,
      type: id === undefined ? "missing" : "value_error",
    });
  return found;
}

/**
 * `source.topics`: each a topic the source has, by its plain name ("public.orders") or, as
 * the API itself echoes it at times, prefixed with the source's topic prefix
 * ("source_<id>.public.orders"). Only that exact prefix is stripped: "default.MyTable" stays
 * whole. Stored, and answered, by plain name.
 */
function topicsOfSource(source: StoredConnector, value: unknown, errors: ValidationError[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.push({ loc: ["body", "source", "topics"], msg: "Input should be a valid list", type: "list_type" });
    return [];
  }
  const known = Object.keys(rulesFor("source").topics(source));
  const prefix = kafkaConnectName("source", source.id) + ".";
  const names: string[] = [];
  (value as unknown[]).forEach((raw, i) => {
    const name = typeof raw === "string" && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
    if (typeof name === "string" && known.includes(name)) {
      if (!names.includes(name)) names.push(name);
      return;
    }
    const has = known.length ? known.join(", ") : "none";
    errors.push({
      loc: ["body", "source", "topics", i],
      msg: `Topic '${String(raw)}' is not a topic of source '${source.name}' (${source.id}); its topics: ${has}`,
      type: "value_error",
    });
  });
  return names;
}

/** A list key: absent or null keeps `kept` (the update's previous value, or none). */
function listField<T>(body: Body, key: string, kept: T[], errors: ValidationError[], entry: (value: unknown, loc: (string | number)[]) => T | undefined): T[] {
  const value = body[key];
  if (value === undefined || value === null) return kept;
  if (!Array.isArray(value)) {
    errors.push({ loc: ["body", key], msg: "Input should be a valid list", type: "list_type" });
    return [];
  }
  return value.map((v, i) => entry(v, ["body", key, i])).filter((v): v is T => v !== undefined);
}

function transformEntry(value: unknown, loc: (string | number)[], exists: (id: unknown) => boolean, errors: ValidationError[]): PipelineTransform | undefined {
  if (!isObject(value)) return void errors.push({ loc, msg: "Input should be a valid dictionary", type: "dict_type" });
  if (!exists(value.id)) return void errors.push({ loc: [...loc, "id"], msg: `Transform ${String(value.id)} does not exist`, type: "value_error" });
  const text = (key: string) => (typeof value[key] === "string" ? value[key] : "");
  const startTime = typeof value.start_time === "string" ? value.start_time : null;
  return { id: value.id as string, name: text("name"), start_time: startTime, topic_id: text("topic_id"), topic: text("topic") };
}

function discoveryEntry(value: unknown, loc: (string | number)[], exists: (id: unknown) => boolean, errors: ValidationError[]) {
  if (!isObject(value)) return void errors.push({ loc, msg: "Input should be a valid dictionary", type: "dict_type" });
  if (!exists(value.transform_id))
    return void errors.push({ loc: [...loc, "transform_id"], msg: `Transform ${String(value.transform_id)} does not exist`, type: "value_error" });
  const regex = value.regex;
  if (typeof regex !== "string" || !compiles(regex))
    return void errors.push({ loc: [...loc, "regex"], msg: "Input should be a valid regular expression", type: "value_error" });
  return { transform_id: value.transform_id as string, regex };
}

function compiles(regex: string): boolean {
  try {
    new RegExp(regex);
    return true;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Body {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
