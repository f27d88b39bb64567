import { sourceCatalog } from "../../../catalog";
import { Diagnostics } from "../../framework/diagnostics";
import type { CallContext } from "../../framework/resource";
import { UNKNOWN, isUnknown, type ObjectValue } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { fakeStreamkapApi } from "../testdata/fake-api";
import { plannedBy, validatedBy } from "../testdata/framework-steps";
import { SOURCES } from "../sources";
import { typedConnectorResource } from "./typed-resource";

const resource = typedConnectorResource(SOURCES, sourceCatalog.get("postgresql"));

function ctx(api: StreamkapApi): CallContext<StreamkapApi> {
  return { client: api, diagnostics: new Diagnostics(), signal: new AbortController().signal };
}

/** A plan as the framework would hand it over: defaults applied, computed values unknown. */
function plan(overrides: ObjectValue = {}): ObjectValue {
  const planned: ObjectValue = {};
  for (const [name, a] of Object.entries(resource.schema.attributes)) {
    planned[name] = a.default !== undefined ? a.default : a.computed ? UNKNOWN : null;
  }
  return {
    ...planned,
    name: "orders",
    database_hostname: "db.internal",
    database_user: "cdc",
    database_password: "s3cret-pw",
    database_dbname: "shop",
    schema_include_list: "public",
    table_include_list: "public.orders",
    ...overrides,
  };
}

describe("streamkap_source_postgresql", () => {
  test("type name and import", () => {
    expect(resource.typeName).toBe("streamkap_source_postgresql");
    expect(resource.importState!("abc", ctx(fakeStreamkapApi()))).toEqual({ id: "abc" });
  });

  test("create sends the API keys of non-null values only, and fills computed attributes", async () => {
    const api = fakeStreamkapApi();
    const planned = plan();
    const state = await resource.create({ planned, config: planned }, ctx(api));
    const body = api.sources.calls[0].body!;
    expect(body.connector).toBe("postgresql");
    expect(body.config["database.port.user.defined"]).toBe(5432);
    expect(body.config["heartbeat.enabled"]).toBe(true);
    expect(body.config["database.password"]).toBe("s3cret-pw");
    expect(Object.values(body.config)).not.toContain(null);
    expect(body.config).not.toHaveProperty("column.include.list.user.defined");
    expect(api.sources.calls[0].opts!.secrets).toEqual(["s3cret-pw"]);
    expect(state.id).toMatch(/^[0-9a-f]{24}$/);
    expect(state.connector).toBe("postgresql");
    expect(state.connector_status).toBe("Active");
    expect(state.topics).toEqual([`source_${state.id}.public.orders`]);
    expect(state.database_port).toBe(5432);
    expect(state.database_password).toBe("s3cret-pw");
  });

  test("read normalises echoes, keeps secrets, and returns null once gone", async () => {
    const api = fakeStreamkapApi();
    const planned = plan({ database_port: 6543 });
    const created = await resource.create({ planned, config: planned }, ctx(api));
    const read = await resource.read({ state: created }, ctx(api));
    expect(read).toEqual(created);
    // Drift made outside Terraform shows up in the attribute's own type.
    api.sources.stored.get(created.id as string)!.config!["database.port.user.defined"] = "7000";
    expect((await resource.read({ state: created }, ctx(api)))!.database_port).toBe(7000);
    api.sources.stored.clear();
    expect(await resource.read({ state: created }, ctx(api))).toBeNull();
  });

  test("update keeps the id; delete removes; import fills everything but secrets", async () => {
    const api = fakeStreamkapApi();
    const planned = plan();
    const created = await resource.create({ planned, config: planned }, ctx(api));
    const next = { ...created, name: "orders-renamed", connector_status: UNKNOWN, topics: UNKNOWN };
    const updated = await resource.update({ prior: created, planned: next, config: next }, ctx(api));
    expect(updated.id).toBe(created.id);
    expect(updated.name).toBe("orders-renamed");
    expect(api.sources.calls.at(-1)!.op).toBe("update");

    const imported = await resource.read({ state: resource.importState!(created.id as string, ctx(api)) }, ctx(api));
    expect(imported).toMatchObject({
      id: created.id,
      name: "orders-renamed",
      connector: "postgresql",
      database_hostname: "db.internal",
    });
    expect(imported!.database_password).toBeNull();

    await resource.delete({ state: created }, ctx(api));
    expect(api.sources.stored.size).toBe(0);
    await expect(resource.delete({ state: created }, ctx(api))).resolves.toBeUndefined();
  });

  test("validate reports enum and range problems on the attribute, ignoring unknowns", () => {
    const d = new Diagnostics();
    validatedBy(resource, plan({ database_sslmode: "verify-full", streamkap_snapshot_parallelism: 11, database_port: UNKNOWN }), d);
    expect(d.items).toHaveLength(2);
    expect(d.items[0]).toMatchObject({ path: [{ attribute: "database_sslmode" }] });
    expect(d.items[0].detail).toContain('"require", "disable"');
    expect(d.items[1]).toMatchObject({ path: [{ attribute: "streamkap_snapshot_parallelism" }] });
    expect(d.items[1].detail).toContain("at most 10");
    const ok = new Diagnostics();
    validatedBy(resource, plan(), ok);
    expect(ok.items).toEqual([]);
  });
});

describe("deprecated attribute names", () => {
  test("an alias sets its replacement's API key and the plan follows it", async () => {
    const config = plan({ predicates_istopictoenrich_pattern: "orders.*" });
    const modified = plannedBy(resource, { prior: null, planned: config, config }, new Diagnostics());
    const planned = (modified as { planned: ObjectValue }).planned;
    expect(planned.predicates_is_topic_to_enrich_pattern).toBe("orders.*");

    const api = fakeStreamkapApi();
    const state = await resource.create({ planned, config }, ctx(api));
    expect(api.sources.calls[0].body!.config["predicates.IsTopicToEnrich.pattern"]).toBe("orders.*");
    const read = await resource.read({ state }, ctx(api));
    expect(read!.predicates_istopictoenrich_pattern).toBe("orders.*");
    expect(read!.predicates_is_topic_to_enrich_pattern).toBe("orders.*");
    expect(read!.insert_static_key_field_1).toBeNull();
  });

  test("an alias set beside its replacement is an error on the alias", () => {
    const d = new Diagnostics();
    validatedBy(resource, plan({ insert_static_value_1: "a", transforms_insert_static_value1_static_value: "b" }), d);
    expect(d.items).toHaveLength(1);
    expect(d.items[0].path).toEqual([{ attribute: "insert_static_value_1" }]);
  });

  test("without aliases only the status and topics are planned", () => {
    const modified = plannedBy(resource, { prior: null, planned: plan(), config: plan() }, new Diagnostics());
    const { connector_status, topics, ...rest } = (modified as { planned: ObjectValue }).planned;
    const { connector_status: _s, topics: _t, ...unchanged } = plan();
    expect(rest).toEqual(unchanged);
    expect(connector_status).toBe("Active");
    expect(isUnknown(topics)).toBe(true);
  });
});

describe("conditional rules", () => {
  test("ssh_enabled without ssh_host is an error on ssh_host; with it, none", () => {
    const missing = new Diagnostics();
    validatedBy(resource, plan({ ssh_enabled: true }), missing);
    expect(missing.items.map((d) => d.path)).toEqual([[{ attribute: "ssh_host" }]]);
    expect(missing.items[0].detail).toMatch(/ssh_host must be set when ssh_enabled is true: the SSH tunnel needs it/);
    const given = new Diagnostics();
    validatedBy(resource, plan({ ssh_enabled: true, ssh_host: "bastion.internal" }), given);
    expect(given.items).toEqual([]);
    const emptyUser = new Diagnostics();
    validatedBy(resource, plan({ ssh_enabled: true, ssh_host: "bastion.internal", ssh_user: "" }), emptyUser);
    expect(emptyUser.items.map((d) => d.path)).toEqual([[{ attribute: "ssh_user" }]]);
  });
});

describe("with read_secrets", () => {
  test("an import reads the secret, with no warning; a secret changed outside Terraform shows on refresh", async () => {
    const api = fakeStreamkapApi({ readSecrets: true });
    const planned = plan();
    const created = await resource.create({ planned, config: planned }, ctx(api));
    const c = ctx(api);
    const imported = await resource.read({ state: resource.importState!(created.id as string, c) }, c);
    expect(imported!.database_password).toBe("s3cret-pw");
    expect(c.diagnostics.items).toEqual([]);
    api.sources.stored.get(created.id as string)!.config!["database.password"] = "rotated-pw";
    expect((await resource.read({ state: created }, ctx(api)))!.database_password).toBe("rotated-pw");
  });

  test("without it, an import warns that the secrets are left out", async () => {
    const api = fakeStreamkapApi();
    const planned = plan();
    const created = await resource.create({ planned, config: planned }, ctx(api));
    const c = ctx(api);
    const imported = await resource.read({ state: resource.importState!(created.id as string, c) }, c);
    expect(imported!.database_password).toBeNull();
    expect(c.diagnostics.items.map((i) => i.summary)).toEqual(["Secrets were not imported"]);
  });
});
