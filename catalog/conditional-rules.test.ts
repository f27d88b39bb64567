import { getConnector } from "./index";
import { conditionalRuleProblems, UNDECIDED } from "./conditional-rules";

const postgres = getConnector("postgresql");
const problems = (config: Record<string, unknown>) =>
  conditionalRuleProblems(postgres, (key) => config[key]).map((p) => `${p.key}:${p.problem}`);

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
  const undecided = conditionalRuleProblems(postgres, (key) => (key === "ssh.enabled" ? true : UNDECIDED));
  expect(undecided).toEqual([]);
});

test("connectors without the settings have no such rule", () => {
  expect(conditionalRuleProblems(getConnector("webhook"), () => true)).toEqual([]);
});
