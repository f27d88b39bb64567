// Conversions between Terraform values and the API's flat config values. The API stores
// every value as Kafka Connect does, as a string ("5432", "true"), so reading back must
// restore the schema's type; writing sends the value in its own JSON type.
import { decodeMap, encodeMap, mapValueType, type CatalogField, type MapValueField } from "../../../catalog";
import type { Value, ObjectValue } from "../../framework/values";

/** The value to send for a known, non-null attribute value: attribute types already are
 * the JSON types the API accepts, so only map entries lose their null inner fields, and a
 * map travels as its catalog encoding says. */
export function toApiValue(field: CatalogField, value: Value): unknown {
  if (field.type !== "map" || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    out[key] =
      entry && typeof entry === "object" ? Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== null)) : entry;
  }
  return encodeMap(field, out);
}

/** The value to send for a config entry given as a string (the generic resource's maps),
 * converted to the field's type when the catalog knows the key and the text fits. */
export function stringToApiValue(field: CatalogField | undefined, text: string): unknown {
  if (!field) return text;
  const converted = fromApiValue(field, text);
  return converted === undefined ? text : converted;
}

/** An echoed API value in the attribute's type; null for an absent value; undefined when
 * it cannot be read as that type. */
export function fromApiValue(field: CatalogField, raw: unknown): Value | undefined {
  if (raw === null || raw === undefined) return null;
  switch (field.type) {
    case "int":
      return toInteger(raw);
    case "bool":
      return toBoolean(raw);
    case "string":
      return typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? String(raw) : undefined;
    case "map":
      return toMap(field, raw);
    case "list": {
      const list = typeof raw === "string" ? parseJson(raw) : raw;
      return Array.isArray(list) ? list.map((v) => String(v)) : undefined;
    }
  }
}

/** Any echoed value as a string, for maps of strings (objects and lists as JSON). */
export function apiValueToString(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return JSON.stringify(raw);
}

/** Whether two spellings of a config value mean the same thing for this field:
 * "5432" and "05432" for an int, "TRUE" and "true" for a bool. Unknown keys compare exactly. */
export function sameMeaning(field: CatalogField | undefined, a: string, b: string): boolean {
  if (a === b) return true;
  if (!field) return false;
  if (field.type === "int" || field.type === "bool") {
    const x = fromApiValue(field, a);
    const y = fromApiValue(field, b);
    return x !== undefined && x !== null && x === y;
  }
  return false;
}

function toInteger(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === "string" && /^\s*[-+]?\d+(\.0+)?\s*$/.test(raw)) return Number(raw.trim());
  return undefined;
}

function toBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "string") {
    const t = raw.trim().toLowerCase();
    if (t === "true") return true;
    if (t === "false") return false;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A map field's value in its attribute's type, from any shape it travels in: a map of
 * objects (sqlserver's per-table snapshot settings) or of strings. */
function toMap(field: CatalogField, raw: unknown): Value | undefined {
  const obj = decodeMap(field, raw);
  if (!obj) return undefined;
  const valueFields = field.map_value_fields;
  const out: ObjectValue = {};
  for (const [key, entry] of Object.entries(obj)) {
    if (!valueFields) {
      if (entry === null || typeof entry === "object") return undefined;
      out[key] = String(entry);
      continue;
    }
    if (!entry || typeof entry !== "object") return undefined;
    const inner: ObjectValue = {};
    for (const vf of valueFields) {
      const v = (entry as Record<string, unknown>)[vf.tf_name];
      const converted = convertInner(vf, v);
      if (converted === undefined) return undefined;
      inner[vf.tf_name] = converted;
    }
    out[key] = inner;
  }
  return out;
}

function convertInner(vf: MapValueField, raw: unknown): Value | undefined {
  if (raw === null || raw === undefined) return null;
  const kind = mapValueType(vf);
  if (kind === "number") return toInteger(raw);
  if (kind === "bool") return toBoolean(raw);
  return typeof raw === "object" ? undefined : String(raw);
}

