// Rules between settings that the Streamkap API enforces, checked at plan time so that a
// configuration it would refuse never reaches it: with an SSH tunnel on, the bastion host
// and user must be set. (The emulator enforces the same rule on its side.)
import type { Connector } from "../../catalog";
import type { AttributePath, Diagnostics } from "../framework/diagnostics";
import { isUnknown, type Value } from "../framework/values";

interface Rule {
  /** The setting that switches the rule on (a bool that must be true). */
  when: string;
  /** Settings that must then have a non-empty value. */
  require: string[];
}

const RULES: Rule[] = [{ when: "ssh.enabled", require: ["ssh.host", "ssh.user"] }];

/** How a resource shows a setting: its value by API key (undefined when not set) and its path. */
export interface SettingView {
  value(apiKey: string): Value | undefined;
  path(apiKey: string): AttributePath;
  /** The name the user writes, e.g. ssh_host or config["ssh.host"]. */
  label(apiKey: string): string;
}

export function validateConditionalRules(connector: Connector, view: SettingView, diagnostics: Diagnostics): void {
  for (const rule of RULES) {
    if (!connector.fields.some((f) => f.api_key === rule.when)) continue;
    const switch_ = view.value(rule.when);
    if (!(switch_ === true || switch_ === "true")) continue;
    for (const key of rule.require) {
      if (!connector.fields.some((f) => f.api_key === key)) continue;
      const value = view.value(key);
      if (value !== undefined && isUnknown(value)) continue;
      if (value === undefined || value === null || String(value).trim() === "") {
        diagnostics.error(
          `Missing ${view.label(key)}`,
          `${view.label(key)} must be set (not empty) when ${view.label(rule.when)} is true: the SSH tunnel needs it.`,
          view.path(key),
        );
      }
    }
  }
}
