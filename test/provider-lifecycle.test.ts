// The provider's resource lifecycle through the real terraform binary against the emulator:
// create, no-op plan, in-place update, import, drift, replacement, destroy, validation —
// and no secret in any of terraform's output along the way.
import { emulatorEnv } from "../scripts/lib/emulator-process";
import { emulatorSuite } from "./support/emulator-suite";
import { genericPostgresSourceHcl, postgresSourceHcl } from "./support/flow-hcl";
import { hclHeader, planCounts, sourceWrites, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";

jest.setTimeout(180_000);

const dbPassword = "lifecycle-pw-7c1e9a0b42";
const wrongSecret = "wrong-secret-5be0d3c8";
// Credentials only from the environment, password only from a sensitive variable.
const workspaces = new WorkspaceFactory({
  address: PROVIDER_ADDRESS,
  env: () => ({ ...emulatorEnv(suite.emulator), TF_VAR_db_password: dbPassword }),
});
const log = workspaces.log;
const suite = emulatorSuite({ args: ["--deploy-ms", "50"] }, () => workspaces.cleanup());
const newWorkspace = (hcl: string) => workspaces.create(hcl);
const header = hclHeader(PROVIDER_SOURCE, ["db_password"]);

function postgresHcl(o: { name: string; port?: number; tables?: string; slot?: string; sslmode?: string }): string {
  const attributes = {
    name: o.name,
    database_port: o.port ?? 5432,
    table_include_list: o.tables,
    slot_name: o.slot ?? "shop_slot",
    database_sslmode: o.sslmode ?? "require",
  };
  return `${header}${postgresSourceHcl("x", attributes)}
output "id" { value = streamkap_source_postgresql.x.id }
`;
}

async function onlyResource(ws: RecordingWorkspace) {
  const resources = await ws.managedResources();
  expect(resources).toHaveLength(1);
  return resources[0];
}

async function namedSources(name: string) {
  return (await suite.api.listSources()).filter((s) => s.name === name);
}

describe("streamkap_source_postgresql", () => {
  const name = "lifecycle-pg";
  let ws: RecordingWorkspace;
  let id: string;

  test("apply creates the source as configured", async () => {
    ws = await newWorkspace(postgresHcl({ name }));
    await ws.apply();

    const state = await onlyResource(ws);
    id = state.values.id as string;
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(state.values).toMatchObject({ name, connector_status: "Active", database_port: 5432, slot_name: "shop_slot" });

    const sources = await suite.api.listSources();
    expect(sources.map((s) => s.id)).toEqual([id]);
    const source = await suite.api.getSource(id, true);
    expect(source).toMatchObject({ name, connector: "postgresql", created_from: "terraform" });
    expect(source!.config).toMatchObject({
      "database.hostname.user.defined": "db.internal",
      "database.user": "cdc",
      "database.dbname": "shop",
      "table.include.list.user.defined": "public.orders",
      "slot.name": "shop_slot",
    });
    // The API echoes numbers as strings, as Kafka Connect stores them.
    expect(String(source!.config["database.port.user.defined"])).toBe("5432");
    expect(source!.config["database.password"]).toBe(dbPassword);
  });

  test("a plan right after apply has no changes", async () => {
    const plan = await ws.plan();
    expect(plan.code).toBe(0);
  });

  test("a changed field is updated in place", async () => {
    ws.writeConfig(postgresHcl({ name, port: 5433, tables: "public.orders,public.items" }));
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });

    await ws.apply();
    expect((await onlyResource(ws)).values.id).toBe(id);
    const source = await suite.api.getSource(id, true);
    expect(String(source!.config["database.port.user.defined"])).toBe("5433");
    expect(source!.config["table.include.list.user.defined"]).toBe("public.orders,public.items");
    expect(source!.config["database.password"]).toBe(dbPassword);
    expect((await ws.plan()).code).toBe(0);
  });

  test("a value changed behind Terraform's back shows as drift and is set back", async () => {
    const current = (await suite.api.getSource(id, true))!;
    await suite.api.updateSource(id, {
      name,
      connector: "postgresql",
      config: { ...current.config, "table.include.list.user.defined": "public.hacked" },
    });
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    expect(plan.stdout).toMatch(/table_include_list\s+= "public\.hacked" -> "public\.orders,public\.items"/);

    await ws.apply();
    expect((await suite.api.getSource(id))!.config["table.include.list.user.defined"]).toBe("public.orders,public.items");
    expect((await ws.plan()).code).toBe(0);
  });

  test("changing slot_name (set once) plans a replacement", async () => {
    ws.writeConfig(postgresHcl({ name, port: 5433, tables: "public.orders,public.items", slot: "other_slot" }));
    try {
      const plan = await ws.plan();
      expect(plan.code).toBe(2);
      expect(plan.stdout).toMatch(/must be replaced/);
      expect(plan.stdout).toMatch(/slot_name.*# forces replacement/);
      expect(planCounts(plan.stdout)).toEqual({ add: 1, change: 0, destroy: 1 });
    } finally {
      // The next tests start from the applied configuration, whatever happened here.
      ws.writeConfig(postgresHcl({ name, port: 5433, tables: "public.orders,public.items" }));
    }
  });

  test("import into an empty state reads the whole source, secret included: the next plan is empty", async () => {
    const other = await newWorkspace(postgresHcl({ name, port: 5433, tables: "public.orders,public.items" }));
    const imported = await other.run(["import", "-input=false", "-no-color", "streamkap_source_postgresql.x", id], { check: true });
    expect(imported.stdout).toMatch(/Import successful/);

    const state = await onlyResource(other);
    expect(state.values).toMatchObject({
      id,
      name,
      database_hostname: "db.internal",
      database_port: 5433,
      database_user: "cdc",
      database_dbname: "shop",
      schema_include_list: "public",
      table_include_list: "public.orders,public.items",
      slot_name: "shop_slot",
      connector_status: "Active",
    });
    // The password is read back (secret_returned=true) and kept as sensitive state.
    expect(state.values.database_password).toBe(dbPassword);
    expect(imported.stdout + imported.stderr).not.toMatch(/Secrets were not imported/);
    const plan = await other.plan();
    expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: "" });
  });

  test("with read_secrets = false, an import leaves the secret out, says so, and plans to set it", async () => {
    const other = await workspaces.create(postgresHcl({ name, port: 5433, tables: "public.orders,public.items" }), { STREAMKAP_READ_SECRETS: "false" });
    const imported = await other.run(["import", "-input=false", "-no-color", "streamkap_source_postgresql.x", id], { check: true });
    expect(imported.stdout + imported.stderr).toMatch(/Secrets were not imported/);
    expect((await onlyResource(other)).values.database_password ?? null).toBeNull();
    const plan = await other.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    expect(plan.stdout).not.toMatch(/must be replaced/);
  });

  test("a password changed outside Terraform shows in the plan as a sensitive change, and is set back", async () => {
    const held = (await suite.api.getSource(id, true))!;
    await suite.api.updateSource(id, { name, connector: "postgresql", config: { ...held.config, "database.password": "rotated-in-the-ui-5d2a" } });
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    expect(plan.stdout).toMatch(/~ database_password\s+= \(sensitive value\)/);
    expect(plan.stdout + plan.stderr).not.toContain("rotated-in-the-ui-5d2a");
    await ws.apply();
    expect((await suite.api.getSource(id, true))!.config["database.password"]).toBe(dbPassword);
    expect((await ws.plan()).code).toBe(0);
  });

  test("a source deleted behind Terraform's back is planned and applied as a new one", async () => {
    expect(await suite.api.deleteSource(id)).toBe(200);
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(planCounts(plan.stdout)).toEqual({ add: 1, change: 0, destroy: 0 });

    await ws.apply();
    const recreated = (await onlyResource(ws)).values.id as string;
    expect(recreated).toMatch(/^[0-9a-f]{24}$/);
    expect(recreated).not.toBe(id);
    expect((await suite.api.listSources()).map((s) => s.id)).toEqual([recreated]);
    id = recreated;
  });

  test("apply with TF_LOG=trace works and (checked at the end) leaks nothing", async () => {
    ws.writeConfig(postgresHcl({ name, port: 5434, tables: "public.orders,public.items" }));
    const traced = await ws.apply([], { env: { TF_LOG: "trace" } });
    // The trace must really contain the provider's conversation, or the leak check proves little.
    // The provider logs hclog JSON; Terraform prints the message, then the fields (@module among them).
    expect(traced.stderr).toMatch(/PUT \/sources\/[0-9a-f]{24} → 200[^\n]*@module=provider\.streamkap/);
    expect(String((await suite.api.getSource(id))!.config["database.port.user.defined"])).toBe("5434");
  });

  test("destroy removes the source; destroy after a manual delete also succeeds", async () => {
    await ws.destroy();
    expect(await suite.api.listSources()).toHaveLength(0);
    expect(await ws.resources()).toHaveLength(0);

    await ws.apply();
    const again = (await onlyResource(ws)).values.id as string;
    expect(await suite.api.deleteSource(again)).toBe(200);
    await ws.destroy();
    expect(await ws.resources()).toHaveLength(0);
    expect(await suite.api.listSources()).toHaveLength(0);
  });

  test("deleting a source that is already gone (no refresh) succeeds", async () => {
    await ws.apply();
    const gone = (await onlyResource(ws)).values.id as string;
    expect(await suite.api.deleteSource(gone)).toBe(200);
    // Without a refresh terraform really calls Delete on the missing source.
    await ws.destroy(["-refresh=false"]);
    expect(await ws.resources()).toHaveLength(0);
    expect(await suite.api.listSources()).toHaveLength(0);
  });
});

describe("generic streamkap_source", () => {
  const name = "lifecycle-generic";

  function genericHcl(tables: string): string {
    return `${header}
resource "streamkap_source" "g" {
  name      = "${name}"
  connector = "postgresql"
  config = {
    "database.hostname.user.defined"  = "db.internal"
    "database.port.user.defined"      = "5432"
    "database.user"                   = "cdc"
    "database.dbname"                 = "shop"
    "schema.include.list"             = "public"
    "table.include.list.user.defined" = "${tables}"
  }
  secret_config = {
    "database.password" = var.db_password
  }
}
`;
  }

  test("apply, clean plan, in-place update of a config value, destroy", async () => {
    const ws = await newWorkspace(genericHcl("public.orders"));
    await ws.apply();
    const state = await onlyResource(ws);
    const id = state.values.id as string;
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(state.values.connector_status).toBe("Active");

    const source = await suite.api.getSource(id, true);
    expect(source).toMatchObject({ name, connector: "postgresql", created_from: "terraform" });
    expect(String(source!.config["database.port.user.defined"])).toBe("5432");
    expect(source!.config["database.password"]).toBe(dbPassword);

    expect((await ws.plan()).code).toBe(0);

    ws.writeConfig(genericHcl("public.orders,public.items"));
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    await ws.apply();
    expect((await onlyResource(ws)).values.id).toBe(id);
    expect((await suite.api.getSource(id))!.config["table.include.list.user.defined"]).toBe("public.orders,public.items");
    expect((await ws.plan()).code).toBe(0);

    await ws.destroy();
    expect(await namedSources(name)).toHaveLength(0);
  });
});

describe("invalid configuration fails at plan time without touching the API", () => {
  async function expectRejected(hcl: string, attribute: RegExp) {
    const ws = await newWorkspace(hcl);
    const before = await suite.emulator.stats();
    const plan = await ws.plan();
    const after = await suite.emulator.stats();
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(attribute);
    expect(sourceWrites(after.requests)).toBe(sourceWrites(before.requests));
    // Validation runs before the provider is configured, so not even a token is requested.
    expect(after.requests.total).toBe(before.requests.total);
  }

  test("an enum value the connector does not allow (typed resource)", async () => {
    await expectRejected(postgresHcl({ name: "invalid-sslmode", sslmode: "verify-full" }), /database_sslmode/);
  });

  test("an unknown config key (generic resource)", async () => {
    await expectRejected(
      header +
        genericPostgresSourceHcl("g", { name: "invalid-key", password: { expression: "var.db_password" }, extraConfig: { "database.no.such.setting": "1" } }),
      /database\.no\.such\.setting/,
    );
  });
});

test("wrong credentials fail with the API's answer and without echoing the secret", async () => {
  const ws = await newWorkspace(postgresHcl({ name: "bad-credentials" }));
  const apply = await ws.apply([], { check: false, env: { STREAMKAP_SECRET: wrongSecret } });
  expect(apply.code).toBe(1);
  expect(apply.stderr).toMatch(/401/);
  expect(apply.stderr).toMatch(/Invalid client credentials/);
  expect(await namedSources("bad-credentials")).toHaveLength(0);
});

test("no terraform output of this file contains the password or the client secret", () => {
  const output = log.text();
  // Guard: the log really holds every run (init, plans, applies, the trace).
  expect(output).toMatch(/Apply complete!/);
  expect(output).toMatch(/\[TRACE\]/);
  for (const secret of [dbPassword, suite.emulator.secret, wrongSecret, "rotated-in-the-ui-5d2a"]) expect(output).not.toContain(secret);
});
