// Request-body validation for connector writes (sources and destinations alike). The config's
// values, required keys and rules between settings are judged by the catalog's one check
// (checkConfig); what stays here is the emulator's own: the body's shape, the enums of
// desired_state and created_from, and set-once keys against the stored value. Errors take the
// API's request-validation shape: a list of {loc, msg, type} naming the bad key.
import { DESIRED_STATES, type ConnectorCatalog, type Connector } from "../../catalog";
import { checkConfig, type ConfigProblem } from "../../catalog/config-check";
import type { StoredConnector } from "../store/model";

export interface ValidationError {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export interface ConnectorInput {
  name: string;
  connector: Connector;
  /** Keys the request set (null values dropped), values as sent. */
  config: Record<string, unknown>;
  desired_state?: string;
  created_from?: string;
  kc_cluster_id?: string;
}

export type Validated = { ok: true; input: ConnectorInput } | { ok: false; errors: ValidationError[] };

export const CREATED_FROM = ["terraform", "web", "api"];

/** Validates a create body, or an update body when `existing` is given. */
export function validateConnectorBody(catalog: ConnectorCatalog, body: unknown, existing?: StoredConnector): Validated {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, errors: [{ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" }] };
  }
  const b = body as Record<string, unknown>;
  const errors: ValidationError[] = [];

  const name = requireString(b, "name", errors);
  const connectorId = requireString(b, "connector", errors);
  const connector = connectorId === undefined ? undefined : catalog.find(connectorId);
  if (connectorId !== undefined && !connector) {
    errors.push({ loc: ["body", "connector"], msg: `Unknown connector '${connectorId}'`, type: "value_error" });
  }
  if (existing && connectorId !== undefined && connectorId !== existing.connector) {
    errors.push({ loc: ["body", "connector"], msg: `The connector of a ${catalog.kind} cannot be changed`, type: "value_error" });
  }

  const rawConfig = b.config;
  if (rawConfig === undefined) errors.push({ loc: ["body", "config"], msg: "Field required", type: "missing" });
  else if (rawConfig === null || typeof rawConfig !== "object" || Array.isArray(rawConfig)) {
    errors.push({ loc: ["body", "config"], msg: "Input should be a valid dictionary", type: "dict_type" });
  }
  const config: Record<string, unknown> = {};
  if (rawConfig && typeof rawConfig === "object" && !Array.isArray(rawConfig)) {
    for (const [key, value] of Object.entries(rawConfig)) if (value !== null && value !== undefined) config[key] = value;
  }

  checkEnum(b, "desired_state", DESIRED_STATES, errors);
  if (!existing) checkEnum(b, "created_from", CREATED_FROM, errors);
  if (b.kc_cluster_id !== undefined && b.kc_cluster_id !== null && typeof b.kc_cluster_id !== "string") {
    errors.push({ loc: ["body", "kc_cluster_id"], msg: "Input should be a valid string", type: "string_type" });
  }

  if (connector) errors.push(...configErrors(connector, config, existing));
  if (errors.length > 0 || !connector || name === undefined) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name,
      connector,
      config,
      desired_state: b.desired_state as string | undefined,
      created_from: b.created_from as string | undefined,
      // "" means no cluster, as the official provider sends it.
      kc_cluster_id: (b.kc_cluster_id as string | null | undefined) || undefined,
    },
  };
}

function configErrors(connector: Connector, config: Record<string, unknown>, existing?: StoredConnector): ValidationError[] {
  // An update may leave a secret out: the stored value is kept.
  const keptSecrets = new Set(connector.fields.filter((f) => f.sensitive && existing?.config[f.api_key] !== undefined).map((f) => f.api_key));
  const errors = checkConfig(connector, config, { alsoGiven: keptSecrets }).flatMap(problemError);
  if (existing) errors.push(...setOnceErrors(connector, config, existing));
  return errors;
}

/** A catalog problem as a 422 entry. Keys the catalog does not know are accepted: the real
 * API stores extra keys too. */
function problemError(problem: ConfigProblem): ValidationError[] {
  if (problem.kind === "unknown-key") return [];
  const type = problem.kind === "missing" || (problem.kind === "conditional" && !problem.empty) ? "missing" : "value_error";
  return [{ loc: ["body", "config", problem.key], msg: `${problem.key} ${problem.message}`, type }];
}

/** Keys the backend refuses to change once the connector exists. */
function setOnceErrors(connector: Connector, config: Record<string, unknown>, existing: StoredConnector): ValidationError[] {
  return connector.fields
    .filter((f) => f.set_once && config[f.api_key] !== undefined && existing.config[f.api_key] !== undefined)
    .filter((f) => existing.config[f.api_key] !== toConfigString(config[f.api_key]))
    .map((f) => ({ loc: ["body", "config", f.api_key], msg: `${f.api_key} cannot be changed after the ${connector.kind} is created`, type: "value_error" }));
}

/** How Kafka Connect keeps a config value: always a string (maps and lists as JSON text). */
export function toConfigString(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export function requireString(b: Record<string, unknown>, key: string, errors: ValidationError[]): string | undefined {
  const value = b[key];
  if (value === undefined || value === null) {
    errors.push({ loc: ["body", key], msg: "Field required", type: "missing" });
    return undefined;
  }
  if (typeof value !== "string" || value.trim() === "") {
    errors.push({ loc: ["body", key], msg: "Input should be a non-empty string", type: "string_type" });
    return undefined;
  }
  return value;
}

export function checkEnum(b: Record<string, unknown>, key: string, allowed: readonly string[], errors: ValidationError[]): void {
  const value = b[key];
  if (value === undefined || value === null) return;
  if (typeof value !== "string" || !allowed.includes(value)) {
    errors.push({ loc: ["body", key], msg: enumMessage(allowed), type: "enum" });
  }
}

/** The message of a value outside an enum. */
export function enumMessage(allowed: readonly string[]): string {
  return `Input should be ${allowed.map((a) => `'${a}'`).join(", ")}`;
}
