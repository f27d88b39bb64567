// The plan rules of connector_status and topics, as the framework applies them (the
// attributes' plan modifiers) to a generic source's plan.
import { applyPlanModifiers } from "../../framework/plan";
import { isUnknown, UNKNOWN, type ObjectValue } from "../../framework/values";
import { genericConnectorSchema } from "./generic-resource";
import { SOURCES } from "../sources";

const planStatusAndTopics = (prior: ObjectValue | null, planned: ObjectValue) => applyPlanModifiers(genericConnectorSchema(SOURCES), prior, planned, {});
const prior = {
  id: "a".repeat(24),
  name: "orders",
  connector: "postgresql",
  config: { "table.include.list.user.defined": "public.orders" },
  secret_config: null,
  desired_state: "Active",
  connector_status: "Active",
  topics: ["source_x.public.orders"],
  timeouts: null,
};

test("a create plans the desired state as the status and leaves topics unknown", () => {
  const planned = planStatusAndTopics(null, { ...prior, desired_state: "Paused", connector_status: UNKNOWN, topics: UNKNOWN });
  expect(planned.connector_status).toBe("Paused");
  expect(isUnknown(planned.topics)).toBe(true);
});

test("pausing plans the status Paused and keeps the topics", () => {
  const planned = planStatusAndTopics(prior, { ...prior, desired_state: "Paused" });
  expect(planned).toEqual({ ...prior, desired_state: "Paused", connector_status: "Paused" });
});

test("a renamed source keeps its topics; a changed setting makes them unknown", () => {
  expect(planStatusAndTopics(prior, { ...prior, name: "renamed" }).topics).toEqual(prior.topics);
  const changed = planStatusAndTopics(prior, { ...prior, config: { "table.include.list.user.defined": "public.items" } });
  expect(isUnknown(changed.topics)).toBe(true);
  expect(changed.connector_status).toBe("Active");
});

test("with nothing to write, a Broken status seen on refresh is kept (no spurious update)", () => {
  const broken = { ...prior, connector_status: "Broken" };
  expect(planStatusAndTopics(broken, broken)).toEqual(broken);
});

test("a desired state known only at apply leaves the status unknown", () => {
  expect(isUnknown(planStatusAndTopics(prior, { ...prior, desired_state: UNKNOWN }).connector_status)).toBe(true);
});
