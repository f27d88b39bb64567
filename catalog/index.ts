// The connector catalog: one description of every Streamkap source and destination
// connector's config fields, keyed by kind (seven connector ids, such as postgresql, exist as
// both). The provider derives its typed schemas from it, the emulator validates requests with
// it and the constructs validate at synth with it. Adding a connector is a data change.
import rawDestinations from "./destination-connectors.json";
import rawSources from "./source-connectors.json";

/** The kinds of connector Streamkap has: what reads a database, and what writes to one. */
export type ConnectorKind = "source" | "destination";
export const CONNECTOR_KINDS: readonly ConnectorKind[] = ["source", "destination"];

export type FieldType = "string" | "int" | "bool" | "list" | "map";

/** The states a connector may be asked to be in (the API's `desired_state`). */
export const DESIRED_STATES = ["Active", "Paused", "Stopped"] as const;
export type FieldValue = string | number | boolean;

export interface MapValueField {
  tf_name: string;
  schema_type: string;
  required: boolean;
  optional: boolean;
  min?: number;
  max?: number;
}

export interface CatalogField {
  /** Exact key inside the API's flat `config` object. */
  api_key: string;
  /** Attribute name used by the official Terraform provider. */
  tf_name: string;
  type: FieldType;
  required: boolean;
  sensitive: boolean;
  default?: FieldValue;
  enum?: string[];
  min?: number;
  max?: number;
  /** The backend refuses to change it after creation. */
  set_once?: boolean;
  /** The default is a placeholder the backend replaces with a generated value. */
  placeholder_default?: boolean;
  /** For a map: the fields of each value object; without them the map is of strings. */
  map_value_fields?: MapValueField[];
  /** How the value travels when it is not plain JSON (see the catalog's _about). */
  encoding?: "json-string-of-json-strings";
}

export interface DeprecatedAlias {
  tf_name: string;
  api_key: string;
  replacement?: string;
}

export interface Connector {
  kind: ConnectorKind;
  /** API connector id, the top-level `connector` value on POST /sources or /destinations. */
  id: string;
  display_name: string;
  /** Terraform resource type name, e.g. streamkap_source_postgresql. */
  terraform_resource: string;
  fields: CatalogField[];
  deprecated_aliases: DeprecatedAlias[];
}

type RawConnector = Omit<Connector, "kind" | "id" | "deprecated_aliases"> & { deprecated_aliases?: DeprecatedAlias[] };

/** The connectors of one kind. */
export class ConnectorCatalog {
  private readonly connectors: Connector[];
  private readonly byId: Map<string, Connector>;

  constructor(
    readonly kind: ConnectorKind,
    raw: Record<string, unknown>,
  ) {
    this.connectors = Object.entries(raw)
      .filter(([id]) => !id.startsWith("_"))
      .map(([id, entry]) => {
        const c = entry as RawConnector;
        return { ...c, kind, id, deprecated_aliases: c.deprecated_aliases ?? [] };
      });
    this.byId = new Map(this.connectors.map((c) => [c.id, c]));
  }

  /** Every connector of this kind, in catalog order. */
  all(): readonly Connector[] {
    return this.connectors;
  }

  /** The connector with this API id, or undefined. */
  find(id: string): Connector | undefined {
    return this.byId.get(id);
  }

  /** The connector with this API id; throws with the list of known ids otherwise. */
  get(id: string): Connector {
    const c = this.byId.get(id);
    if (!c) throw new Error(`unknown ${this.kind} connector "${id}"; known connectors: ${this.ids().join(", ")}`);
    return c;
  }

  ids(): string[] {
    return this.connectors.map((c) => c.id);
  }
}

export const sourceCatalog = new ConnectorCatalog("source", rawSources);
export const destinationCatalog = new ConnectorCatalog("destination", rawDestinations);

export function catalogFor(kind: ConnectorKind): ConnectorCatalog {
  return kind === "source" ? sourceCatalog : destinationCatalog;
}

/** Every connector of every kind. */
export function everyConnector(): Connector[] {
  return CONNECTOR_KINDS.flatMap((kind) => catalogFor(kind).all());
}

/** The field with this API config key, or undefined. */
export function findField(connector: Connector, apiKey: string): CatalogField | undefined {
  return connector.fields.find((f) => f.api_key === apiKey);
}

/** Whether a value given for a field matches its type, allowed values and range. Returns a
 * sentence describing the problem, or undefined when the value is acceptable. Strings that
 * spell a number or boolean are accepted, since the API stores every value as a string. */
export function checkFieldValue(field: CatalogField, value: unknown): string | undefined {
  // A secret is never quoted back, not even in an error.
  const describe = field.sensitive ? () => "a value that does not fit" : describeValue;
  switch (field.type) {
    case "int": {
      const n = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
      if (typeof n !== "number" || !Number.isInteger(n)) return `must be a whole number, got ${describe(value)}`;
      if (field.min !== undefined && n < field.min) return `must be at least ${field.min}, got ${describe(n)}`;
      if (field.max !== undefined && n > field.max) return `must be at most ${field.max}, got ${describe(n)}`;
      return undefined;
    }
    case "bool":
      if (typeof value === "boolean" || value === "true" || value === "false") return undefined;
      return `must be true or false, got ${describe(value)}`;
    case "string":
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        return `must be a string, got ${describe(value)}`;
      }
      if (field.enum && !field.enum.includes(String(value))) {
        return `must be one of ${field.enum.map((e) => JSON.stringify(e)).join(", ")}, got ${describe(value)}`;
      }
      return undefined;
    case "map": {
      const map = decodeMap(field, value);
      if (map === undefined) return `must be an object, got ${describe(value)}`;
      for (const [key, entry] of Object.entries(map)) {
        const problem = field.map_value_fields ? mapEntryProblem(field.map_value_fields, entry) : stringEntryProblem(entry);
        if (problem) return `entry ${JSON.stringify(key)} ${problem.field ? `${problem.field} ` : ""}${problem.message}`;
      }
      return undefined;
    }
    case "list":
      if (!Array.isArray(value)) return `must be a list, got ${describe(value)}`;
      return undefined;
  }
}

/** What is wrong with one entry of a map field: the inner field (if one) and a sentence. */
export interface MapEntryProblem {
  field?: string;
  message: string;
}

/** A map entry is an object whose fields follow `map_value_fields`; other keys are kept.
 * Values `undecided` says are not known yet are not judged. */
export function mapEntryProblem(valueFields: MapValueField[], entry: unknown, undecided: (v: unknown) => boolean = () => false): MapEntryProblem | undefined {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return { message: "must be an object" };
  for (const vf of valueFields) {
    const v = (entry as Record<string, unknown>)[vf.tf_name];
    if (undecided(v)) continue;
    if (v === undefined || v === null) {
      if (vf.required) return { field: vf.tf_name, message: "is required" };
      continue;
    }
    if (mapValueType(vf) !== "number") continue;
    if (typeof v !== "number" || !Number.isInteger(v)) return { field: vf.tf_name, message: "must be a whole number" };
    if (vf.min !== undefined && v < vf.min) return { field: vf.tf_name, message: `must be at least ${vf.min}, got ${v}` };
    if (vf.max !== undefined && v > vf.max) return { field: vf.tf_name, message: `must be at most ${vf.max}, got ${v}` };
  }
  return undefined;
}

/** The Terraform type of one field inside a map entry. */
export function mapValueType(vf: MapValueField): "number" | "bool" | "string" {
  if (/^(Int|Float|Number)/.test(vf.schema_type)) return "number";
  if (/^Bool/.test(vf.schema_type)) return "bool";
  return "string";
}

/** A map field's value as an object of entries, whichever way it travels: an object, its
 * JSON text (as Kafka Connect stores it), or — for fields so encoded — JSON text whose entries
 * are JSON texts themselves. Undefined when it is none of these. */
export function decodeMap(field: CatalogField, value: unknown): Record<string, unknown> | undefined {
  const map = typeof value === "string" ? (value.trim() === "" ? {} : parseJson(value)) : value;
  if (map === null || typeof map !== "object" || Array.isArray(map)) return undefined;
  if (field.encoding !== "json-string-of-json-strings") return map as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(map)) out[key] = typeof entry === "string" ? parseJson(entry) : entry;
  return out;
}

/** The value to send for a map field: plain JSON, or as its encoding says. */
export function encodeMap(field: CatalogField, map: Record<string, unknown>): unknown {
  if (field.encoding !== "json-string-of-json-strings") return map;
  return JSON.stringify(Object.fromEntries(Object.entries(map).map(([key, entry]) => [key, JSON.stringify(entry)])));
}

/** An entry of a map of strings (a map field without value fields). */
function stringEntryProblem(entry: unknown): MapEntryProblem | undefined {
  return typeof entry === "string" ? undefined : { message: "must be a string" };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return JSON.stringify(value);
}
