import { sourceCatalog } from "../../../catalog";
import { Diagnostics, formatPath } from "../../framework/diagnostics";
import type { CallContext } from "../../framework/resource";
import { UNKNOWN, type ObjectValue } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { fakeStreamkapApi } from "../testdata/fake-api";
import { SOURCES } from "../sources";
import { genericConnectorResource, importedConfig, refreshConfig, validateGenericConfig } from "./generic-resource";

const resource = genericConnectorResource(SOURCES);
const pg = sourceCatalog.get("postgresql");

const validConfig = (): ObjectValue => ({
  "database.hostname.user.defined": "db.internal",
  "database.port.user.defined": "5432",
  "database.user": "cdc",
  "database.dbname": "shop",
  "schema.include.list": "public",
  "table.include.list.user.defined": "public.orders",
});

function source(overrides: ObjectValue = {}): ObjectValue {
  return {
    id: UNKNOWN,
    name: "orders",
    connector: "postgresql",
    config: validConfig(),
    secret_config: { "database.password": "s3cret-pw" },
    desired_state: "Active",
    timeouts: null,
    connector_status: UNKNOWN,
    topics: UNKNOWN,
    ...overrides,
  };
}

function validate(config: ObjectValue) {
  const d = new Diagnostics();
  validateGenericConfig(SOURCES, config, d);
  return d.items.map((i) => ({ path: formatPath(i.path), text: `${i.summary}: ${i.detail}` }));
}

function ctx(api: StreamkapApi): CallContext<StreamkapApi> {
  return { client: api, diagnostics: new Diagnostics(), signal: new AbortController().signal };
}

describe("streamkap_source validation", () => {
  test("a complete configuration passes", () => {
    expect(validate(source())).toEqual([]);
  });

  test("an unknown connector names the known ones", () => {
    const [problem, ...rest] = validate(source({ connector: "postgres" }));
    expect(rest).toEqual([]);
    expect(problem.path).toBe("connector");
    expect(problem.text).toContain('"postgres"');
    expect(problem.text).toContain("postgresql");
    expect(problem.text).toContain("alloydb");
  });

  test("unknown keys, misplaced secrets and bad values each point at their key", () => {
    const problems = validate(
      source({
        config: {
          ...validConfig(),
          "database.hostnam": "x",
          "database.password": "oops-secret",
          "database.sslmode": "verify",
          "database.port.user.defined": "abc",
        },
        secret_config: { "database.user": "cdc2", "database.password": "s3cret-pw" },
      }),
    );
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.text]));
    expect(byPath['config["database.hostnam"]']).toMatch(/is not a PostgreSQL source config key; did you mean "database\.hostname\.user\.defined"\?$/);
    expect(byPath['config["database.password"]']).toMatch(/is a secret; put it in secret_config/);
    expect(byPath['config["database.sslmode"]']).toMatch(/must be one of "require", "disable"/);
    expect(byPath['config["database.port.user.defined"]']).toMatch(/whole number/);
    expect(byPath['secret_config["database.user"]']).toMatch(/not a secret; put it in config/);
    expect(problems.map((p) => p.text).join("\n")).not.toContain("oops-secret");
  });

  test("missing required settings are reported, unknown maps are not judged", () => {
    const { "database.user": _, ...withoutUser } = validConfig() as Record<string, string>;
    const problems = validate(source({ config: withoutUser, secret_config: null }));
    // One error per key, each on the map it belongs in.
    expect(problems).toEqual([
      { path: "config", text: expect.stringContaining('needs config["database.user"] (database_user)') },
      { path: "secret_config", text: expect.stringContaining('needs secret_config["database.password"] (database_password)') },
    ]);
    expect(validate(source({ config: UNKNOWN }))).toEqual([]);
    expect(validate(source({ config: { ...validConfig(), "database.port.user.defined": UNKNOWN } }))).toEqual([]);
  });
});

describe("streamkap_source lifecycle", () => {
  test("create sends both maps with catalog types and keeps the plan's maps", async () => {
    const api = fakeStreamkapApi();
    const planned = source();
    const state = await resource.create({ planned, config: planned }, ctx(api));
    const body = api.sources.calls[0].body!;
    expect(body.config["database.port.user.defined"]).toBe(5432);
    expect(body.config["database.password"]).toBe("s3cret-pw");
    expect(api.sources.calls[0].opts!.secrets).toEqual(["s3cret-pw"]);
    expect(state).toMatchObject({ name: "orders", connector: "postgresql", connector_status: "Active", config: validConfig() });
    expect(state.id).toMatch(/^[0-9a-f]{24}$/);
    expect(state.secret_config).toEqual({ "database.password": "s3cret-pw" });
  });

  test("read keeps the user's spelling, shows drift, keeps secrets; import fills config without secrets", async () => {
    const api = fakeStreamkapApi();
    const planned = source({ config: { ...validConfig(), "database.port.user.defined": "05432", "heartbeat.enabled": "TRUE" } });
    const created = await resource.create({ planned, config: planned }, ctx(api));
    const read = await resource.read({ state: created }, ctx(api));
    expect(read).toEqual(created);

    api.sources.stored.get(created.id as string)!.config!["database.user"] = "someone-else";
    expect(((await resource.read({ state: created }, ctx(api)))!.config as ObjectValue)["database.user"]).toBe("someone-else");

    const imported = await resource.read({ state: { id: created.id } }, ctx(api));
    expect(imported!.secret_config).toBeNull();
    expect(imported!.config).toMatchObject({ "database.user": "someone-else", "schema.include.list": "public" });
    expect(imported!.config).not.toHaveProperty("database.password");
    // Defaults are not written out after an import.
    expect(imported!.config).not.toHaveProperty("heartbeat.enabled");

    api.sources.stored.clear();
    expect(await resource.read({ state: created }, ctx(api))).toBeNull();
  });

  test("update keeps the id and sends PUT; delete of a gone source succeeds", async () => {
    const api = fakeStreamkapApi();
    const planned = source();
    const created = await resource.create({ planned, config: planned }, ctx(api));
    const next = {
      ...created,
      config: { ...validConfig(), "database.user": "cdc2" },
      connector_status: UNKNOWN,
      topics: UNKNOWN,
    };
    const updated = await resource.update({ prior: created, planned: next, config: next }, ctx(api));
    expect(updated.id).toBe(created.id);
    expect(api.sources.calls.at(-1)).toMatchObject({ op: "update", id: created.id });
    expect(api.sources.calls.at(-1)!.body!.config["database.user"]).toBe("cdc2");
    await resource.delete({ state: updated }, ctx(api));
    await resource.delete({ state: updated }, ctx(api));
    expect(api.sources.stored.size).toBe(0);
  });

  test("connector changes require replacement; secret_config is sensitive", () => {
    expect(resource.schema.attributes.connector.requiresReplace).toBe(true);
    expect(resource.schema.attributes.secret_config.sensitive).toBe(true);
    expect(resource.schema.attributes.config.sensitive).toBeUndefined();
  });
});

describe("config refresh rules", () => {
  test("a key the API dropped stays only when the user's value is the default", () => {
    expect(refreshConfig(pg, { "database.port.user.defined": "5432", "database.user": "x" }, {})).toEqual({
      "database.port.user.defined": "5432",
    });
    expect(refreshConfig(pg, null, { a: "1" })).toBeNull();
    expect(importedConfig(undefined, { a: "1" }, false)).toBeNull();
  });

  test("secrets read back: import fills secret_config; refresh shows a changed secret and keeps one not returned", () => {
    const api = { "database.user": "cdc", "database.password": "pw-1" };
    expect(importedConfig(pg, api, true)).toEqual({ "database.password": "pw-1" });
    expect(importedConfig(pg, { "database.user": "cdc" }, true)).toBeNull();
    expect(refreshConfig(pg, { "database.password": "pw-0" }, api, { keepWhenAbsent: true })).toEqual({ "database.password": "pw-1" });
    expect(refreshConfig(pg, { "database.password": "pw-0" }, {}, { keepWhenAbsent: true })).toEqual({ "database.password": "pw-0" });
  });
});
