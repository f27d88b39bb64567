// Moving from the official provider (streamkap-com/streamkap) with existing state: a state file
// as the official provider writes it (schema version 0, its attribute names, numbers and
// booleans typed) plans empty against this build — first served under the official address by
// `cdktf-streamkap install-provider --as-official`, so that HCL pinned `version = ">= 2.0.0"`
// needs no edit, then after `terraform state replace-provider` to this provider's own address.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sourceCatalog } from "../catalog";
import { emulatorEnv } from "../scripts/lib/emulator-process";
import { REPO_ROOT } from "../scripts/lib/paths";
import { emulatorSuite } from "./support/emulator-suite";
import { postgresSourceHcl } from "./support/flow-hcl";
import { OutputLog, RecordingWorkspace, sourceWrites } from "./support/provider-workspace";
import { postgresApiConfig } from "./support/source-config";

jest.setTimeout(180_000);

const dbPassword = "migration-pw-61c0a9f2";
const log = new OutputLog();
const made: RecordingWorkspace[] = [];
const suite = emulatorSuite({ args: ["--deploy-ms", "20"] }, () => made.forEach((ws) => ws.cleanup()));

/** The source as configured, in the API's keys. */
const apiConfig = postgresApiConfig(dbPassword, { "heartbeat.enabled": false });

function hcl(source: string, version?: string): string {
  return `
terraform {
  required_providers {
    streamkap = {
      source = "${source}"${version ? `\n      version = "${version}"` : ""}
    }
  }
}

provider "streamkap" {}

variable "db_password" {
  type      = string
  sensitive = true
}
${postgresSourceHcl("orders", { name: "orders-cdc", database_port: 5432, heartbeat_enabled: false })}`;
}

/** terraform.tfstate as the official provider leaves it: every attribute of its schema (the
 * catalog's names, defaults applied, typed), none of this provider's own additions. */
function officialState(id: string): object {
  const connector = sourceCatalog.get("postgresql");
  const attributes: Record<string, unknown> = { id, name: "orders-cdc", connector: "postgresql" };
  for (const field of connector.fields) {
    const configured = apiConfig[field.api_key];
    attributes[field.tf_name] = configured ?? (field.placeholder_default ? null : (field.default ?? null));
  }
  for (const alias of connector.deprecated_aliases) attributes[alias.tf_name] = null;
  return {
    version: 4,
    terraform_version: "1.9.8",
    serial: 3,
    lineage: "7d5c1f0e-2b8a-4c6e-9f3d-5a1b2c3d4e5f",
    outputs: {},
    resources: [
      {
        mode: "managed",
        type: "streamkap_source_postgresql",
        name: "orders",
        provider: 'provider["registry.terraform.io/streamkap-com/streamkap"]',
        instances: [{ schema_version: 0, attributes, sensitive_attributes: [[{ type: "get_attr", value: "database_password" }]] }],
      },
    ],
    check_results: null,
  };
}

test("official state plans empty: served as the official provider, then after replace-provider", async () => {
  const { id } = await suite.api.createSource({ name: "orders-cdc", connector: "postgresql", config: apiConfig });
  const ws = new RecordingWorkspace(log, { ...emulatorEnv(suite.emulator), TF_VAR_db_password: dbPassword });
  made.push(ws);
  // The package's own command, as a user runs it: this build under the official address at 3.0.0.
  const installed = execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, "dist/constructs/cli/main.js"),
      "install-provider",
      "--mirror",
      join(ws.dir, ".mirror"),
      "--cli-config",
      ws.cliConfigFile,
      "--as-official",
      "3.0.0",
    ],
    { encoding: "utf8" },
  );
  expect(installed).toMatch(/installed registry\.terraform\.io\/streamkap-com\/streamkap 3\.0\.0/);

  ws.writeConfig(hcl("streamkap-com/streamkap", ">= 2.0.0"));
  writeFileSync(join(ws.dir, "terraform.tfstate"), JSON.stringify(officialState(id), null, 2));
  await ws.init();
  const asOfficial = await ws.plan();
  expect({ code: asOfficial.code, stderr: asOfficial.stderr }).toEqual({ code: 0, stderr: "" });

  const moved = await ws.run(
    [
      "state",
      "replace-provider",
      "-auto-approve",
      "-no-color",
      "registry.terraform.io/streamkap-com/streamkap",
      "registry.terraform.io/cdktf-streamkap/streamkap",
    ],
    { check: true },
  );
  expect(moved.stdout).toMatch(/Successfully replaced provider for 1 resource/);
  ws.writeConfig(hcl("cdktf-streamkap/streamkap"));
  await ws.init();
  const asOurs = await ws.plan();
  expect({ code: asOurs.code, stderr: asOurs.stderr }).toEqual({ code: 0, stderr: "" });

  // An apply changes nothing in Streamkap; the state it saves holds what this provider adds.
  const before = await suite.emulator.stats();
  expect((await ws.apply()).stdout).toMatch(/0 added, 0 changed, 0 destroyed/);
  const after = await suite.emulator.stats();
  expect(sourceWrites(after.requests)).toBe(sourceWrites(before.requests));
  const [resource] = await ws.managedResources();
  expect(resource.values).toMatchObject({ id, desired_state: "Active", connector_status: "Active", database_port: 5432, heartbeat_enabled: false });
  expect((await suite.api.getSource(id))!.name).toBe("orders-cdc");
});

test("no terraform output of this file contains the password", () => {
  const output = log.text();
  expect(output).toMatch(/No changes/);
  expect(output).not.toContain(dbPassword);
});
