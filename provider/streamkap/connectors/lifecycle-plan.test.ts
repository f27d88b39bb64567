import { isUnknown, UNKNOWN } from "../../framework/values";
import { genericConnectorSchema } from "./generic-resource";
import { SOURCES } from "../sources";
import { planStatusAndTopics } from "./lifecycle-plan";

const settings = ["connector", "config", "secret_config"];
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
  const planned = planStatusAndTopics(genericConnectorSchema(SOURCES), null, { ...prior, desired_state: "Paused", connector_status: UNKNOWN, topics: UNKNOWN }, settings);
  expect(planned.connector_status).toBe("Paused");
  expect(isUnknown(planned.topics)).toBe(true);
});

test("pausing plans the status Paused and keeps the topics", () => {
  const planned = planStatusAndTopics(genericConnectorSchema(SOURCES), prior, { ...prior, desired_state: "Paused" }, settings);
  expect(planned).toEqual({ ...prior, desired_state: "Paused", connector_status: "Paused" });
});

test("a renamed source keeps its topics; a changed setting makes them unknown", () => {
  expect(planStatusAndTopics(genericConnectorSchema(SOURCES), prior, { ...prior, name: "renamed" }, settings).topics).toEqual(prior.topics);
  const changed = planStatusAndTopics(genericConnectorSchema(SOURCES), prior, { ...prior, config: { "table.include.list.user.defined": "public.items" } }, settings);
  expect(isUnknown(changed.topics)).toBe(true);
  expect(changed.connector_status).toBe("Active");
});

test("with nothing to write, a Broken status seen on refresh is kept (no spurious update)", () => {
  const broken = { ...prior, connector_status: "Broken" };
  expect(planStatusAndTopics(genericConnectorSchema(SOURCES), broken, broken, settings)).toEqual(broken);
});

test("a desired state known only at apply leaves the status unknown", () => {
  expect(isUnknown(planStatusAndTopics(genericConnectorSchema(SOURCES), prior, { ...prior, desired_state: UNKNOWN }, settings).connector_status)).toBe(true);
});
