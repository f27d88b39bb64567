// Synth-time checks of a source's config against the connector catalog, so that a typo in a
// config key or a value out of range fails `cdktf synth` on the developer's machine instead
// of a pipeline's apply.
import { Token } from "cdktf";
import { checkFieldValue, connectorIds, findConnector, findField, type Connector } from "../catalog";
import { conditionalRuleProblems, UNDECIDED } from "../catalog/conditional-rules";

export type ConfigValue = string | number | boolean;

export interface ConfigProblem {
  key: string;
  message: string;
}

/** Every problem with a config for this connector: unknown keys, missing required keys and
 * values of the wrong type or outside what is allowed. Values that are tokens (resolved only
 * at deploy time) are not checked. */
export function findConfigProblems(connectorId: string, config: Record<string, ConfigValue>): ConfigProblem[] {
  const connector = findConnector(connectorId);
  if (!connector) {
    return [{ key: "connector", message: `unknown connector "${connectorId}"; use one of: ${connectorIds().join(", ")}` }];
  }
  const problems: ConfigProblem[] = [];
  for (const [key, value] of Object.entries(config)) {
    const field = findField(connector, key);
    if (!field) {
      problems.push({ key, message: `is not a ${connector.display_name} config key${suggest(connector, key)}` });
      continue;
    }
    if (Token.isUnresolved(value)) continue;
    const problem = checkFieldValue(field, value);
    if (problem) problems.push({ key, message: problem });
  }
  for (const field of connector.fields) {
    if (field.required && !(field.api_key in config)) {
      problems.push({ key: field.api_key, message: `is required for ${connector.display_name} sources (${field.tf_name})` });
    }
  }
  const valueOf = (key: string) => (Token.isUnresolved(config[key]) ? UNDECIDED : config[key]);
  for (const { key, rule, problem } of conditionalRuleProblems(connector, valueOf)) {
    problems.push({ key, message: `must be ${problem === "empty" ? "non-empty" : "set"} when ${rule.when} is true: ${rule.reason}` });
  }
  return problems;
}

/** A hint naming the nearest known key, for typos such as "database.hostname". */
function suggest(connector: Connector, key: string): string {
  // The API often suffixes a familiar key (".user.defined"): a key extending this one wins.
  const extended = connector.fields.find((f) => f.api_key.startsWith(`${key}.`));
  if (extended) return `; did you mean "${extended.api_key}"?`;
  let best: { key: string; distance: number } | undefined;
  for (const field of connector.fields) {
    const distance = editDistance(key, field.api_key);
    if (!best || distance < best.distance) best = { key: field.api_key, distance };
  }
  const close = best && best.distance <= Math.max(3, Math.floor(key.length / 3));
  return close ? `; did you mean "${best!.key}"?` : `; see the ${connector.id} entry of the connector catalog for the keys it takes`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
