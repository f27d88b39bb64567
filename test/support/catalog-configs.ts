// Terraform configurations generated from the connector catalog, for table-driven tests of
// sources and destinations: per connector, one with only the required fields and one with
// every field set to a valid value that differs from its default (so that each value really
// travels to the API and back), and the same values as an API request's config.
import { encodeMap, mapValueType, type CatalogField, type Connector, type MapValueField } from "../../catalog";

export type AttributeValues = Record<string, unknown>;

/** Only the required fields, each with a valid value. */
export function requiredOnlyValues(connector: Connector): AttributeValues {
  return Object.fromEntries(connector.fields.filter((f) => f.required).map((f) => [f.tf_name, valueFor(connector, f)]));
}

/** Every field, each with a valid value other than its default. */
export function everyFieldValues(connector: Connector): AttributeValues {
  return Object.fromEntries(connector.fields.map((f) => [f.tf_name, valueFor(connector, f)]));
}

/** A valid value for the field that is not its default. */
export function valueFor(connector: Connector, field: CatalogField): unknown {
  switch (field.type) {
    case "bool":
      return field.default === undefined ? true : !field.default;
    case "int":
      return intValue(field);
    case "string":
      if (field.enum) return field.enum.find((v) => v !== field.default) ?? field.enum[0];
      // Secrets get a recognisable text so a test can search terraform's output for it.
      return field.sensitive ? `secret-${connector.id}-${field.tf_name}-4f1d` : `${field.tf_name}-value`;
    case "map":
      // Without value fields the map is of strings (e.g. Snowflake's dedupe table mapping).
      return { "dbo.orders": field.map_value_fields ? mapEntryValue(field.map_value_fields) : `${field.tf_name}-value` };
    case "list":
      return [`${field.tf_name}-a`, `${field.tf_name}-b`];
  }
}

/** One map entry with a valid value for each of its fields. */
function mapEntryValue(valueFields: MapValueField[]): Record<string, unknown> {
  const valueOf = (vf: MapValueField) => {
    switch (mapValueType(vf)) {
      case "number":
        return Math.min(Math.max(vf.min ?? 0, 3), vf.max ?? Number.MAX_SAFE_INTEGER);
      case "bool":
        return true;
      case "string":
        return `${vf.tf_name}-value`;
    }
  };
  return Object.fromEntries(valueFields.map((vf) => [vf.tf_name, valueOf(vf)]));
}

function intValue(field: CatalogField): number {
  const min = field.min ?? Number.MIN_SAFE_INTEGER;
  const max = field.max ?? Number.MAX_SAFE_INTEGER;
  const base = typeof field.default === "number" ? field.default : (field.min ?? 7);
  const candidates = [base + 1, base - 1, field.min, field.max, 7].filter((n): n is number => n !== undefined);
  const fit = candidates.find((n) => n >= min && n <= max && n !== field.default);
  if (fit === undefined) throw new Error(`no non-default value fits ${field.tf_name} (${min}..${max})`);
  return fit;
}

/** Secret values among the attribute values, to check that none reaches any output. */
export function secretValues(connector: Connector, values: AttributeValues): string[] {
  return connector.fields.filter((f) => f.sensitive && typeof values[f.tf_name] === "string").map((f) => values[f.tf_name] as string);
}

/** The same values keyed by the API's config keys, as a request body's `config`: a map
 * travels as its catalog encoding says (ClickHouse's as a JSON string of JSON strings). */
export function apiConfig(connector: Connector, values: AttributeValues): Record<string, unknown> {
  return Object.fromEntries(connector.fields.filter((f) => f.tf_name in values).map((f) => [f.api_key, apiValue(f, values[f.tf_name])]));
}

function apiValue(field: CatalogField, value: unknown): unknown {
  return field.type === "map" && value !== null && typeof value === "object" ? encodeMap(field, value as Record<string, unknown>) : value;
}
