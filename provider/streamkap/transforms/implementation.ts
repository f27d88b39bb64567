// implementation_json, the transform's code or SQL as a JSON document: checked when planning
// (valid JSON, a language the type runs, the entry functions or SQL keys the catalog says the
// runtime needs), compared by meaning (whitespace and key order do not matter), and read back
// so that a change made outside Terraform shows as drift, while what the backend adds by
// itself (null members, rollup's default TTLs) does not.
import { checkImplementation, parseImplementationJson, serverAddedKeys, type TransformType } from "../../../catalog/transform-types";
import { attr, type Diagnostics } from "../../framework/diagnostics";
import type { AttributeValidator } from "../../framework/schema";
import { isUnknown, type ObjectValue, type Value } from "../../framework/values";

export const IMPLEMENTATION = "implementation_json";
const LANGUAGE = "transforms_language";

/**
 * Plan-time checks of a known implementation_json. Invalid JSON and a language the type does
 * not run are errors. A missing function or SQL key is an error when the transform is to be
 * deployed (its job would fail) and a warning otherwise (the code may be finished in
 * Streamkap's app before a deploy).
 */
export function implementationValidator(type: TransformType): AttributeValidator {
  return ({ value, config, diagnostics }) => validateImplementation(type, value, config, diagnostics);
}

function validateImplementation(type: TransformType, text: Value, config: ObjectValue, diagnostics: Diagnostics): void {
  if (typeof text !== "string") return;
  const parsed = parseImplementationJson(text);
  if ("problem" in parsed) {
    diagnostics.error("Invalid implementation_json", `implementation_json ${parsed.problem}. Write it with jsonencode({ ... }).`, attr(IMPLEMENTATION));
    return;
  }
  const deploying = config.deploy === true;
  for (const problem of checkImplementation(type, parsed.value, configuredLanguage(type, config))) {
    const where = problem.path.length ? `implementation_json.${problem.path.join(".")}` : "implementation_json";
    const detail = `${where} ${problem.message}.`;
    if (problem.rule === "language" || deploying) diagnostics.error("Invalid implementation_json", detail, attr(IMPLEMENTATION));
    else diagnostics.warning("Incomplete implementation_json", `${detail} A deploy of this transform would fail.`, attr(IMPLEMENTATION));
  }
}

/** The configured language, or the type's default; undefined while unknown or for a type
 * without a language (topic_router). */
function configuredLanguage(type: TransformType, config: ObjectValue): string | undefined {
  const field = type.fields.find((f) => f.tf_name === LANGUAGE);
  if (!field) return undefined;
  const value = config[LANGUAGE] ?? null;
  if (isUnknown(value)) return undefined;
  return typeof value === "string" ? value : (field.default as string | undefined);
}

/** The implementation the plan holds, parsed; undefined when unset or not known yet. */
export function plannedImplementation(planned: ObjectValue): Record<string, unknown> | undefined {
  const text = planned[IMPLEMENTATION] ?? null;
  if (typeof text !== "string" || isUnknown(text)) return undefined;
  const parsed = parseImplementationJson(text);
  return "value" in parsed ? parsed.value : undefined;
}

/** Whether two implementation_json texts mean the same document. */
export function sameImplementation(a: Value | undefined, b: Value | undefined): boolean {
  if (typeof a !== "string" || typeof b !== "string") return a === b;
  if (a === b) return true;
  const x = parseImplementationJson(a);
  const y = parseImplementationJson(b);
  return "value" in x && "value" in y && deepEqual(withoutNulls(x.value), withoutNulls(y.value));
}

/**
 * implementation_json after a read: null when the API has none; the state's own text while it
 * means what the API holds (allowing the keys the backend adds by itself); else the API's
 * document, so that Terraform shows the drift.
 */
export function implementationFromApi(type: TransformType, fromApi: unknown, stateText: Value | undefined): string | null {
  const api = withoutNulls(fromApi);
  if (api === undefined || api === null || typeof api !== "object" || Array.isArray(api) || Object.keys(api).length === 0) return null;
  if (typeof stateText === "string" && !isUnknown(stateText)) {
    const parsed = parseImplementationJson(stateText);
    if ("value" in parsed && deepEqual(withServerAdditions(type, withoutNulls(parsed.value) as Record<string, unknown>, api as Record<string, unknown>), api))
      return stateText;
  }
  return JSON.stringify(api);
}

/** The state's document with the keys the backend adds by itself, where the API has them
 * with the backend's value and the state leaves them out. */
function withServerAdditions(type: TransformType, mine: Record<string, unknown>, api: Record<string, unknown>): Record<string, unknown> {
  const out = { ...mine };
  for (const [key, value] of Object.entries(serverAddedKeys(type))) if (!(key in out) && deepEqual(api[key], value)) out[key] = value;
  return out;
}

/** A JSON value without null members, and without objects left empty by that. */
function withoutNulls(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => withoutNulls(v) ?? null);
  if (typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const kept = withoutNulls(v);
    if (kept === undefined) continue;
    if (typeof kept === "object" && !Array.isArray(kept) && Object.keys(kept as object).length === 0) continue;
    out[k] = kept;
  }
  return out;
}

/** Equality of JSON values (key order aside; prototypes, which differ between realms, aside). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => deepEqual(v, (b as unknown[])[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return Object.keys(x).length === Object.keys(y).length && Object.keys(x).every((k) => k in y && deepEqual(x[k], y[k]));
}
