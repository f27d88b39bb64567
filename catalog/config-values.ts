// How the API's config values read: the API stores every value as Kafka Connect does, as a
// string ("5432", "true"), so reading back restores the field's type; two spellings of one
// value ("5432", "05432") mean the same; and what an import adopts is what differs from the
// catalog's defaults. The provider (its resources' reads and imports) and the export command
// (the code it writes for an existing tenant) both follow these rules, so that an exported
// configuration plans clean against the state an import makes.
import { plainText } from "./plain-text";
import { decodeMap, mapValueType, type CatalogField, type Connector, type MapValueField } from "./index";

/** A config value in its field's type: what a typed attribute holds. */
export type SettingValue = null | string | number | boolean | SettingValue[] | SettingObject;
export interface SettingObject {
  [name: string]: SettingValue;
}

/** An echoed API value in the attribute's type; null for an absent value; undefined when
 * it cannot be read as that type. */
export function fromApiValue(field: CatalogField, raw: unknown): SettingValue | undefined {
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
function toMap(field: CatalogField, raw: unknown): SettingValue | undefined {
  const obj = decodeMap(field, raw);
  if (!obj) return undefined;
  const valueFields = field.map_value_fields;
  const out: SettingObject = {};
  for (const [key, entry] of Object.entries(obj)) {
    if (!valueFields) {
      if (entry === null || typeof entry === "object") return undefined;
      out[key] = plainText(entry);
      continue;
    }
    if (!entry || typeof entry !== "object") return undefined;
    const inner: SettingObject = {};
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

function convertInner(vf: MapValueField, raw: unknown): SettingValue | undefined {
  if (raw === null || raw === undefined) return null;
  const kind = mapValueType(vf);
  if (kind === "number") return toInteger(raw);
  if (kind === "bool") return toBoolean(raw);
  return typeof raw === "object" ? undefined : plainText(raw);
}

/** The catalog settings of one connector whose values differ from their defaults, as
 * strings: what a person would have written, and what an import adopts. `secrets` picks the
 * secret keys (when the API returned them), else the plain ones. Keys the catalog does not
 * know are left out. */
export function nonDefaultSettings(connector: Pick<Connector, "fields">, apiConfig: Record<string, unknown>, secrets: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of connector.fields) {
    if (field.sensitive !== secrets) continue;
    const value = apiValueToString(apiConfig[field.api_key]);
    if (value === null) continue;
    if (field.default !== undefined && sameMeaning(field, String(field.default), value)) continue;
    out[field.api_key] = value;
  }
  return out;
}
