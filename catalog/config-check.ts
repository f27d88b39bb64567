// The one check of a connector config against the catalog, in the API's own keys: keys the
// connector does not have (with the nearest known key), values of the wrong type or outside
// what is allowed, required keys left out, and the rules between settings. The provider's
// generic resources, the emulator and the constructs all call it and each words the problems
// its own way (attribute paths, 422 bodies, synth errors).
import { checkFieldValue, findField, type CatalogField, type Connector } from "./index";
import { conditionalRuleProblems, UNDECIDED, type ConditionalRule } from "./conditional-rules";

export type ConfigProblem =
  | { kind: "unknown-key"; key: string; message: string; suggestion?: string }
  | { kind: "invalid"; key: string; field: CatalogField; message: string }
  | { kind: "missing"; key: string; field: CatalogField; message: string }
  | { kind: "conditional"; key: string; rule: ConditionalRule; empty: boolean; message: string };

export interface ConfigCheckOptions {
  /** Values not known yet (deploy-time tokens, unknown plan values): never judged. */
  undecided?: (value: unknown) => boolean;
  /** Keys that count as given although `config` lacks them (a secret kept by the backend, a
   * key set in another map); `"all"` when the set of given keys is not known yet. */
  alsoGiven?: ReadonlySet<string> | "all";
}

export function checkConfig(connector: Connector, config: Record<string, unknown>, options: ConfigCheckOptions = {}): ConfigProblem[] {
  const undecided = options.undecided ?? (() => false);
  const problems: ConfigProblem[] = [];
  for (const [key, value] of Object.entries(config)) {
    const field = findField(connector, key);
    if (!field) {
      const suggestion = nearestKey(connector, key);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : `; see the ${connector.terraform_resource} documentation for the keys it takes.`;
      problems.push({ kind: "unknown-key", key, suggestion, message: `is not a ${connector.display_name} ${connector.kind} config key${hint}` });
      continue;
    }
    if (value === null || value === undefined || undecided(value)) continue;
    const problem = checkFieldValue(field, value);
    if (problem) problems.push({ kind: "invalid", key, field, message: problem });
  }
  const given = options.alsoGiven;
  if (given !== "all") {
    for (const field of connector.fields) {
      if (!field.required || (config[field.api_key] ?? null) !== null || given?.has(field.api_key)) continue;
      problems.push({ kind: "missing", key: field.api_key, field, message: `is required for ${connector.display_name} ${connector.kind}s (${field.tf_name})` });
    }
  }
  const valueOf = (key: string) => (undecided(config[key]) ? UNDECIDED : config[key]);
  for (const { key, rule, problem } of conditionalRuleProblems(connector, valueOf)) {
    const empty = problem === "empty";
    problems.push({ kind: "conditional", key, rule, empty, message: `must be ${empty ? "non-empty" : "set"} when ${rule.when} is true: ${rule.reason}` });
  }
  return problems;
}

/** The known key nearest to a typo such as "database.hostname", if one is near enough. */
export function nearestKey(connector: Connector, key: string): string | undefined {
  // The API often suffixes a familiar key (".user.defined"), and a typo is often a key cut
  // short: a key extending this one wins, the shortest such.
  const extended = connector.fields.filter((f) => f.api_key.startsWith(key)).sort((a, b) => a.api_key.length - b.api_key.length)[0];
  if (extended) return extended.api_key;
  let best: { key: string; distance: number } | undefined;
  for (const field of connector.fields) {
    const distance = editDistance(key, field.api_key);
    if (!best || distance < best.distance) best = { key: field.api_key, distance };
  }
  return best && best.distance <= Math.max(3, Math.floor(key.length / 3)) ? best.key : undefined;
}

/** Levenshtein distance: how many one-character edits turn a into b. */
export function editDistance(a: string, b: string): number {
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
