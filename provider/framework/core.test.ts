import { FrameworkProviderServer } from "./core";
import { DiagnosticsError, attr, type Diagnostics } from "./diagnostics";
import type { CallContext, DataSource, ProviderDefinition, Resource } from "./resource";
import { nestedType, type Attribute, type NestedAttributes, type Schema } from "./schema";
import { UNKNOWN, Unknown, isObjectValue, isUnknown, type ObjectValue } from "./values";

/** An in-memory remote API: the fake resource's "server side". */
class FakeApi {
  readonly items = new Map<string, ObjectValue>();
  private next = 1;
  failNext?: Error;
  lastSignal?: AbortSignal;
  take(): void {
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
  }
  newId(): string {
    return `src-${this.next++}`;
  }
}

const sourceSchema: Schema = {
  version: 1,
  description: "A source.",
  attributes: {
    id: { type: "string", description: "Id.", computed: true, useStateForUnknown: true },
    name: { type: "string", description: "Name.", required: true },
    region: { type: "string", description: "Region.", optional: true, requiresReplace: true },
    snapshot_mode: { type: "string", description: "Mode.", optional: true, computed: true, default: "initial" },
    status: { type: "string", description: "Status.", computed: true },
    password: { type: "string", description: "Password.", optional: true, sensitive: true },
    legacy: { type: "bool", description: "Old.", optional: true, deprecated: "No longer used." },
  },
  blocks: {
    timeouts: { nesting: "single", description: "Timeouts.", attributes: { create: { type: "string", description: "c", optional: true } } },
  },
};

function sourceResource(_api: FakeApi, extra: Partial<Resource<FakeApi>> = {}): Resource<FakeApi> {
  return {
    typeName: "fake_source",
    schema: sourceSchema,
    validate(config: ObjectValue, diagnostics: Diagnostics) {
      if (typeof config.name === "string" && config.name.includes(" ")) diagnostics.error("Invalid name", "Names have no spaces.", attr("name"));
    },
    async create({ planned }, ctx: CallContext<FakeApi>) {
      ctx.client.take();
      ctx.client.lastSignal = ctx.signal;
      const id = ctx.client.newId();
      // The API normalizes names to lower case and adds a field the schema does not know.
      const item = {
        id,
        name: String(planned.name).toLowerCase(),
        region: planned.region,
        snapshot_mode: planned.snapshot_mode,
        status: "Active",
        created_by: "api",
      };
      ctx.client.items.set(id, item);
      return item;
    },
    async read({ state }, ctx) {
      ctx.client.take();
      return ctx.client.items.get(String(state.id)) ?? null;
    },
    async update({ prior, planned }, ctx) {
      ctx.client.take();
      const item = { ...ctx.client.items.get(String(prior.id)), name: planned.name, status: "Updating" };
      ctx.client.items.set(String(prior.id), item);
      return item;
    },
    async delete({ state }, ctx) {
      ctx.client.take();
      ctx.client.items.delete(String(state.id));
    },
    importState: (id) => ({ id }),
    ...extra,
  };
}

const lookupDataSource: DataSource<FakeApi> = {
  typeName: "fake_lookup",
  schema: {
    version: 0,
    description: "Looks a source up.",
    attributes: {
      id: { type: "string", description: "Id.", required: true },
      name: { type: "string", description: "Name.", computed: true },
      status: { type: "string", description: "Status.", computed: true },
    },
  },
  async read({ config }, ctx) {
    const item = ctx.client.items.get(String(config.id));
    if (!item) throw new Error(`source ${String(config.id)} not found`);
    return { id: "changed-by-api", name: item.name };
  },
};

function definition(api: FakeApi, resource = sourceResource(api)): ProviderDefinition<FakeApi> {
  return {
    typeName: "fake",
    schema: {
      version: 0,
      description: "Fake provider.",
      attributes: { token: { type: "string", description: "Token.", optional: true, sensitive: true } },
    },
    async configure(config, diagnostics) {
      if (config.token === "bad") {
        diagnostics.error("Invalid credentials", "The token was refused.", attr("token"));
        return undefined;
      }
      if (config.token === "throw") throw new Error("cannot reach API");
      return api;
    },
    resources: [resource],
    dataSources: [lookupDataSource],
  };
}

/** Terraform allowing nothing optional; these tests do not vary it. */
const clientCapabilities = { deferralAllowed: false, writeOnlyAttributesAllowed: false };

const config = (over: ObjectValue = {}): ObjectValue => ({
  id: null,
  name: "Orders",
  region: "eu",
  snapshot_mode: null,
  status: null,
  password: null,
  legacy: null,
  timeouts: null,
  ...over,
});

async function configuredServer(resource?: (api: FakeApi) => Resource<FakeApi>) {
  const api = new FakeApi();
  const server = new FrameworkProviderServer(definition(api, resource?.(api)));
  expect((await server.configureProvider({ config: { token: "ok" }, terraformVersion: "1.11.4", clientCapabilities })).diagnostics).toEqual([]);
  return { api, server };
}

/** Plans and applies a create, as Terraform would. */
async function create(server: FrameworkProviderServer<FakeApi>, cfg: ObjectValue) {
  const plan = await planChange(server, null, cfg);
  return applyChange(server, null, plan.plannedState, cfg, plan.plannedPrivate);
}

type ChangeOptions = { typeName?: "fake_source" | "fake_pipeline" };

/** Terraform's PlanResourceChange (of fake_source unless told): `cfg` proposed over `prior`
 * (null for a create), or a destroy when `cfg` is null. */
function planChange(
  server: FrameworkProviderServer<FakeApi>,
  prior: ObjectValue | null,
  cfg: ObjectValue | null,
  priorPrivate?: Uint8Array,
  { typeName = "fake_source" }: ChangeOptions = {},
) {
  const { attributes } = typeName === "fake_source" ? sourceSchema : pipelineSchema;
  return server.planResourceChange({
    typeName,
    priorState: prior,
    proposedNewState: cfg && proposedNew(attributes, prior, cfg),
    config: cfg,
    priorPrivate,
    providerMeta: null,
    clientCapabilities,
  });
}

/** Terraform's ApplyResourceChange (of fake_source unless told); a destroy when `planned` is null. */
function applyChange(
  server: FrameworkProviderServer<FakeApi>,
  prior: ObjectValue | null,
  planned: ObjectValue | null,
  cfg: ObjectValue | null,
  plannedPrivate?: Uint8Array,
  { typeName = "fake_source" }: ChangeOptions = {},
) {
  return server.applyResourceChange({ typeName, priorState: prior, plannedState: planned, config: cfg, plannedPrivate, providerMeta: null });
}

describe("FrameworkProviderServer: schemas and metadata", () => {
  it("serves the definitions' schemas and type names", () => {
    const server = new FrameworkProviderServer(definition(new FakeApi()));
    const schema = server.getProviderSchema({});
    expect(Object.keys(schema.resourceSchemas)).toEqual(["fake_source"]);
    expect(schema.dataSourceSchemas.fake_lookup.attributes.id.required).toBe(true);
    expect(server.getMetadata({})).toEqual({ resources: ["fake_source"], dataSources: ["fake_lookup"], diagnostics: [] });
  });

  it("refuses type names without the provider prefix and unsound schemas", () => {
    const api = new FakeApi();
    expect(() => new FrameworkProviderServer(definition(api, { ...sourceResource(api), typeName: "other_source" }))).toThrow(/does not start with "fake_"/);
    const broken = { ...sourceSchema, attributes: { x: { type: "string" as const, description: "x", required: true, default: "d" } } };
    expect(() => new FrameworkProviderServer(definition(api, { ...sourceResource(api), schema: broken }))).toThrow(/default/);
  });
});

describe("FrameworkProviderServer: validation", () => {
  const server = new FrameworkProviderServer(definition(new FakeApi()));

  it("collects schema errors with paths, then the resource's own checks", () => {
    const result = server.validateResourceConfig({
      typeName: "fake_source",
      config: config({ name: "has space", region: 3, status: "x" }),
      clientCapabilities,
    });
    expect(result.diagnostics.map((d) => [d.summary, d.path])).toEqual([
      ["Incorrect attribute value type", [{ attribute: "region" }]],
      ["Invalid configuration for read-only attribute", [{ attribute: "status" }]],
      ["Invalid name", [{ attribute: "name" }]],
    ]);
  });

  it("warns on deprecated attributes that are set and skips unknown values", () => {
    const result = server.validateResourceConfig({ typeName: "fake_source", config: config({ name: UNKNOWN, legacy: true }), clientCapabilities });
    expect(result.diagnostics).toEqual([{ severity: "warning", summary: "Deprecated attribute", detail: "No longer used.", path: [{ attribute: "legacy" }] }]);
  });

  it("validates data source and provider configurations, and names unknown types", () => {
    expect(server.validateDataResourceConfig({ typeName: "fake_lookup", config: { id: null, name: null, status: null } }).diagnostics[0].summary).toBe(
      "Missing required argument",
    );
    expect(server.validateProviderConfig({ config: { token: 5 } }).diagnostics[0].path).toEqual([{ attribute: "token" }]);
    expect(server.validateResourceConfig({ typeName: "fake_nothing", config: {}, clientCapabilities }).diagnostics[0].summary).toBe("Unknown resource type");
  });
});

describe("FrameworkProviderServer: configure", () => {
  it("refuses resource calls before configure", async () => {
    const server = new FrameworkProviderServer(definition(new FakeApi()));
    const result = await create(server, config());
    expect(result.newState).toBeNull();
    expect(result.diagnostics[0].summary).toBe("Provider not configured");
  });

  it("refuses resource calls after a failed configure, without quoting the secret", async () => {
    const server = new FrameworkProviderServer(definition(new FakeApi()));
    const configured = await server.configureProvider({ config: { token: "bad" }, terraformVersion: "1.11.4", clientCapabilities });
    expect(configured.diagnostics[0].path).toEqual([{ attribute: "token" }]);
    const read = await server.readResource({
      typeName: "fake_source",
      currentState: { ...config(), id: "src-1" },
      private: undefined,
      providerMeta: null,
      clientCapabilities,
    });
    expect(read.diagnostics[0].summary).toBe("Provider not configured");
    expect(JSON.stringify(read.diagnostics)).not.toContain("bad");
  });

  it("turns a throwing configure into a diagnostic", async () => {
    const server = new FrameworkProviderServer(definition(new FakeApi()));
    expect((await server.configureProvider({ config: { token: "throw" }, terraformVersion: "1.11.4", clientCapabilities })).diagnostics).toEqual([
      { severity: "error", summary: "cannot reach API" },
    ]);
    expect((await server.importResourceState({ typeName: "fake_source", id: "x", clientCapabilities })).diagnostics[0].summary).toBe("Provider not configured");
  });
});

describe("FrameworkProviderServer: upgradeResourceState", () => {
  const server = new FrameworkProviderServer(definition(new FakeApi()));

  it("drops attributes the schema no longer knows and adds missing ones as null", () => {
    const raw = JSON.stringify({ id: "src-1", name: "orders", removed_attr: "x", timeouts: { create: "5m", gone: 1 } });
    const result = server.upgradeResourceState({ typeName: "fake_source", version: 0, rawStateJson: raw });
    expect(result.diagnostics).toEqual([]);
    expect(result.upgradedState).toEqual({
      id: "src-1",
      name: "orders",
      region: null,
      snapshot_mode: null,
      status: null,
      password: null,
      legacy: null,
      timeouts: { create: "5m" },
    });
  });

  it("reports unreadable state without quoting it, and state from a newer provider", () => {
    const bad = server.upgradeResourceState({ typeName: "fake_source", version: 0, rawStateJson: '{"password": "hunter2"' });
    expect(bad.upgradedState).toBeNull();
    expect(JSON.stringify(bad.diagnostics)).not.toContain("hunter2");
    expect(server.upgradeResourceState({ typeName: "fake_source", version: 2, rawStateJson: "{}" }).diagnostics[0].summary).toBe(
      "State written by a newer provider",
    );
  });
});

describe("FrameworkProviderServer: planResourceChange", () => {
  it("plans a create with defaults and unknown computed attributes", async () => {
    const { server } = await configuredServer();
    const cfg = config();
    const plan = await planChange(server, null, cfg);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.requiresReplace).toEqual([]);
    expect(plan.plannedState).toMatchObject({ name: "Orders", region: "eu", snapshot_mode: "initial", password: null });
    expect(isUnknown(plan.plannedState!.id)).toBe(true);
    expect(isUnknown(plan.plannedState!.status)).toBe(true);
  });

  it("plans null for a destroy", async () => {
    const { server } = await configuredServer();
    const plan = await planChange(server, { ...config(), id: "src-1" }, null);
    expect(plan.plannedState).toBeNull();
  });

  it("plans exactly the prior state when nothing changed, and keeps private state", async () => {
    const { server } = await configuredServer();
    const prior = { ...config(), name: "Orders", id: "src-1", snapshot_mode: "initial", status: "Active" };
    const priv = new Uint8Array([7]);
    const plan = await planChange(server, prior, config(), priv);
    expect(plan.plannedState).toEqual(prior);
    expect(plan.requiresReplace).toEqual([]);
    expect(plan.plannedPrivate).toBe(priv);
  });

  it("keeps useStateForUnknown values on update and marks others unknown", async () => {
    const { server } = await configuredServer();
    const prior = { ...config(), id: "src-1", snapshot_mode: "initial", status: "Active" };
    const cfg = config({ name: "Renamed" });
    const plan = await planChange(server, prior, cfg);
    expect(plan.plannedState!.id).toBe("src-1");
    expect(isUnknown(plan.plannedState!.status)).toBe(true);
    expect(plan.requiresReplace).toEqual([]);
  });

  it("lists requires_replace paths", async () => {
    const { server } = await configuredServer();
    const prior = { ...config(), id: "src-1", snapshot_mode: "initial", status: "Active" };
    const cfg = config({ region: "us" });
    const plan = await planChange(server, prior, cfg);
    expect(plan.requiresReplace).toEqual([[{ attribute: "region" }]]);
  });

  it("passes unknown and refined unknown configuration values through untouched", async () => {
    const { server } = await configuredServer();
    const refined = new Unknown(new Uint8Array([0x81, 0x02, 0xa2, 0x62, 0x2d]));
    const cfg = config({ name: refined, password: UNKNOWN });
    const plan = await planChange(server, null, cfg);
    expect(plan.plannedState!.name).toBe(refined);
    expect(plan.plannedState!.password).toBe(UNKNOWN);
  });

  it("plans the prior state when modifyPlan puts back what a default changed (a deprecated alias)", async () => {
    const { server } = await configuredServer((api) =>
      sourceResource(api, {
        // Like an alias: the config sets snapshot_mode through another attribute, "legacy".
        modifyPlan: ({ planned, config: cfg }) => (cfg.legacy ? { planned: { ...planned, snapshot_mode: cfg.legacy } } : undefined),
      }),
    );
    const prior = { ...config(), id: "src-1", snapshot_mode: "never", status: "Active", legacy: "never" };
    const cfg = config({ legacy: "never" });
    const plan = await planChange(server, prior, cfg);
    expect(plan.plannedState).toEqual(prior);
  });

  it("merges modifyPlan's changes and replace paths, and turns its throws into diagnostics", async () => {
    const { server } = await configuredServer((api) =>
      sourceResource(api, {
        modifyPlan: ({ planned, prior }) => {
          if (planned.name === "boom") throw DiagnosticsError.single("Bad plan", undefined, attr("name"));
          return { planned: { ...planned, status: "Pending" }, requiresReplace: prior ? [attr("name")] : [] };
        },
      }),
    );
    const prior = { ...config(), id: "src-1", snapshot_mode: "initial", status: "Active" };
    const cfg = config({ name: "Other", region: "us" });
    const plan = await planChange(server, prior, cfg);
    expect(plan.plannedState!.status).toBe("Pending");
    expect(plan.requiresReplace).toEqual([[{ attribute: "region" }], [{ attribute: "name" }]]);
    const failed = await planChange(server, null, config({ name: "boom" }));
    expect(failed.diagnostics).toEqual([{ severity: "error", summary: "Bad plan", detail: undefined, path: [{ attribute: "name" }] }]);
  });

  test("checkPlan sees the finished plan and the client, and its errors fail the plan; before configure it is not called", async () => {
    const seen: ObjectValue[] = [];
    const checking = (api: FakeApi) =>
      sourceResource(api, {
        async checkPlan({ planned }, ctx) {
          seen.push(planned);
          ctx.client.take();
          if (planned.name === "Taken") ctx.diagnostics.error("Name in use", "Choose another name.", attr("name"));
        },
      });
    const { server, api } = await configuredServer(checking);
    const ok = await planChange(server, null, config());
    expect(ok.diagnostics).toEqual([]);
    expect(seen[0]).toMatchObject({ name: "Orders", snapshot_mode: "initial" });
    const taken = await planChange(server, null, config({ name: "Taken" }));
    expect(taken.diagnostics).toEqual([{ severity: "error", summary: "Name in use", detail: "Choose another name.", path: [{ attribute: "name" }] }]);
    api.failNext = new Error("API down");
    const failed = await planChange(server, null, config());
    expect(failed.diagnostics).toEqual([expect.objectContaining({ severity: "error", summary: expect.stringContaining("API down") as string })]);

    const unconfigured = new FrameworkProviderServer(definition(new FakeApi(), checking(new FakeApi())));
    const before = seen.length;
    const plan = await planChange(unconfigured, null, config());
    expect(plan.diagnostics).toEqual([]);
    expect(seen).toHaveLength(before);
  });
});

describe("FrameworkProviderServer: applyResourceChange", () => {
  it("creates, conforms the result to the schema and re-asserts configured values", async () => {
    const { api, server } = await configuredServer();
    const result = await create(server, config());
    expect(result.diagnostics).toEqual([]);
    // The API lower-cased the name, but the user configured "Orders": the plan's value stands.
    expect(result.newState).toEqual({
      id: "src-1",
      name: "Orders",
      region: "eu",
      snapshot_mode: "initial",
      status: "Active",
      password: null,
      legacy: null,
      timeouts: null,
    });
    expect(api.items.get("src-1")!.name).toBe("orders");
  });

  it("reports unknowns a resource leaves in a new state and stores them as null", async () => {
    const { server } = await configuredServer((api) => sourceResource(api, { create: async ({ planned }) => ({ ...planned, id: "x" }) }));
    const result = await create(server, config());
    expect(result.newState!.status).toBeNull();
    expect(result.diagnostics.map((d) => [d.severity, d.path])).toEqual([["error", [{ attribute: "status" }]]]);
  });

  it("returns no state when create fails, with the error's diagnostics", async () => {
    const { api, server } = await configuredServer();
    api.failNext = DiagnosticsError.single("Name taken", "A source named orders exists.", attr("name"));
    const result = await create(server, config());
    expect(result.newState).toBeNull();
    expect(result.diagnostics).toEqual([{ severity: "error", summary: "Name taken", detail: "A source named orders exists.", path: [{ attribute: "name" }] }]);
  });

  it("updates; a failed update returns no new state (Terraform keeps the prior, marks and all)", async () => {
    const { api, server } = await configuredServer();
    const prior = (await create(server, config())).newState!;
    const cfg = config({ name: "Renamed" });
    const plan = await planChange(server, prior, cfg);
    const updated = await applyChange(server, prior, plan.plannedState, cfg);
    expect(updated.newState).toMatchObject({ id: "src-1", name: "Renamed", status: "Updating" });

    api.failNext = new Error("API unavailable");
    const failed = await applyChange(server, updated.newState, plan.plannedState, cfg);
    expect(failed.newState).toBeNull();
    expect(failed.diagnostics).toEqual([{ severity: "error", summary: "API unavailable" }]);
  });

  it("deletes on a null plan; a failed delete returns no new state with its error, so Terraform keeps the prior", async () => {
    const { api, server } = await configuredServer();
    const state = (await create(server, config())).newState!;
    api.failNext = new Error("locked");
    const failed = await applyChange(server, state, null, null);
    expect(failed).toMatchObject({ newState: null, diagnostics: [{ severity: "error", summary: "locked" }] });
    expect(api.items.size).toBe(1);
    const deleted = await applyChange(server, state, null, null);
    expect(deleted).toMatchObject({ diagnostics: [], newState: null });
    expect(api.items.size).toBe(0);
  });
});

describe("FrameworkProviderServer: read, import, data sources, stop", () => {
  it("reads a conformed state, and null when the object is gone", async () => {
    const { api, server } = await configuredServer();
    const state = (await create(server, config())).newState!;
    const read = await server.readResource({ typeName: "fake_source", currentState: state, private: undefined, providerMeta: null, clientCapabilities });
    expect(Object.keys(read.newState!).sort()).toEqual(Object.keys(state).sort());
    expect(read.newState!.name).toBe("orders");
    api.items.clear();
    expect(
      (await server.readResource({ typeName: "fake_source", currentState: state, private: undefined, providerMeta: null, clientCapabilities })).newState,
    ).toBeNull();
  });

  it("keeps the current state when a read fails", async () => {
    const { api, server } = await configuredServer();
    const state = (await create(server, config())).newState!;
    api.failNext = new Error("timeout");
    const read = await server.readResource({ typeName: "fake_source", currentState: state, private: undefined, providerMeta: null, clientCapabilities });
    expect(read.newState).toBe(state);
    expect(read.diagnostics[0].summary).toBe("timeout");
  });

  it("imports a partial state with every other attribute null", async () => {
    const { server } = await configuredServer();
    const result = await server.importResourceState({ typeName: "fake_source", id: "src-9", clientCapabilities });
    expect(result.imported).toEqual([
      {
        typeName: "fake_source",
        state: { id: "src-9", name: null, region: null, snapshot_mode: null, status: null, password: null, legacy: null, timeouts: null },
      },
    ]);
  });

  it("refuses import for resources without importState", async () => {
    const { server } = await configuredServer((api) => ({ ...sourceResource(api), importState: undefined }));
    const result = await server.importResourceState({ typeName: "fake_source", id: "src-9", clientCapabilities });
    expect(result.imported).toEqual([]);
    expect(result.diagnostics[0].summary).toBe("resource fake_source does not support import");
  });

  it("reads data sources, keeping configured values and nulling unset computed ones", async () => {
    const { server } = await configuredServer();
    await create(server, config());
    const result = await server.readDataSource({
      typeName: "fake_lookup",
      config: { id: "src-1", name: null, status: null },
      providerMeta: null,
      clientCapabilities,
    });
    expect(result).toEqual({ diagnostics: [], state: { id: "src-1", name: "orders", status: null } });
    const missing = await server.readDataSource({
      typeName: "fake_lookup",
      config: { id: "nope", name: null, status: null },
      providerMeta: null,
      clientCapabilities,
    });
    expect(missing.state).toBeNull();
    expect(missing.diagnostics[0].summary).toBe("source nope not found");
  });

  it("aborts the signal every call context carries when asked to stop", async () => {
    const { api, server } = await configuredServer();
    await create(server, config());
    expect(api.lastSignal!.aborted).toBe(false);
    expect(await server.stopProvider({})).toEqual({});
    expect(api.lastSignal!.aborted).toBe(true);
  });
});

// A pipeline-like resource with each kind of nested attribute: `source` (single), `transforms`
// (list, optional+computed, default []), `rules` (set), beside a plain object and a set(string).
const sourceNested: NestedAttributes = {
  nesting: "single",
  attributes: {
    id: { type: "string", description: "Source id.", required: true, requiresReplace: true },
    connector: { type: "string", description: "Connector.", required: true },
    topics: { type: { set: "string" }, description: "Topics.", optional: true, computed: true, default: [] },
    kind: { type: "string", description: "Learned by the API.", computed: true },
  },
};
const transformsNested: NestedAttributes = {
  nesting: "list",
  attributes: {
    id: { type: "string", description: "Transform id.", required: true, requiresReplace: true },
    topics: { type: { set: "string" }, description: "Topics.", required: true },
    status: { type: "string", description: "Status.", computed: true, useStateForUnknown: true },
  },
};
const rulesNested: NestedAttributes = {
  nesting: "set",
  attributes: {
    regex: { type: "string", description: "Regex.", required: true },
    label: { type: "string", description: "Label.", optional: true, computed: true, default: "auto" },
    matched: { type: "string", description: "Learned by the API.", computed: true },
  },
};
const nestedAttribute = (nested: NestedAttributes, flags: Partial<Attribute>): Attribute => ({
  type: nestedType(nested),
  nested,
  description: "Nested.",
  ...flags,
});
const pipelineSchema: Schema = {
  version: 0,
  description: "A pipeline.",
  attributes: {
    id: { type: "string", description: "Id.", computed: true, useStateForUnknown: true },
    name: { type: "string", description: "Name.", required: true },
    source: nestedAttribute(sourceNested, { required: true }),
    transforms: nestedAttribute(transformsNested, { optional: true, computed: true, default: [] }),
    rules: nestedAttribute(rulesNested, { optional: true }),
    destination: { type: { object: { id: "string", connector: "string" } }, description: "Destination.", required: true },
    tags: { type: { set: "string" }, description: "Tags.", optional: true, computed: true, default: ["team"] },
  },
};

/** Stores what it is given; fills the computed values an API would, and lists rules in reverse. */
function pipelineResource(api: FakeApi, extra: Partial<Resource<FakeApi>> = {}): Resource<FakeApi> {
  const settle = (id: string, planned: ObjectValue): ObjectValue => {
    const source = planned.source as ObjectValue;
    const transforms = (planned.transforms as ObjectValue[]).map((t) => ({ ...t, status: isUnknown(t.status) ? "Running" : t.status }));
    const rules = Array.isArray(planned.rules) ? (planned.rules as ObjectValue[]).map((r) => ({ ...r, matched: `m${String(r.regex)}` })).reverse() : null;
    const item = { ...planned, id, source: { ...source, kind: "postgresql" }, transforms, rules };
    api.items.set(id, item);
    return item;
  };
  return {
    typeName: "fake_pipeline",
    schema: pipelineSchema,
    create: async ({ planned }, ctx) => settle(ctx.client.newId(), planned),
    read: async ({ state }, ctx) => ctx.client.items.get(String(state.id)) ?? null,
    update: async ({ prior, planned }) => settle(String(prior.id), planned),
    delete: async ({ state }, ctx) => void ctx.client.items.delete(String(state.id)),
    ...extra,
  };
}

/** Terraform's proposed new state: the config, with prior values for computed attributes the
 * config leaves null, inside single and list nested attributes too (by index). */
function proposedNew(attributes: Record<string, Attribute>, prior: ObjectValue | null, cfg: ObjectValue): ObjectValue {
  const out: ObjectValue = { ...cfg };
  for (const [name, a] of Object.entries(attributes)) {
    const [c, p] = [cfg[name] ?? null, prior?.[name] ?? null];
    if (c === null) {
      if (a.computed) out[name] = p;
    } else if (a.nested?.nesting === "single") {
      out[name] = proposedNew(a.nested.attributes, isObjectValue(p) ? p : null, c as ObjectValue);
    } else if (a.nested?.nesting === "list") {
      const inner = a.nested.attributes;
      out[name] = (c as ObjectValue[]).map((e, i) => proposedNew(inner, Array.isArray(p) && isObjectValue(p[i]) ? p[i] : null, e));
    }
  }
  return out;
}

const pipelineConfig = (over: ObjectValue = {}): ObjectValue => ({
  id: null,
  name: "orders",
  source: { id: "src-1", connector: "postgresql", topics: null, kind: null },
  transforms: [{ id: "tr-1", topics: ["a", "b"], status: null }],
  rules: [
    { regex: "^x", label: null, matched: null },
    { regex: "^y", label: "mine", matched: null },
  ],
  destination: { id: "dst-1", connector: "snowflake" },
  tags: null,
  ...over,
});

describe("FrameworkProviderServer: nested attributes", () => {
  const plan = (server: FrameworkProviderServer<FakeApi>, prior: ObjectValue | null, cfg: ObjectValue) =>
    planChange(server, prior, cfg, undefined, { typeName: "fake_pipeline" });
  const apply = (server: FrameworkProviderServer<FakeApi>, prior: ObjectValue | null, planned: ObjectValue | null, cfg: ObjectValue) =>
    applyChange(server, prior, planned, cfg, undefined, { typeName: "fake_pipeline" });
  async function created(extra: Partial<Resource<FakeApi>> = {}, cfg = pipelineConfig()) {
    const { api, server } = await configuredServer((a) => pipelineResource(a, extra));
    const planned = (await plan(server, null, cfg)).plannedState;
    return { api, server, result: await apply(server, null, planned, cfg) };
  }

  it("plans a create with inner defaults, inner unknowns and whole-attribute defaults", async () => {
    const { server } = await configuredServer(pipelineResource);
    const result = await plan(server, null, pipelineConfig({ transforms: null }));
    expect(result.diagnostics).toEqual([]);
    const planned = result.plannedState!;
    expect(planned.source).toEqual({ id: "src-1", connector: "postgresql", topics: [], kind: UNKNOWN });
    expect(planned.transforms).toEqual([]);
    expect(planned.rules).toEqual([
      { regex: "^x", label: "auto", matched: UNKNOWN },
      { regex: "^y", label: "mine", matched: UNKNOWN },
    ]);
    expect(planned.tags).toEqual(["team"]);
    const withTransforms = (await plan(server, null, pipelineConfig())).plannedState!;
    expect(withTransforms.transforms).toEqual([{ id: "tr-1", topics: ["a", "b"], status: UNKNOWN }]);
  });

  it("applies a create: the user's inner values from the plan, inner computed ones from the result", async () => {
    const { result } = await created();
    expect(result.diagnostics).toEqual([]);
    expect(result.newState).toEqual({
      id: "src-1",
      name: "orders",
      source: { id: "src-1", connector: "postgresql", topics: [], kind: "postgresql" },
      transforms: [{ id: "tr-1", topics: ["a", "b"], status: "Running" }],
      // The API listed the set in reverse; each element still takes its own computed value.
      rules: [
        { regex: "^x", label: "auto", matched: "m^x" },
        { regex: "^y", label: "mine", matched: "m^y" },
      ],
      destination: { id: "dst-1", connector: "snowflake" },
      tags: ["team"],
    });
  });

  it("plans exactly the prior state when nothing changed, sets given in another order included", async () => {
    const { server, result } = await created({}, pipelineConfig({ tags: ["x", "y"] }));
    const prior = result.newState!;
    for (const cfg of [
      pipelineConfig({ tags: ["x", "y"] }),
      pipelineConfig({
        tags: ["y", "x"],
        rules: [
          { regex: "^y", label: "mine", matched: null },
          { regex: "^x", label: null, matched: null },
        ],
      }),
    ]) {
      const next = await plan(server, prior, cfg);
      expect(next.diagnostics).toEqual([]);
      expect(next.plannedState).toEqual(prior);
      expect(next.requiresReplace).toEqual([]);
    }
  });

  it("plans a changed set of tags as a change, and a default set in another order as none", async () => {
    const { server, result } = await created({}, pipelineConfig({ tags: ["x", "y"] }));
    const changed = await plan(server, result.newState, pipelineConfig({ tags: ["x", "z"] }));
    expect(changed.plannedState!.tags).toEqual(["x", "z"]);
    expect(isUnknown((changed.plannedState!.source as ObjectValue).kind)).toBe(true);
    // Terraform hands back a set in its own order; the default planned in schema order is no change.
    const reordered = { ...result.newState!, tags: ["b-team", "a-team"] };
    const defaults = {
      ...pipelineSchema,
      attributes: { ...pipelineSchema.attributes, tags: { ...pipelineSchema.attributes.tags, default: ["a-team", "b-team"] } },
    };
    const { server: other } = await configuredServer((a) => pipelineResource(a, { schema: defaults }));
    const noChange = await plan(other, reordered, pipelineConfig());
    expect(noChange.plannedState).toEqual(reordered);
  });

  it("on a change, inner computed values become unknown unless useStateForUnknown keeps them", async () => {
    const { server, result } = await created();
    const next = await plan(server, result.newState, pipelineConfig({ name: "renamed" }));
    const planned = next.plannedState!;
    expect(planned.id).toBe("src-1");
    expect((planned.source as ObjectValue).kind).toBe(UNKNOWN);
    expect((planned.source as ObjectValue).topics).toEqual([]);
    expect(planned.transforms).toEqual([{ id: "tr-1", topics: ["a", "b"], status: "Running" }]);
    expect(next.requiresReplace).toEqual([]);
    // A new element has no prior value to keep.
    const added = await plan(
      server,
      result.newState,
      pipelineConfig({
        transforms: [
          { id: "tr-1", topics: ["a", "b"], status: null },
          { id: "tr-2", topics: [], status: null },
        ],
      }),
    );
    expect((added.plannedState!.transforms as ObjectValue[]).map((t) => t.status)).toEqual(["Running", UNKNOWN]);
  });

  it("reports requiresReplace on inner attributes at their inner paths", async () => {
    const { server, result } = await created();
    const prior = result.newState!;
    const changedSource = await plan(server, prior, pipelineConfig({ source: { id: "src-2", connector: "postgresql", topics: null, kind: null } }));
    expect(changedSource.requiresReplace).toEqual([[{ attribute: "source" }, { attribute: "id" }]]);
    const changedTransforms = await plan(
      server,
      prior,
      pipelineConfig({
        transforms: [
          { id: "tr-9", topics: ["a", "b"], status: null },
          { id: "tr-2", topics: [], status: null },
        ],
      }),
    );
    expect(changedTransforms.requiresReplace).toEqual([
      [{ attribute: "transforms" }, { index: 0 }, { attribute: "id" }],
      [{ attribute: "transforms" }, { index: 1 }, { attribute: "id" }],
    ]);
    // Inner topics may change in place; removing an element replaces nothing (as in the framework).
    expect((await plan(server, prior, pipelineConfig({ transforms: [{ id: "tr-1", topics: ["c"], status: null }] }))).requiresReplace).toEqual([]);
    expect((await plan(server, prior, pipelineConfig({ transforms: [] }))).requiresReplace).toEqual([]);
  });

  it("validates inside nested attributes with inner paths", async () => {
    const { server } = await configuredServer(pipelineResource);
    const cfg = pipelineConfig({
      source: { id: "src-1", connector: null, topics: "a", kind: "x" },
      transforms: [
        { id: "tr-1", topics: ["a"], status: null },
        { id: 5, topics: ["a"], status: null, extra: 1 },
      ],
      rules: [UNKNOWN, { regex: UNKNOWN, label: null, matched: null }, "wrong"],
    });
    const result = server.validateResourceConfig({ typeName: "fake_pipeline", config: cfg, clientCapabilities });
    expect(result.diagnostics.map((d) => [d.summary, d.path])).toEqual([
      ["Missing required argument", [{ attribute: "source" }, { attribute: "connector" }]],
      ["Incorrect attribute value type", [{ attribute: "source" }, { attribute: "topics" }]],
      ["Invalid configuration for read-only attribute", [{ attribute: "source" }, { attribute: "kind" }]],
      ["Unsupported argument", [{ attribute: "transforms" }, { index: 1 }, { attribute: "extra" }]],
      ["Incorrect attribute value type", [{ attribute: "transforms" }, { index: 1 }, { attribute: "id" }]],
      ["Incorrect attribute value type", [{ attribute: "rules" }, { index: 2 }]],
    ]);
    const wholeWrong = server.validateResourceConfig({
      typeName: "fake_pipeline",
      config: pipelineConfig({ source: "x", transforms: UNKNOWN }),
      clientCapabilities,
    });
    expect(wholeWrong.diagnostics.map((d) => d.path)).toEqual([[{ attribute: "source" }]]);
  });

  it("reports a result that does not conform, with the inner path", async () => {
    const badTopics = await created({ create: async ({ planned }) => ({ ...planned, id: "p", source: { ...(planned.source as ObjectValue), topics: 5 } }) });
    expect(badTopics.result.newState).toBeNull();
    expect(badTopics.result.diagnostics.map((d) => d.path)).toEqual([[{ attribute: "source" }, { attribute: "topics" }]]);
    const badId = await created({ create: async ({ planned }) => ({ ...planned, id: "p", transforms: [{ id: { no: 1 }, topics: [] }] }) });
    expect(badId.result.diagnostics.map((d) => [d.summary, d.path])).toEqual([
      ["Value does not match the schema", [{ attribute: "transforms" }, { index: 0 }, { attribute: "id" }]],
    ]);
  });

  it("reports inner unknowns a resource leaves in its new state, at their paths", async () => {
    const { result } = await created({ create: async ({ planned }) => ({ ...planned, id: "p" }) });
    expect(result.diagnostics.map((d) => [d.summary, d.path])).toEqual([
      ["Provider returned an unknown value", [{ attribute: "source" }, { attribute: "kind" }]],
      ["Provider returned an unknown value", [{ attribute: "transforms" }, { index: 0 }, { attribute: "status" }]],
      ["Provider returned an unknown value", [{ attribute: "rules" }, { index: 0 }, { attribute: "matched" }]],
      ["Provider returned an unknown value", [{ attribute: "rules" }, { index: 1 }, { attribute: "matched" }]],
    ]);
    expect((result.newState!.source as ObjectValue).kind).toBeNull();
  });

  it("refuses a nested attribute whose type is not the shape of its nesting", () => {
    const api = new FakeApi();
    const broken = {
      ...pipelineSchema,
      attributes: { ...pipelineSchema.attributes, source: { ...pipelineSchema.attributes.source, type: { list: "string" as const } } },
    };
    expect(() => new FrameworkProviderServer(definition(api, { ...pipelineResource(api), schema: broken }))).toThrow(/source has a type other than nestedType/);
    const badInner = {
      ...pipelineSchema,
      attributes: {
        ...pipelineSchema.attributes,
        rules: nestedAttribute({ nesting: "set", attributes: { x: { type: "string", description: "x", required: true, default: "d" } } }, { optional: true }),
      },
    };
    expect(() => new FrameworkProviderServer(definition(api, { ...pipelineResource(api), schema: badInner }))).toThrow(/rules\.x has a default/);
  });
});
