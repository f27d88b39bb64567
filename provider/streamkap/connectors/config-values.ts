// Conversions between Terraform values and the API's flat config values. The API stores
// every value as Kafka Connect does, as a string ("5432", "true"), so reading back must
// restore the schema's type (catalog/config-values.ts); writing sends the value in its own JSON type.
import { encodeMap, type CatalogField } from "../../../catalog";
import { fromApiValue } from "../../../catalog/config-values";
import type { Value } from "../../framework/values";

/** The value to send for a known, non-null attribute value: attribute types already are
 * the JSON types the API accepts, so only map entries lose their null inner fields, and a
 * map travels as its catalog encoding says. */
export function toApiValue(field: CatalogField, value: Value): unknown {
  if (field.type !== "map" || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    out[key] =
      entry && typeof entry === "object" ? Object.fromEntries(Object.entries(entry as Record<string, unknown>).filter(([, v]) => v !== null)) : entry;
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

export { apiValueToString, fromApiValue, sameMeaning } from "../../../catalog/config-values";
