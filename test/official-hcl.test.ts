// HCL written for the official streamkap-com/streamkap provider runs unchanged against ours:
// the same source address (our build installed under it in a mirror), an empty provider block
// with credentials from the environment, and the attributes the official docs use.
import { emulatorEnv } from "../scripts/lib/emulator-process";
import { emulatorSuite } from "./support/emulator-suite";
import { planCounts, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { OFFICIAL_PROVIDER_ADDRESS } from "../scripts/lib/provider-address";

jest.setTimeout(180_000);

const pgPassword = "official-pg-pw-3d8b61f0";
const alloyPassword = "official-alloy-pw-92ac4e17";
const workspaces = new WorkspaceFactory({
  address: OFFICIAL_PROVIDER_ADDRESS,
  env: () => ({ ...emulatorEnv(suite.emulator), TF_VAR_source_postgresql_password: pgPassword, TF_VAR_source_alloydb_password: alloyPassword }),
});
const log = workspaces.log;
const suite = emulatorSuite({ args: ["--deploy-ms", "50"] }, () => workspaces.cleanup());
const newWorkspace = (hcl: string) => workspaces.create(hcl);

/** A configuration in the style of the official provider's examples. */
function officialHcl(o: { pgTables?: string; alloyPort?: number } = {}): string {
  return `
terraform {
  required_providers {
    streamkap = {
      source = "streamkap-com/streamkap"
    }
  }
}

provider "streamkap" {}

variable "source_postgresql_password" {
  type        = string
  sensitive   = true
  description = "The password of the PostgreSQL database"
}

variable "source_alloydb_password" {
  type      = string
  sensitive = true
}

resource "streamkap_source_postgresql" "example-source-postgresql" {
  name                                         = "example-source-postgresql"
  database_hostname                            = "pg.example.internal"
  database_port                                = 5432
  database_user                                = "streamkap_user"
  database_password                            = var.source_postgresql_password
  database_dbname                              = "inventory"
  snapshot_read_only                           = "No"
  database_sslmode                             = "require"
  schema_include_list                          = "inventory"
  table_include_list                           = "${o.pgTables ?? "inventory.customers,inventory.orders"}"
  signal_data_collection_schema_or_database    = "streamkap"
  column_include_list                          = "inventory[.]customers[.](id|email)"
  heartbeat_enabled                            = false
  heartbeat_data_collection_schema_or_database = null
  include_source_db_name_in_table_name         = false
  slot_name                                    = "terraform_pgoutput_slot"
  publication_name                             = "terraform_pub"
  binary_handling_mode                         = "bytes"
  ssh_enabled                                  = false
}

resource "streamkap_source_alloydb" "example-source-alloydb" {
  name                                      = "example-source-alloydb"
  database_hostname                         = "10.20.0.5"
  database_port                             = ${o.alloyPort ?? 5432}
  database_user                             = "postgres"
  database_password                         = var.source_alloydb_password
  database_dbname                           = "postgres"
  snapshot_read_only                        = "Yes"
  database_sslmode                          = "require"
  schema_include_list                       = "public"
  table_include_list                        = "public.accounts"
  signal_data_collection_schema_or_database = "streamkap"
  heartbeat_enabled                         = true
  include_source_db_name_in_table_name      = false
  slot_name                                 = "alloydb_slot"
  publication_name                          = "alloydb_pub"
  binary_handling_mode                      = "base64"
  ssh_enabled                               = false
}

output "example-source-postgresql" {
  value = streamkap_source_postgresql.example-source-postgresql.id
}

output "example-source-alloydb" {
  value = streamkap_source_alloydb.example-source-alloydb.id
}
`;
}

const PG = "streamkap_source_postgresql.example-source-postgresql";
const ALLOY = "streamkap_source_alloydb.example-source-alloydb";

async function idsInState(ws: RecordingWorkspace): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const r of await ws.managedResources()) ids[r.address] = r.values.id as string;
  return ids;
}

describe("HCL for the official provider", () => {
  let ws: RecordingWorkspace;
  let ids: Record<string, string>;

  test("init picks our build under the official address; apply creates both sources", async () => {
    ws = await newWorkspace(officialHcl());
    const providers = await ws.run(["providers", "-no-color"], { check: true });
    expect(providers.stdout).toContain("registry.terraform.io/streamkap-com/streamkap");

    await ws.apply();
    ids = await idsInState(ws);
    expect(Object.keys(ids).sort()).toEqual([PG, ALLOY].sort());
    for (const id of Object.values(ids)) expect(id).toMatch(/^[0-9a-f]{24}$/);

    const pg = await suite.api.getSource(ids[PG], true);
    expect(pg).toMatchObject({ name: "example-source-postgresql", connector: "postgresql", created_from: "terraform", connector_status: "Active" });
    expect(pg!.config).toMatchObject({
      "database.hostname.user.defined": "pg.example.internal",
      "database.user": "streamkap_user",
      "database.password": pgPassword,
      "database.dbname": "inventory",
      "snapshot.read.only.user.defined": "No",
      "database.sslmode": "require",
      "schema.include.list": "inventory",
      "table.include.list.user.defined": "inventory.customers,inventory.orders",
      "signal.data.collection.schema.or.database": "streamkap",
      "column.include.list.user.defined": "inventory[.]customers[.](id|email)",
      "slot.name": "terraform_pgoutput_slot",
      "publication.name": "terraform_pub",
      "binary.handling.mode": "bytes",
    });
    // Echoed as strings by the API; compare the meaning, not the JSON type.
    expect(String(pg!.config["database.port.user.defined"])).toBe("5432");
    expect(String(pg!.config["heartbeat.enabled"])).toBe("false");
    expect(String(pg!.config["ssh.enabled"])).toBe("false");
    // A null attribute is never sent: the backend keeps its own default for it.
    expect(pg!.config["heartbeat.data.collection.schema.or.database"] ?? null).toBeNull();

    const alloy = await suite.api.getSource(ids[ALLOY], true);
    expect(alloy).toMatchObject({ name: "example-source-alloydb", connector: "alloydb", created_from: "terraform", connector_status: "Active" });
    expect(alloy!.config).toMatchObject({
      "database.hostname.user.defined": "10.20.0.5",
      "database.password": alloyPassword,
      "slot.name": "alloydb_slot",
      "binary.handling.mode": "base64",
    });
  });

  test("a plan right after apply has no changes", async () => {
    expect((await ws.plan()).code).toBe(0);
  });

  test("changes are applied in place", async () => {
    ws.writeConfig(officialHcl({ pgTables: "inventory.customers", alloyPort: 6432 }));
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 2, destroy: 0 });
    await ws.apply();

    expect(await idsInState(ws)).toEqual(ids);
    expect((await suite.api.getSource(ids[PG]))!.config["table.include.list.user.defined"]).toBe("inventory.customers");
    expect(String((await suite.api.getSource(ids[ALLOY]))!.config["database.port.user.defined"])).toBe("6432");
    expect((await ws.plan()).code).toBe(0);
  });

  test("import into a fresh workspace reads everything back, passwords included: the next plan is empty", async () => {
    const other = await newWorkspace(officialHcl({ pgTables: "inventory.customers", alloyPort: 6432 }));
    for (const [address, id] of Object.entries(ids)) {
      await other.run(["import", "-input=false", "-no-color", address, id], { check: true });
    }
    const state = Object.fromEntries((await other.resources()).map((r) => [r.address, r.values]));
    expect(state[PG]).toMatchObject({
      id: ids[PG],
      name: "example-source-postgresql",
      database_port: 5432,
      snapshot_read_only: "No",
      heartbeat_enabled: false,
      table_include_list: "inventory.customers",
      column_include_list: "inventory[.]customers[.](id|email)",
      slot_name: "terraform_pgoutput_slot",
      binary_handling_mode: "bytes",
    });
    expect(state[ALLOY]).toMatchObject({ id: ids[ALLOY], database_port: 6432, binary_handling_mode: "base64" });

    // Secrets are read back (secret_returned=true, as the official provider reads them).
    expect(state[PG].database_password).toBe(pgPassword);
    const plan = await other.plan();
    expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: "" });
  });

  test("a source deleted out of band is re-created", async () => {
    expect(await suite.api.deleteSource(ids[PG])).toBe(200);
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 1, change: 0, destroy: 0 });
    await ws.apply();

    const now = await idsInState(ws);
    expect(now[ALLOY]).toBe(ids[ALLOY]);
    expect(now[PG]).toMatch(/^[0-9a-f]{24}$/);
    expect(now[PG]).not.toBe(ids[PG]);
    expect((await suite.api.listSources()).map((s) => s.id).sort()).toEqual(Object.values(now).sort());
    ids = now;
  });

  test("destroy removes both sources", async () => {
    await ws.destroy();
    expect(await ws.resources()).toHaveLength(0);
    expect(await suite.api.listSources()).toHaveLength(0);
  });
});

test("no terraform output contains a password or the client secret", () => {
  const output = log.text();
  expect(output).toMatch(/Destroy complete!/);
  for (const secret of [pgPassword, alloyPassword, suite.emulator.secret]) expect(output).not.toContain(secret);
});
