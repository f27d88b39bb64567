import { sourceCatalog } from "./index";
import { conditionalRuleProblems, UNDECIDED } from "./conditional-rules";

const postgres = sourceCatalog.get("postgresql");
const problems = (config: Record<string, unknown>) => conditionalRuleProblems(postgres, (key) => config[key]).map((p) => `${p.key}:${p.problem}`);

test("the SSH rule applies only when ssh.enabled is true", () => {
  expect(problems({})).toEqual([]);
  expect(problems({ "ssh.enabled": false })).toEqual([]);
  expect(problems({ "ssh.enabled": "true" })).toEqual(["ssh.host:missing"]);
});

test("a required setting with a default may be left out, but not set empty", () => {
  expect(problems({ "ssh.enabled": true, "ssh.host": "bastion" })).toEqual([]);
  expect(problems({ "ssh.enabled": true, "ssh.host": " ", "ssh.user": "" })).toEqual(["ssh.host:empty", "ssh.user:empty"]);
});

test("settings not known yet are not judged", () => {
  // A switch not known yet does not turn the rule on: the missing host is not reported.
  expect(conditionalRuleProblems(postgres, (key) => (key === "ssh.enabled" ? UNDECIDED : undefined))).toEqual([]);
  // Required settings not known yet are not reported either; the known one still is.
  const partly = conditionalRuleProblems(postgres, (key) => (key === "ssh.enabled" ? true : key === "ssh.host" ? UNDECIDED : ""));
  expect(partly.map((p) => `${p.key}:${p.problem}`)).toEqual(["ssh.user:empty"]);
});

test("connectors without the settings have no such rule", () => {
  // On postgresql the same values report the missing host (first test); webhook has no ssh.enabled.
  expect(conditionalRuleProblems(sourceCatalog.get("webhook"), (key) => (key === "ssh.enabled" ? true : undefined))).toEqual([]);
});
