// The catalog's rules between settings (e.g. SSH host and user when ssh_enabled), checked at
// plan time so that a configuration the API would refuse never reaches it.
import { conditionalRuleProblems, UNDECIDED } from "../../../catalog/conditional-rules";
import type { Connector } from "../../../catalog";
import type { AttributePath, Diagnostics } from "../../framework/diagnostics";
import { isUnknown, type Value } from "../../framework/values";

/** How a resource shows a setting: its value by API key (undefined when not set) and its path. */
export interface SettingView {
  value(apiKey: string): Value | undefined;
  path(apiKey: string): AttributePath;
  /** The name the user writes, e.g. ssh_host or config["ssh.host"]. */
  label(apiKey: string): string;
}

export function validateConditionalRules(connector: Connector, view: SettingView, diagnostics: Diagnostics): void {
  const valueOf = (key: string) => {
    const value = view.value(key);
    return value !== undefined && isUnknown(value) ? UNDECIDED : value;
  };
  for (const { key, rule, problem } of conditionalRuleProblems(connector, valueOf)) {
    diagnostics.error(
      `Missing ${view.label(key)}`,
      `${view.label(key)} must be ${problem === "empty" ? "non-empty" : "set"} when ${view.label(rule.when)} is true: ${rule.reason}.`,
      view.path(key),
    );
  }
}
