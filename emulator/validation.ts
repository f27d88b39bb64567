// Request-body validation for source writes, against the connector catalog. Errors take
// the API's request-validation shape: a list of {loc, msg, type} naming the bad key.
import { sourceCatalog, checkFieldValue, DESIRED_STATES, findField, type Connector } from "../catalog";
import { conditionalRuleProblems } from "../catalog/conditional-rules";
import type { StoredSource } from "./model";

export interface ValidationError {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export interface SourceInput {
  name: string;
  connector: Connector;
  /** Keys the request set (null values dropped), values as sent. */
  config: Record<string, unknown>;
  desired_state?: string;
  created_from?: string;
  kc_cluster_id?: string;
}

export type Validated = { ok: true; input: SourceInput } | { ok: false; errors: ValidationError[] };

const CREATED_FROM = ["terraform", "web", "api"];

/** Validates a create body, or an update body when `existing` is given. */
export function validateSourceBody(body: unknown, existing?: StoredSource): Validated {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, errors: [{ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" }] };
  }
  const b = body as Record<string, unknown>;
  const errors: ValidationError[] = [];

  const name = requireString(b, "name", errors);
  const connectorId = requireString(b, "connector", errors);
  const connector = connectorId === undefined ? undefined : sourceCatalog.find(connectorId);
  if (connectorId !== undefined && !connector) {
    errors.push({ loc: ["body", "connector"], msg: `Unknown connector '${connectorId}'`, type: "value_error" });
  }
  if (existing && connectorId !== undefined && connectorId !== existing.connector) {
    errors.push({ loc: ["body", "connector"], msg: "The connector of a source cannot be changed", type: "value_error" });
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

  if (connector) errors.push(...checkConfig(connector, config, existing));
  if (errors.length > 0 || !connector || name === undefined) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name,
      connector,
      config,
      desired_state: b.desired_state as string | undefined,
      created_from: b.created_from as string | undefined,
      kc_cluster_id: (b.kc_cluster_id as string | null | undefined) || undefined,
    },
  };
}

function checkConfig(connector: Connector, config: Record<string, unknown>, existing?: StoredSource): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const [key, value] of Object.entries(config)) {
    const field = findField(connector, key);
    // Keys the catalog does not know are accepted: the real API stores extra keys too.
    if (!field) continue;
    const problem = checkFieldValue(field, value);
    if (problem) errors.push({ loc: ["body", "config", key], msg: `${key} ${problem}`, type: "value_error" });
    else if (existing && field.set_once && existing.config[key] !== undefined && existing.config[key] !== toConfigString(value)) {
      errors.push({ loc: ["body", "config", key], msg: `${key} cannot be changed after the source is created`, type: "value_error" });
    }
  }
  errors.push(...checkConditionalRules(connector, config));
  for (const field of connector.fields) {
    if (!field.required || config[field.api_key] !== undefined) continue;
    // An update may leave a secret out: the stored value is kept.
    if (existing && field.sensitive && existing.config[field.api_key] !== undefined) continue;
    errors.push({ loc: ["body", "config", field.api_key], msg: `${field.api_key} is required`, type: "missing" });
  }
  return errors;
}

/** The catalog's rules between settings (e.g. SSH host and user when ssh.enabled). A write
 * carries the whole config: what it leaves out falls back to its default. */
function checkConditionalRules(connector: Connector, config: Record<string, unknown>): ValidationError[] {
  return conditionalRuleProblems(connector, (key) => config[key]).map(({ key, rule, problem }) => ({
    loc: ["body", "config", key],
    msg: problem === "empty" ? `${key} must not be empty when ${rule.when} is true` : `${key} is required when ${rule.when} is true`,
    type: problem === "empty" ? "value_error" : "missing",
  }));
}

/** How Kafka Connect keeps a config value: always a string. */
export function toConfigString(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function requireString(b: Record<string, unknown>, key: string, errors: ValidationError[]): string | undefined {
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

function checkEnum(b: Record<string, unknown>, key: string, allowed: readonly string[], errors: ValidationError[]): void {
  const value = b[key];
  if (value === undefined || value === null) return;
  if (typeof value !== "string" || !allowed.includes(value)) {
    errors.push({ loc: ["body", key], msg: `Input should be ${allowed.map((a) => `'${a}'`).join(", ")}`, type: "enum" });
  }
}
