// Destinations keep every promise sources keep, through the real terraform against the
// emulator: one POST with created_from "terraform" and no take-over of a taken name, precise
// in-place plans, drift and out-of-band deletes, a set-once field forcing replacement with the
// reason in the plan, the deprecated Snowflake alias, the ClickHouse map that travels as a
// JSON string of JSON strings, import three ways, the data source, plan-time validation with
// no API call, a Broken connector left tainted, refresh of 200 destinations in a few listing
// pages, and no secret in any output.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { emulatorEnv } from "../scripts/lib/emulator-process";
import { emulatorSuite } from "./support/emulator-suite";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import { hclHeader, planCounts, sourceWrites, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";

jest.setTimeout(300_000);

const privateKey = "dest-private-key-5f0c9e21ab";
const chPassword = "dest-ch-pw-93d1be07";
const workspaces = new WorkspaceFactory({
  address: PROVIDER_ADDRESS,
  env: () => ({ ...emulatorEnv(suite.emulator), TF_VAR_private_key: privateKey, TF_VAR_ch_password: chPassword }),
});
const log = workspaces.log;
const suite = emulatorSuite({ args: ["--deploy-ms", "30"] }, () => workspaces.cleanup());
const header = hclHeader(PROVIDER_SOURCE, ["private_key", "ch_password"]);

function snowflakeHcl(o: { name: string; warehouse?: string; mode?: string; alias?: boolean; mapping?: Record<string, string> }): string {
  const mapping = o.mapping ? `\n  auto_qa_dedupe_table_mapping = ${JSON.stringify(o.mapping)}` : "";
  return `${header}
resource "streamkap_destination_snowflake" "x" {
  name                    = "${o.name}"
  snowflake_url_name      = "acme.snowflakecomputing.com"
  snowflake_user_name     = "STREAMKAP"
  snowflake_private_key   = var.private_key
  snowflake_database_name = "ANALYTICS"
  snowflake_schema_name   = "CDC"
  sfwarehouse             = "${o.warehouse ?? "LOAD_WH"}"
  ingestion_mode          = "${o.mode ?? "upsert"}"${o.alias ? "\n  auto_schema_creation    = false" : ""}${mapping}
}
`;
}

async function onlyResource(ws: RecordingWorkspace) {
  const resources = await ws.managedResources();
  expect(resources).toHaveLength(1);
  return resources[0];
}

const requests = async () => (await suite.emulator.stats()).requests;

describe("streamkap_destination_snowflake", () => {
  const name = "warehouse-snowflake";
  let ws: RecordingWorkspace;
  let id: string;

  test("apply creates the destination with one POST, waits until it is Active, and plans clean", async () => {
    const before = await requests();
    ws = await workspaces.create(snowflakeHcl({ name, mapping: { "public.orders": "public.orders_dedupe" } }));
    await ws.apply();
    const after = await requests();
    expect((after["POST /destinations"] ?? 0) - (before["POST /destinations"] ?? 0)).toBe(1);

    const state = await onlyResource(ws);
    id = state.values.id as string;
    expect(state.values).toMatchObject({ name, connector: "snowflake", connector_status: "Active", desired_state: "Active", sfwarehouse: "LOAD_WH" });
    expect(state.values).not.toHaveProperty("topics");
    const held = (await suite.api.get("destinations", id, true))!;
    expect(held).toMatchObject({ name, connector: "snowflake", created_from: "terraform", connector_status: "Active" });
    expect(held.config["snowflake.private.key"]).toBe(privateKey);
    expect(JSON.parse(String(held.config["auto.qa.dedupe.table.mapping"]))).toEqual({ "public.orders": "public.orders_dedupe" });
    expect((await ws.plan()).code).toBe(0);
  });

  test("a changed setting is one in-place update of that attribute", async () => {
    ws.writeConfig(snowflakeHcl({ name, warehouse: "BIG_WH", mapping: { "public.orders": "public.orders_dedupe" } }));
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    const changed = plan.stdout
      .split("\n")
      .filter((l) => /^\s+~ \w+\s+=/.test(l))
      .map((l) => l.trim().split(/\s+/)[1]);
    expect(changed).toEqual(["sfwarehouse"]);
    await ws.apply();
    expect((await suite.api.get("destinations", id))!.config.sfwarehouse).toBe("BIG_WH");
    expect((await ws.plan()).code).toBe(0);
  });

  test("a value changed outside Terraform shows as drift and is set back", async () => {
    const held = (await suite.api.get("destinations", id, true))!;
    await suite.api.update("destinations", id, { name, connector: "snowflake", config: { ...held.config, sfwarehouse: "ROGUE_WH" } });
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ sfwarehouse\s+= "ROGUE_WH" -> "BIG_WH"/);
    await ws.apply();
    expect((await suite.api.get("destinations", id))!.config.sfwarehouse).toBe("BIG_WH");
  });

  test("changing ingestion_mode (set once) plans a replacement that says why", async () => {
    ws.writeConfig(snowflakeHcl({ name, warehouse: "BIG_WH", mode: "append", mapping: { "public.orders": "public.orders_dedupe" } }));
    try {
      const plan = await ws.plan();
      expect(plan.stdout).toMatch(/must be replaced/);
      expect(plan.stdout).toMatch(/ingestion_mode\s+= "upsert" -> "append" # forces replacement/);
      expect(planCounts(plan.stdout)).toEqual({ add: 1, change: 0, destroy: 1 });
    } finally {
      ws.writeConfig(snowflakeHcl({ name, warehouse: "BIG_WH", mapping: { "public.orders": "public.orders_dedupe" } }));
    }
  });

  test("the deprecated auto_schema_creation still works, with a warning, and sets create.schema.auto", async () => {
    ws.writeConfig(snowflakeHcl({ name, warehouse: "BIG_WH", alias: true, mapping: { "public.orders": "public.orders_dedupe" } }));
    const plan = await ws.plan();
    expect(plan.stdout + plan.stderr).toMatch(/auto_schema_creation is deprecated; use create_schema_auto instead/);
    await ws.apply();
    expect((await suite.api.get("destinations", id))!.config["create.schema.auto"]).toBe("false");
    expect((await ws.plan()).code).toBe(0);
    ws.writeConfig(snowflakeHcl({ name, warehouse: "BIG_WH", mapping: { "public.orders": "public.orders_dedupe" } }));
    await ws.apply();
  });

  test("import by the CLI reads everything, the secret included; the data source finds it by name", async () => {
    const other = await workspaces.create(snowflakeHcl({ name, warehouse: "BIG_WH", mapping: { "public.orders": "public.orders_dedupe" } }));
    const imported = await other.run(["import", "-input=false", "-no-color", "streamkap_destination_snowflake.x", id], { check: true });
    expect(imported.stdout + imported.stderr).not.toMatch(/Secrets were not imported/);
    const state = await onlyResource(other);
    expect(state.values).toMatchObject({
      id,
      name,
      sfwarehouse: "BIG_WH",
      ingestion_mode: "upsert",
      auto_qa_dedupe_table_mapping: { "public.orders": "public.orders_dedupe" },
    });
    expect(state.values.snowflake_private_key).toBe(privateKey);
    expect((await other.plan()).code).toBe(0);

    const reader = await workspaces.create(`${header}
data "streamkap_destination" "w" { name = "${name}" }
output "w" { value = data.streamkap_destination.w }
`);
    await reader.apply();
    const found = (await reader.state()).values!.outputs!.w.value as { id: string; config: Record<string, string> };
    expect(found).toMatchObject({ id, name, connector: "snowflake", connector_status: "Active" });
    expect(found.config.sfwarehouse).toBe("BIG_WH");
    expect(found.config["snowflake.private.key"]).toBeUndefined();
  });

  test("a destination deleted outside Terraform is planned and applied as a new one", async () => {
    expect(await suite.api.delete("destinations", id)).toBe(200);
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 1, change: 0, destroy: 0 });
    await ws.apply();
    const recreated = (await onlyResource(ws)).values.id as string;
    expect(recreated).not.toBe(id);
    id = recreated;
  });

  test("a name held by another destination is refused before any POST, with the import command", async () => {
    const other = await workspaces.create(snowflakeHcl({ name, warehouse: "BIG_WH" }));
    const before = await requests();
    const applied = await other.apply([], { check: false });
    expect(applied.code).toBe(1);
    // Terraform wraps long lines.
    const message = applied.stderr.replace(/\s+/g, " ");
    expect(message).toContain(`A destination named "${name}" already exists (id ${id}, connector snowflake)`);
    expect(message).toContain(`terraform import streamkap_destination_snowflake.<resource name> ${id}`);
    expect(sourceWrites(await requests(), "destinations")).toBe(sourceWrites(before, "destinations"));
    expect((await suite.api.list("destinations")).filter((d) => d.name === name)).toHaveLength(1);
  });

  test("an optional setting removed from the configuration is cleared, not kept (unlike the official provider)", async () => {
    ws.writeConfig(snowflakeHcl({ name, warehouse: "BIG_WH" }));
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    expect(plan.stdout).toMatch(/- auto_qa_dedupe_table_mapping\s+= \{/);
    await ws.apply();
    expect((await suite.api.get("destinations", id))!.config).not.toHaveProperty("auto.qa.dedupe.table.mapping");
    expect((await ws.plan()).code).toBe(0);
  });

  test("destroy removes it", async () => {
    await ws.destroy();
    expect(await suite.api.get("destinations", id)).toBeUndefined();
  });
});

describe("ClickHouse, the generic resource and -generate-config-out", () => {
  const clickhouse = (name: string, host = "ch.internal") => `${header}
resource "streamkap_destination_clickhouse" "x" {
  name                = "${name}"
  hostname            = "${host}"
  connection_username = "loader"
  connection_password = var.ch_password
  database            = "analytics"
  topics_config_map = {
    "public.orders" = { delete_sql_execute = "DELETE FROM orders WHERE id = 1" }
  }
}
`;

  test("topics_config_map travels as a JSON string of JSON strings and reads back clean", async () => {
    const ws = await workspaces.create(clickhouse("warehouse-clickhouse"));
    await ws.apply();
    const id = (await onlyResource(ws)).values.id as string;
    const wire = (await suite.api.get("destinations", id))!.config["topics.config.map"];
    expect(typeof wire).toBe("string");
    expect(JSON.parse(JSON.parse(wire as string)["public.orders"])).toEqual({ delete_sql_execute: "DELETE FROM orders WHERE id = 1" });
    expect((await ws.plan()).code).toBe(0);
    await ws.destroy();
  });

  test("a destination that ends Broken fails the apply and stays in state, tainted", async () => {
    const ws = await workspaces.create(clickhouse("warehouse-broken", "ch.example.broken"));
    const applied = await ws.apply([], { check: false });
    expect(applied.code).not.toBe(0);
    expect(applied.stderr).toMatch(/Destination "warehouse-broken" did not become Active/);
    expect(applied.stderr).toMatch(/ended Broken/);
    const state = await onlyResource(ws);
    expect(state.values.connector_status).toBe("Broken");
    expect((await ws.run(["state", "show", "-no-color", "streamkap_destination_clickhouse.x"], { check: true })).stdout).toMatch(/tainted/);
    await ws.destroy();
  });

  test("the generic streamkap_destination takes the API's keys; import {} with -generate-config-out plans clean once the secret is set", async () => {
    const made = await suite.api.create("destinations", {
      name: "warehouse-made-elsewhere",
      connector: "kafkadirect",
      config: { password: chPassword, "whitelist.ips.user.defined": "10.0.0.0/8" },
    });
    const ws = await workspaces.create(`${header}
import {
  to = streamkap_destination_kafkadirect.imported
  id = "${made.id}"
}
`);
    const generated = await ws.plan(["-generate-config-out=generated.tf"]);
    expect(generated.stdout + generated.stderr).not.toMatch(/Secrets were not imported/);
    const text = readFileSync(join(ws.dir, "generated.tf"), "utf8");
    expect(text).toMatch(/whitelist_ips\s+= "10\.0\.0\.0\/8"/);
    writeFileSync(join(ws.dir, "generated.tf"), text.replace(/password\s+= null.*\n/, "password = var.ch_password\n"));
    const plan = await ws.plan();
    expect(plan.stdout).toMatch(/Plan: 1 to import, 0 to add, 0 to change, 0 to destroy/);
    await ws.apply();
    expect((await ws.plan()).code).toBe(0);

    const generic = await workspaces.create(`${header}
resource "streamkap_destination" "g" {
  name          = "warehouse-generic"
  connector     = "kafkadirect"
  config        = { "whitelist.ips.user.defined" = "192.168.0.0/16" }
  secret_config = { "password" = var.ch_password }
}
`);
    await generic.apply();
    expect((await generic.plan()).code).toBe(0);
    const g = (await onlyResource(generic)).values;
    expect((await suite.api.get("destinations", g.id as string, true))!.config).toMatchObject({
      password: chPassword,
      "whitelist.ips.user.defined": "192.168.0.0/16",
    });
    await generic.destroy();
  });
});

describe("validation before any API call", () => {
  test("a bad enum, a value under its minimum and an unknown generic key: errors naming each, no request", async () => {
    const before = (await requests()).total;
    const ws = await workspaces.create(`${header}
resource "streamkap_destination_snowflake" "bad" {
  name                    = "bad"
  snowflake_url_name      = "acme"
  snowflake_user_name     = "u"
  snowflake_private_key   = var.private_key
  snowflake_database_name = "d"
  snowflake_schema_name   = "s"
  ingestion_mode          = "merge"
  consumer_override_max_poll_records = 0
}

resource "streamkap_destination" "bad" {
  name      = "bad-generic"
  connector = "snowflake"
  config    = { "snowflake.url" = "acme" }
}
`);
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    // Terraform wraps long lines.
    plan.stderr = plan.stderr.replace(/\s+/g, " ");
    expect(plan.stderr).toMatch(/ingestion_mode must be one of "upsert", "append", got "merge"/);
    expect(plan.stderr).toMatch(/consumer_override_max_poll_records must be at least 1/);
    expect(plan.stderr).toMatch(
      /config\["snowflake\.url"\]: "snowflake\.url" is not a Snowflake destination config key; did you mean "snowflake\.url\.name"\?/,
    );
    expect((await requests()).total).toBe(before);
  });
});

test("refresh of 200 destinations costs a few listing pages, not a request each", async () => {
  const ws = await workspaces.create(`${header}
resource "streamkap_destination_kafkadirect" "many" {
  count         = 200
  name          = "bulk-\${count.index}"
  password      = var.ch_password
  whitelist_ips = "10.0.0.0/8"
}
`);
  await ws.apply(["-parallelism=20"]);
  const before = await requests();
  const plan = await ws.plan(["-refresh-only"]);
  expect(plan.code).toBe(0);
  const after = await requests();
  const reads = ["GET /destinations", "GET /destinations/{id}"].reduce((n, route) => n + (after[route] ?? 0) - (before[route] ?? 0), 0);
  // Two listing pages of 100 (and perhaps a look-up or two for a straggler), never 200 reads.
  expect(reads).toBeGreaterThanOrEqual(2);
  expect(reads).toBeLessThanOrEqual(8);
  await ws.destroy(["-parallelism=20"]);
});

test("no terraform output of this file contains a secret", () => {
  const output = log.text();
  expect(output.length).toBeGreaterThan(0);
  for (const secret of [privateKey, chPassword, suite.emulator.secret]) expect(output).not.toContain(secret);
});
