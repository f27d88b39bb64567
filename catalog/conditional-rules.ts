// Rules between settings that the Streamkap API enforces beyond each field's own type and
// range. The provider checks them at plan time and the emulator enforces them, from this one
// list: with an SSH tunnel on, the bastion host and user are needed.
import { plainText } from "./plain-text";
import { findField, type Connector } from "./index";

export interface ConditionalRule {
  /** A bool setting that switches the rule on. */
  when: string;
  /** Settings that must then have a value; one with a catalog default may be left out. */
  require: string[];
  reason: string;
}

export const CONDITIONAL_RULES: readonly ConditionalRule[] = [{ when: "ssh.enabled", require: ["ssh.host", "ssh.user"], reason: "the SSH tunnel needs it" }];

export interface RuleProblem {
  key: string;
  rule: ConditionalRule;
  problem: "missing" | "empty";
}

/** A setting's value, undefined when it is not set, or UNDECIDED when it is not known yet. */
export const UNDECIDED = Symbol("undecided");
/** Any value, or UNDECIDED. */
export type SettingValue = unknown;

export function conditionalRuleProblems(connector: Connector, valueOf: (apiKey: string) => SettingValue): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const rule of CONDITIONAL_RULES) {
    if (!findField(connector, rule.when)) continue;
    const on = valueOf(rule.when);
    if (!(on === true || on === "true")) continue;
    for (const key of rule.require) {
      const required = findField(connector, key);
      if (!required) continue;
      const value = valueOf(key);
      if (value === UNDECIDED) continue;
      if (value === undefined || value === null) {
        // The backend applies the default of a setting left out.
        if (required.default === undefined) problems.push({ key, rule, problem: "missing" });
      } else if (plainText(value).trim() === "") {
        problems.push({ key, rule, problem: "empty" });
      }
    }
  }
  return problems;
}
