import { Diagnostics, formatPath } from "../../framework/diagnostics";
import { UNKNOWN, type ObjectValue } from "../../framework/values";
import { DEFAULT_TIMEOUT_MS, operationTimeoutMs, parseDuration } from "../common/timeouts";
import { SOURCES } from "../sources";
import { validatedBy } from "../testdata/framework-steps";
import { genericConnectorResource } from "./generic-resource";
import { desiredStateFromApi } from "./lifecycle-attributes";

/** The checks of the attributes every connector resource has, as the framework runs them. */
const validateLifecycle = (config: ObjectValue, diagnostics: Diagnostics) => validatedBy(genericConnectorResource(SOURCES), config, diagnostics);

describe("parseDuration", () => {
  test.each([
    ["30s", 30_000],
    ["20m", 1_200_000],
    ["1h30m", 5_400_000],
    ["1.5h", 5_400_000],
    ["250ms", 250],
  ])("%s is %d ms", (text, ms) => expect(parseDuration(text)).toBe(ms));

  test.each(["", "20", "20 m", "m20", "20x", "1h-5m", "twenty minutes"])("%j is not a duration", (text) => expect(parseDuration(text)).toBeUndefined());
});

test("operationTimeoutMs reads the timeouts block and falls back to 20 minutes", () => {
  expect(operationTimeoutMs({ timeouts: { create: "5m", update: null, delete: null } }, "create")).toBe(300_000);
  expect(operationTimeoutMs({ timeouts: { create: "5m", update: null, delete: null } }, "update")).toBe(DEFAULT_TIMEOUT_MS);
  expect(operationTimeoutMs({ timeouts: null }, "delete")).toBe(DEFAULT_TIMEOUT_MS);
});

test("desired_state and timeouts name the attribute and what is allowed", () => {
  const diagnostics = new Diagnostics();
  validateLifecycle({ desired_state: "Running", timeouts: { create: "soon", update: "10m", delete: null } }, diagnostics);
  const byPath = Object.fromEntries(diagnostics.items.map((d) => [formatPath(d.path), d.detail]));
  expect(Object.keys(byPath).sort()).toEqual(["desired_state", "timeouts.create"]);
  expect(byPath.desired_state).toContain('"Active", "Paused", "Stopped"');
  expect(byPath["timeouts.create"]).toContain('"soon"');
});

test("desiredStateFromApi keeps the prior value while the API reports a transition", () => {
  const source = { id: "x", name: "n", connector: "postgresql" };
  expect(desiredStateFromApi({ ...source, desired_state: "Paused" }, "Active")).toBe("Paused");
  expect(desiredStateFromApi({ ...source, desired_state: "Pending Update" }, "Stopped")).toBe("Stopped");
  expect(desiredStateFromApi(source, null)).toBe("Active");
});

test("tags must be tag ids: a tag's name is an error on tags, an id or an unknown value passes", () => {
  const d = new Diagnostics();
  validateLifecycle({ tags: ["team-orders", "670e5ca40afe1d3983ce0c22", UNKNOWN] }, d);
  expect(d.items.map((i) => [i.summary, i.path])).toEqual([["Invalid tag id", [{ attribute: "tags" }]]]);
  expect(d.items[0].detail).toContain('"team-orders" is not a tag id');
});
