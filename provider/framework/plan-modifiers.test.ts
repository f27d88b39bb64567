import { applyPlanModifiers, writesAny } from "./plan";
import { statusAfterWrite, unknownWhenChanged } from "./plan-modifiers";
import type { Schema } from "./schema";
import { isUnknown, UNKNOWN } from "./values";

const schema: Schema = {
  version: 0,
  description: "a thing with a status",
  attributes: {
    id: { type: "string", description: "id", computed: true, useStateForUnknown: true },
    name: { type: "string", description: "name", required: true },
    settings: { type: { map: "string" }, description: "settings", optional: true },
    target: { type: "string", description: "state to reach", optional: true },
    status: {
      type: "string",
      description: "status",
      computed: true,
      planModifiers: [statusAfterWrite((p) => (typeof p.target === "string" ? p.target : UNKNOWN))],
    },
    derived: { type: { list: "string" }, description: "from settings", computed: true, planModifiers: [unknownWhenChanged(["settings"])] },
  },
  blocks: { timeouts: { nesting: "single", description: "t", attributes: { create: { type: "string", description: "c", optional: true } } } },
};

const prior = { id: "x", name: "a", settings: { k: "v" }, target: "Active", status: "Broken", derived: ["t1"], timeouts: null };

test("a create writes: the status is what the write aims at, derived values unknown", () => {
  const planned = applyPlanModifiers(schema, null, { ...prior, id: UNKNOWN, status: UNKNOWN, derived: UNKNOWN }, {});
  expect(planned.status).toBe("Active");
  expect(isUnknown(planned.derived)).toBe(true);
});

test("nothing to write keeps the status seen last, even Broken; a block alone writes nothing", () => {
  expect(applyPlanModifiers(schema, prior, { ...prior }, {})).toEqual(prior);
  expect(writesAny(schema.attributes, prior, { ...prior, timeouts: { create: "1m" } })).toBe(false);
});

test("a rename writes (status planned) but keeps what only the settings decide", () => {
  const planned = applyPlanModifiers(schema, prior, { ...prior, name: "b", target: UNKNOWN }, {});
  expect(isUnknown(planned.status)).toBe(true);
  expect(planned.derived).toEqual(["t1"]);
  expect(isUnknown(applyPlanModifiers(schema, prior, { ...prior, settings: { k: "w" } }, {}).derived)).toBe(true);
});

test("a schema without plan modifiers gets its plan back as it is", () => {
  const plain: Schema = { version: 0, description: "d", attributes: { name: schema.attributes.name } };
  const planned = { name: "a" };
  expect(applyPlanModifiers(plain, null, planned, {})).toBe(planned);
});
