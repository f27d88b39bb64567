// Conversions between Terraform values and the API's flat config values, for every resource
// whose attributes are catalog fields (typed connectors, transforms). The API stores every
// value as Kafka Connect does, as a string ("5432", "true"), so reading back must restore the
// schema's type (catalog/config-values.ts); writing sends the value in its own JSON type.
import { encodeMap, type CatalogField, type Connector } from "../../../catalog";
import { fromApiValue } from "../../../catalog/config-values";
import { attr, type Diagnostics } from "../../framework/diagnostics";
import { isUnknown, isWhollyKnown, type ObjectValue, type Value } from "../../framework/values";

/** The value to send for a known, non-null attribute value: attribute types already are
 * the JSON types the API accepts, so only map entries lose their null inner fields, and a
 * map travels as its catalog encoding says. */
export function toApiValue(field: CatalogField, value: Value): unknown {
  if (field.type !== "map" || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    out[key] = entry && typeof entry === "object" ? Object.fromEntries(Object.entries(entry as Record<string, unknown>).filter(([, v]) => v !== null)) : entry;
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

/** The API config for planned attribute values: only keys with a known, non-null value, so
 * that the backend's own defaults are never overridden by a null. */
export function configFromAttributes(connector: Pick<Connector, "fields">, values: ObjectValue): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const field of connector.fields) {
    const value = values[field.tf_name];
    if (value === null || value === undefined || !isWhollyKnown(value)) continue;
    config[field.api_key] = toApiValue(field, value);
  }
  return config;
}

/** Attribute values from the API's config: echoed strings in their attribute's type, keys
 * outside the schema ignored. Secrets come from the API when it was asked for them
 * (`secretsReturned`) and returned one; otherwise they are kept from `prior`. */
export function attributesFromConfig(
  connector: Pick<Connector, "fields">,
  config: Record<string, unknown>,
  prior: ObjectValue | null,
  diagnostics: Diagnostics,
  secretsReturned = false,
): ObjectValue {
  const out: ObjectValue = {};
  for (const field of connector.fields) {
    const priorValue = prior?.[field.tf_name] ?? null;
    out[field.tf_name] = attributeFromConfig(field, config, priorValue, diagnostics, secretsReturned);
  }
  return out;
}

function attributeFromConfig(field: CatalogField, config: Record<string, unknown>, prior: Value, diagnostics: Diagnostics, secretsReturned: boolean): Value {
  const knownPrior = isUnknown(prior) ? null : prior;
  const returned = config[field.api_key];
  if (field.sensitive && (!secretsReturned || returned === undefined || returned === null)) return knownPrior;
  if (!(field.api_key in config) || config[field.api_key] === null) {
    // An absent key means the backend applies its default, or keeps its generated value.
    if (field.placeholder_default) return knownPrior;
    return field.default ?? null;
  }
  const value = fromApiValue(field, config[field.api_key]);
  if (value === undefined) {
    diagnostics.warning(
      `Unexpected value for ${field.tf_name}`,
      `Streamkap returned a value for "${field.api_key}" that is not a valid ${field.type}; the previous value is kept.`,
      attr(field.tf_name),
    );
    return knownPrior;
  }
  return value;
}
