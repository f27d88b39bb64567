// A transform's create or update body, checked by the transform catalog and turned into the
// record kept. Create: {transform, config, created_from, tags}; update: the same with the id
// in the body (not the path) and `implementation`, which replaces the stored one: left out, the
// implementation is cleared, as the backend does (so a client must send back what it read).
// The config must hold `transforms.name` and only keys of the type; every key the body leaves
// out takes the type's default, so an answer echoes every key. Problems are 422 entries naming
// the key.
import { plainText } from "../../catalog/plain-text";
import { checkFieldValue } from "../../catalog";
import { TRANSFORM_NAME_KEY, transformCatalog, transformDefaults, type TransformType } from "../../catalog/transform-types";
import { checkEnum, CREATED_FROM, enumMessage, requireString, type ValidationError } from "../connectors/validation";
import type { StoredTransform } from "../store/model";
import { findTag, tagIdsField } from "../tags/tags";
import type { TenantStores } from "../store/tenant";

export type TransformBuilt = { ok: true; record: StoredTransform } | { ok: false; errors: ValidationError[] };

export interface TransformWrite {
  stores: TenantStores;
  id: string;
  now: number;
  /** The transform an update changes; absent for a create. */
  previous?: StoredTransform;
}

export function buildTransform(body: unknown, w: TransformWrite): TransformBuilt {
  if (!isObject(body)) return { ok: false, errors: [{ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" }] };
  const { previous } = w;
  const errors: ValidationError[] = [];

  const typeId = requireString(body, "transform", errors);
  const type = typeId === undefined ? undefined : transformCatalog.find(typeId);
  if (typeId !== undefined && !type) errors.push({ loc: ["body", "transform"], msg: enumMessage(transformCatalog.ids()), type: "enum" });
  if (previous && type && type.id !== previous.transform_type) {
    errors.push({
      loc: ["body", "transform"],
      msg: `The type of a transform cannot be changed (transform ${previous.id} is ${previous.transform_type})`,
      type: "value_error",
    });
  }
  if (!previous) checkEnum(body, "created_from", CREATED_FROM, errors);
  const config = type ? checkConfig(type, body.config, errors) : undefined;
  const implementation = implementationOf(body.implementation, errors);
  const tags = tagIdsField(body.tags, (id) => findTag(w.stores.tags, id) !== undefined, previous?.tags ?? []);
  if (!tags.ok) errors.push(...tags.errors);

  if (errors.length || !type || !config || implementation === undefined || !tags.ok) return { ok: false, errors };
  const now = new Date(w.now).toISOString();
  const changed = JSON.stringify(implementation) !== JSON.stringify(previous?.implementation ?? null);
  return {
    ok: true,
    record: {
      ...previous,
      id: w.id,
      name: config[TRANSFORM_NAME_KEY] as string,
      transform_type: type.id,
      created_from: previous?.created_from ?? (body.created_from as string | undefined) ?? "api",
      created_timestamp: previous?.created_timestamp ?? now,
      updated_timestamp: now,
      config,
      implementation,
      version: (previous?.version ?? 0) + (changed ? 1 : 0),
      tags: tags.tags,
    },
  };
}

/** The implementation an update or PUT implementation_details carries: an object, or none
 * (null); undefined when it is neither (an error is pushed). */
export function implementationOf(
  value: unknown,
  errors: ValidationError[],
  loc: (string | number)[] = ["body", "implementation"],
): Record<string, unknown> | null | undefined {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    errors.push({ loc, msg: "Input should be a valid dictionary", type: "dict_type" });
    return undefined;
  }
  return Object.keys(value).length ? value : null;
}

/** The config: the name, then every key judged by its catalog field, defaults filled in. */
function checkConfig(type: TransformType, value: unknown, errors: ValidationError[]): Record<string, string | number> | undefined {
  if (!isObject(value)) {
    errors.push({
      loc: ["body", "config"],
      msg: value === undefined || value === null ? "Field required" : "Input should be a valid dictionary",
      type: value === undefined || value === null ? "missing" : "dict_type",
    });
    return undefined;
  }
  const before = errors.length;
  const name = value[TRANSFORM_NAME_KEY];
  if (typeof name !== "string" || name.trim() === "") {
    errors.push({
      loc: ["body", "config", TRANSFORM_NAME_KEY],
      msg: name === undefined || name === null ? "Field required" : "Input should be a non-empty string",
      type: "missing",
    });
  }
  const config: Record<string, string | number> = { ...transformDefaults(type), [TRANSFORM_NAME_KEY]: name as string };
  const fields = new Map(type.fields.map((f) => [f.api_key, f]));
  for (const [key, raw] of Object.entries(value)) {
    if (key === TRANSFORM_NAME_KEY || raw === null || raw === undefined) continue;
    const field = fields.get(key);
    if (!field) {
      errors.push({
        loc: ["body", "config", key],
        msg: `Unknown key for a ${type.id} transform; its keys: ${[TRANSFORM_NAME_KEY, ...fields.keys()].join(", ")}`,
        type: "value_error",
      });
      continue;
    }
    const problem = checkFieldValue(field, raw);
    if (problem) errors.push({ loc: ["body", "config", key], msg: `${key} ${problem}`, type: "value_error" });
    else config[key] = field.type === "int" ? Number(raw) : plainText(raw);
  }
  for (const field of type.fields) {
    if (field.required && config[field.api_key] === undefined) errors.push({ loc: ["body", "config", field.api_key], msg: "Field required", type: "missing" });
  }
  return errors.length === before ? config : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
