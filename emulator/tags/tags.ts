// Tags: the two system tags every tenant has from the start, the rules of a tag's body, and
// the `tags` list other records carry (sources, destinations, pipelines, topics), checked
// against the tags that exist. The system tags are constants, never stored: they cannot be
// changed or deleted, so a data directory has nothing to say about them.
import { SYSTEM_TAGS as SYSTEM_TAG_IDS, TAG_TYPES as CATALOG_TAG_TYPES } from "../../catalog/system-tags";
import type { StoredTag } from "../store/model";
import type { RecordStore } from "../store/store";
import { enumMessage, type ValidationError } from "../connectors/validation";

export const DEVELOPMENT_TAG_ID = SYSTEM_TAG_IDS.development.id;
export const PRODUCTION_TAG_ID = SYSTEM_TAG_IDS.production.id;

const systemTag = (id: string, name: string): StoredTag => ({
  id,
  name,
  description: null,
  type: ["environment"],
  system: true,
  custom: false,
  created_from: "web",
  created_timestamp: new Date(0).toISOString(),
});

export const SYSTEM_TAGS: readonly StoredTag[] = [
  systemTag(DEVELOPMENT_TAG_ID, SYSTEM_TAG_IDS.development.name),
  systemTag(PRODUCTION_TAG_ID, SYSTEM_TAG_IDS.production.name),
];

export const TAG_TYPES: readonly string[] = CATALOG_TAG_TYPES;
/** Types only system tags have. */
const SYSTEM_TYPES = ["environment", "general"];

/** Every tag of the tenant: the system ones, then those stored. */
export function allTags(store: RecordStore<StoredTag>): StoredTag[] {
  return [...SYSTEM_TAGS, ...store.all()];
}

export function findTag(store: RecordStore<StoredTag>, id: string): StoredTag | undefined {
  return SYSTEM_TAGS.find((t) => t.id === id) ?? store.get(id);
}

export function tagView(tag: StoredTag) {
  return { id: tag.id, name: tag.name, description: tag.description, type: tag.type, system: tag.system, custom: tag.custom };
}

export interface TagInput {
  name: string;
  description: string | null;
  type: string[];
}

/** A tag's create or update body. `system` says whether the tag is a system one (a fixture
 * may declare more of them), which alone may have the environment and general types. */
export function validateTagBody(body: unknown, system = false): { ok: true; input: TagInput } | { ok: false; errors: ValidationError[] } {
  if (body === null || typeof body !== "object" || Array.isArray(body))
    return { ok: false, errors: [{ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" }] };
  const b = body as Record<string, unknown>;
  const errors: ValidationError[] = [];
  if (typeof b.name !== "string" || b.name.trim() === "") errors.push({ loc: ["body", "name"], msg: "Field required: a non-empty string", type: "missing" });
  if (b.description !== undefined && b.description !== null && typeof b.description !== "string") {
    errors.push({ loc: ["body", "description"], msg: "Input should be a valid string", type: "string_type" });
  }
  const types = b.type;
  if (!Array.isArray(types) || types.length === 0)
    errors.push({ loc: ["body", "type"], msg: "Field required: a non-empty list of tag types", type: "missing" });
  else {
    types.forEach((t, i) => {
      if (typeof t !== "string" || !TAG_TYPES.includes(t)) {
        errors.push({ loc: ["body", "type", i], msg: enumMessage(TAG_TYPES), type: "enum" });
      } else if (!system && SYSTEM_TYPES.includes(t)) {
        errors.push({ loc: ["body", "type", i], msg: `'${t}' is for system tags only`, type: "value_error" });
      }
    });
  }
  if (errors.length) return { ok: false, errors };
  // An empty description reads back as null, as the official provider expects of the API.
  const description = typeof b.description === "string" && b.description !== "" ? b.description : null;
  return { ok: true, input: { name: b.name as string, description, type: [...new Set(types as string[])] } };
}

/** Whether two tags would be the same tag: the same name and the same types, in any order. */
export function sameTag(a: { name: string; type: string[] }, b: { name: string; type: string[] }): boolean {
  return a.name === b.name && a.type.length === b.type.length && a.type.every((t) => b.type.includes(t));
}

export type TagIds = { ok: true; tags: string[] } | { ok: false; errors: ValidationError[] };

/**
 * The `tags` of a write body, at `loc`: a list of tag ids that exist. Absent or `null` keeps
 * `kept` (the record's tags on an update, the default on a create); `[]` clears.
 */
export function tagIdsField(value: unknown, exists: (id: string) => boolean, kept: string[], loc: (string | number)[] = ["body", "tags"]): TagIds {
  if (value === undefined || value === null) return { ok: true, tags: kept };
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    return { ok: false, errors: [{ loc, msg: "Input should be a valid list of tag ids", type: "list_type" }] };
  const unknown = value.filter((id: string) => !exists(id));
  if (unknown.length) return { ok: false, errors: [{ loc, msg: `Unknown tag ids: ${unknown.join(", ")}`, type: "value_error" }] };
  return { ok: true, tags: [...new Set(value as string[])] };
}
