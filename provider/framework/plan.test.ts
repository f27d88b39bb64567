import { planCreate, planUpdate, replacePaths } from "./plan";
import type { Schema } from "./schema";
import { UNKNOWN, Unknown, isUnknown, type ObjectValue } from "./values";

const schema: Schema = {
  version: 0,
  description: "a thing",
  attributes: {
    id: { type: "string", description: "id", computed: true, useStateForUnknown: true },
    name: { type: "string", description: "name", required: true },
    region: { type: "string", description: "region", optional: true, requiresReplace: true },
    snapshot_mode: { type: "string", description: "mode", optional: true, computed: true, default: "initial" },
    status: { type: "string", description: "status", computed: true },
    tags: { type: "string", description: "opt+computed", optional: true, computed: true },
  },
  blocks: {
    timeouts: { nesting: "single", description: "t", attributes: { create: { type: "string", description: "c", optional: true } } },
    column: {
      nesting: "list",
      description: "c",
      attributes: {
        name: { type: "string", description: "n", required: true, requiresReplace: true },
        kind: { type: "string", description: "k", optional: true, computed: true, default: "text" },
      },
    },
  },
};

const config = (over: ObjectValue = {}): ObjectValue => ({
  id: null,
  name: "orders",
  region: null,
  snapshot_mode: null,
  status: null,
  tags: null,
  timeouts: null,
  column: [],
  ...over,
});
const prior: ObjectValue = {
  id: "src-1",
  name: "orders",
  region: "eu",
  snapshot_mode: "initial",
  status: "Active",
  tags: "t",
  timeouts: null,
  column: [],
};

describe("planCreate", () => {
  it("applies defaults and marks computed attributes the config leaves null as unknown", () => {
    const cfg = config({ region: "eu" });
    const planned = planCreate(schema, cfg, cfg);
    expect(planned.name).toBe("orders");
    expect(planned.region).toBe("eu");
    expect(planned.snapshot_mode).toBe("initial");
    expect(isUnknown(planned.id)).toBe(true);
    expect(isUnknown(planned.status)).toBe(true);
    expect(isUnknown(planned.tags)).toBe(true);
    expect(Object.keys(planned).sort()).toEqual(Object.keys(cfg).sort());
  });

  it("keeps a configured optional+computed value instead of the default", () => {
    const cfg = config({ snapshot_mode: "never", tags: "x" });
    const planned = planCreate(schema, cfg, cfg);
    expect(planned.snapshot_mode).toBe("never");
    expect(planned.tags).toBe("x");
  });

  it("passes unknown and refined unknown config values through as the same objects", () => {
    const refined = new Unknown(new Uint8Array([0x81, 0x01, 0xc3]));
    const cfg = config({ name: refined, region: UNKNOWN });
    const planned = planCreate(schema, cfg, cfg);
    expect(planned.name).toBe(refined);
    expect(planned.region).toBe(UNKNOWN);
  });

  it("applies defaults inside list blocks", () => {
    const cfg = config({
      column: [
        { name: "a", kind: null },
        { name: "b", kind: "int" },
      ],
    });
    const planned = planCreate(schema, cfg, cfg);
    expect(planned.column).toEqual([
      { name: "a", kind: "text" },
      { name: "b", kind: "int" },
    ]);
  });
});

describe("planUpdate", () => {
  // Terraform's proposed new state: config values, with prior values for computed attributes left null.
  const proposedFrom = (cfg: ObjectValue): ObjectValue => {
    const p: ObjectValue = { ...cfg };
    for (const k of ["id", "status", "tags", "snapshot_mode"]) if (p[k] === null) p[k] = prior[k];
    return p;
  };

  it("equals the prior state when nothing changes", () => {
    const cfg = config({ region: "eu", tags: null });
    expect(planUpdate(schema, prior, proposedFrom(cfg), cfg)).toEqual(prior);
  });

  it("keeps useStateForUnknown attributes and marks other computed ones unknown when something changes", () => {
    const cfg = config({ name: "orders-2", region: "eu" });
    const planned = planUpdate(schema, prior, proposedFrom(cfg), cfg);
    expect(planned.name).toBe("orders-2");
    expect(planned.id).toBe("src-1");
    expect(isUnknown(planned.status)).toBe(true);
    expect(isUnknown(planned.tags)).toBe(true);
    expect(planned.snapshot_mode).toBe("initial");
  });

  it("treats a default coming back as a change when the user removes a value", () => {
    const before = { ...prior, snapshot_mode: "never" };
    const cfg = config({ region: "eu" });
    const planned = planUpdate(schema, before, { ...proposedFrom(cfg), snapshot_mode: "never" }, cfg);
    expect(planned.snapshot_mode).toBe("initial");
    expect(isUnknown(planned.status)).toBe(true);
  });

  it("treats an unknown configured value as a change", () => {
    const cfg = config({ region: "eu", name: UNKNOWN });
    const planned = planUpdate(schema, prior, proposedFrom(cfg), cfg);
    expect(planned.name).toBe(UNKNOWN);
    expect(isUnknown(planned.status)).toBe(true);
  });
});

describe("replacePaths", () => {
  it("lists requiresReplace attributes that change, including inside blocks", () => {
    const before = { ...prior, column: [{ name: "a", kind: "text" }] };
    const after = { ...prior, region: "us", name: "renamed", column: [{ name: "b", kind: "text" }] };
    expect(replacePaths(schema, before, after)).toEqual([[{ attribute: "region" }], [{ attribute: "column" }, { index: 0 }, { attribute: "name" }]]);
  });

  it("is empty when nothing replacing changes", () => {
    expect(replacePaths(schema, prior, { ...prior, name: "renamed" })).toEqual([]);
  });

  it("names the block when its count changes", () => {
    expect(replacePaths(schema, prior, { ...prior, column: [{ name: "a", kind: "text" }] })).toEqual([[{ attribute: "column" }]]);
  });
});
