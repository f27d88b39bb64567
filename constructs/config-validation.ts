// Synth-time checks of a connector's config against the catalog, so that a typo in a config
// key or a value out of range fails `cdktf synth` on the developer's machine instead of a
// pipeline's apply. The rule itself is the catalog's (catalog/config-check.ts).
import { Token } from "cdktf";
import { catalogFor, type ConnectorKind } from "../catalog";
import { checkConfig } from "../catalog/config-check";

export type ConfigValue = string | number | boolean;

export interface ConfigProblem {
  key: string;
  message: string;
}

/** Every problem with a config for this connector: unknown keys, missing required keys and
 * values of the wrong type or outside what is allowed. Values that are tokens (resolved only
 * at deploy time) are not checked. */
export function findConfigProblems(connectorId: string, config: Record<string, ConfigValue>, kind: ConnectorKind = "source"): ConfigProblem[] {
  const catalog = catalogFor(kind);
  const connector = catalog.find(connectorId);
  if (!connector) {
    return [{ key: "connector", message: `unknown ${kind} connector "${connectorId}"; use one of: ${catalog.ids().join(", ")}` }];
  }
  return checkConfig(connector, config, { undecided: (v) => Token.isUnresolved(v) }).map(({ key, message }) => ({ key, message }));
}
