// Issue-3 lifecycle scenarios through the real terraform binary against the emulator, in
// plain HCL: waiting for the connector, pause in place, a connector that ends Broken, precise
// plans, values unknown until apply, SSH rules and the data source, import with generated
// config — and no secret in any output.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { emulatorEnv, startEmulatorProcess } from "../scripts/lib/emulator-process";
import { emulatorSuite } from "./support/emulator-suite";
import { postgresSourceHcl } from "./support/flow-hcl";
import { hclHeader, planCounts, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import { postgresApiConfig } from "./support/source-config";

jest.setTimeout(240_000);

const dbPassword = "scenario-pw-51d0c2e7aa";
const workspaces = new WorkspaceFactory({
  address: PROVIDER_ADDRESS,
  env: () => ({ ...emulatorEnv(suite.emulator), TF_VAR_db_password: dbPassword }),
});
const log = workspaces.log;
// Deployments take long enough that a provider which did not poll would see Starting.
const suite = emulatorSuite({ args: ["--deploy-ms", "600"] }, () => workspaces.cleanup());
/** A workspace on the emulator, or on another API address (e.g. one that answers nothing). */
const newWorkspace = (hcl: string, url = suite.emulator.url) => workspaces.create(hcl, { STREAMKAP_HOST: url });
const header = hclHeader(PROVIDER_SOURCE, ["db_password"]);

/** `host` is an HCL expression; `extra` lines go inside the resource block as written. */
function pg(o: { name: string; host?: string; port?: number; desired?: string; extra?: string }): string {
  const host = o.host === undefined ? undefined : { expression: o.host };
  return header + postgresSourceHcl("x", { name: o.name, database_hostname: host, database_port: o.port ?? 5432, desired_state: o.desired }, o.extra);
}

/** Terraform wraps long messages; match them on one line. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("waiting, pause in place, precise plans", () => {
  const name = "scenario-wait";
  let ws: RecordingWorkspace;
  let id: string;

  test("apply returns only once the connector is Active, having polled its status", async () => {
    ws = await newWorkspace(pg({ name }));
    const before = await suite.emulator.stats();
    await ws.apply();
    const after = await suite.emulator.stats();
    const [state] = await ws.managedResources();
    id = state.values.id as string;
    expect(state.values.connector_status).toBe("Active");
    expect((await suite.api.getSource(id))!.connector_status).toBe("Active");
    // Created with wait=false, then read back until Active.
    const polls = (after.requests["GET /sources/{id}"] ?? 0) - (before.requests["GET /sources/{id}"] ?? 0);
    expect(polls).toBeGreaterThanOrEqual(1);
  });

  test("desired_state Paused pauses in place; the plan shows only what changes", async () => {
    ws.writeConfig(pg({ name, desired: "Paused" }));
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    expect(plan.stdout).toMatch(/desired_state\s+= "Active" -> "Paused"/);
    expect(plan.stdout).toMatch(/connector_status\s+= "Active" -> "Paused"/);
    expect(plan.stdout).not.toMatch(/known after apply/);
    await ws.apply();
    const [state] = await ws.managedResources();
    expect(state.values).toMatchObject({ id, desired_state: "Paused", connector_status: "Paused" });
    expect((await suite.api.getSource(id))!.connector_status).toBe("Paused");
    expect((await ws.plan()).code).toBe(0);
  });

  test("Stopped, then Active again: same source throughout", async () => {
    for (const desired of ["Stopped", "Active"]) {
      ws.writeConfig(pg({ name, desired }));
      await ws.apply();
      expect((await suite.api.getSource(id))!.connector_status).toBe(desired);
    }
    expect((await ws.managedResources())[0].values.id).toBe(id);
  });

  test("a changed port plans one attribute, nothing known only after apply", async () => {
    ws.writeConfig(pg({ name, port: 5433 }));
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    const changedLines = plan.stdout.split("\n").filter((l) => /^\s+~ \w+\s+=/.test(l));
    expect(changedLines).toHaveLength(1);
    expect(changedLines[0]).toMatch(/database_port\s+= 5432 -> 5433/);
    expect(plan.stdout).not.toMatch(/known after apply/);
    await ws.apply();
    expect((await ws.plan()).code).toBe(0);
  });

  test("a status changed in the Streamkap UI shows as drift on desired_state and is set back", async () => {
    const current = (await suite.api.getSource(id, true))!;
    await suite.api.updateSource(id, { name, connector: "postgresql", config: current.config, desired_state: "Paused" } as never);
    const plan = await ws.plan();
    expect(plan.stdout).toMatch(/desired_state\s+= "Paused" -> "Active"/);
    await ws.apply();
    expect((await suite.api.getSource(id))!.connector_status).toBe("Active");
  });

  test("destroy waits until the source is gone", async () => {
    await ws.destroy();
    expect(await suite.api.getSource(id)).toBeUndefined();
  });
});

test("a value known only after another resource is applied flows into the source", async () => {
  const hcl = (input: string) =>
    pg({ name: "scenario-unknown", host: "terraform_data.host.output" }) + `\nresource "terraform_data" "host" {\n  input = "${input}"\n}\n`;
  const ws = await newWorkspace(hcl("db-a.internal"));
  await ws.apply();
  const id = (await ws.managedResources()).find((r) => r.type === "streamkap_source_postgresql")!.values.id as string;
  expect((await suite.api.getSource(id))!.config["database.hostname.user.defined"]).toBe("db-a.internal");
  ws.writeConfig(hcl("db-b.internal"));
  const plan = await ws.plan();
  expect(plan.stdout).toMatch(/database_hostname\s+= "db-a\.internal" -> \(known after apply\)/);
  await ws.apply();
  expect((await suite.api.getSource(id))!.config["database.hostname.user.defined"]).toBe("db-b.internal");
  await ws.destroy();
});

describe("a connector that ends Broken", () => {
  test("fails the apply quoting status and tasks; the source stays in state, tainted, and the next apply replaces it", async () => {
    const name = "scenario-broken";
    const ws = await newWorkspace(pg({ name, host: '"db.broken"' }));
    const apply = await ws.apply([], { check: false });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toMatch(/did not become Active/);
    expect(flat(apply.stderr)).toMatch(/Broken \(task 0: FAILED — org\.apache\.kafka\.connect\.errors\.ConnectException/);
    const [state] = await ws.managedResources();
    const brokenId = state.values.id as string;
    expect(brokenId).toMatch(/^[0-9a-f]{24}$/);
    expect((await suite.api.getSource(brokenId))!.connector_status).toBe("Broken");

    ws.writeConfig(pg({ name }));
    const plan = await ws.plan();
    expect(plan.stdout).toMatch(/is tainted, so must be replaced/);
    expect(planCounts(plan.stdout)).toEqual({ add: 1, change: 0, destroy: 1 });
    await ws.apply();
    const [fixed] = await ws.managedResources();
    expect(fixed.values.id).not.toBe(brokenId);
    expect(fixed.values.connector_status).toBe("Active");
    expect(await suite.api.getSource(brokenId)).toBeUndefined();
    await ws.destroy();
  });

  test("a connector slower than timeouts.create fails the apply and stays in state", async () => {
    const slow = await startEmulatorProcess({ args: ["--deploy-ms", "60000"], clientId: suite.emulator.clientId, secret: suite.emulator.secret });
    try {
      const ws = await newWorkspace(pg({ name: "scenario-slow", extra: 'timeouts {\n  create = "1s"\n}' }), slow.url);
      const apply = await ws.apply([], { check: false });
      expect(apply.code).toBe(1);
      expect(flat(apply.stderr)).toMatch(/still Starting \(task 0: UNASSIGNED\) after the time allowed/);
      expect((await ws.managedResources())[0].values.id).toMatch(/^[0-9a-f]{24}$/);
    } finally {
      await slow.stop();
    }
  });
});

describe("validation before any API call", () => {
  test("ssh_enabled without ssh_host: an error on ssh_host, no request", async () => {
    const ws = await newWorkspace(pg({ name: "scenario-ssh", extra: "ssh_enabled = true" }));
    const before = await suite.emulator.stats();
    const plan = await ws.plan();
    const after = await suite.emulator.stats();
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/ssh_host\s+must\s+be\s+set\s+when\s+ssh_enabled\s+is\s+true/);
    expect(plan.stderr).toMatch(/ssh_enabled = true|streamkap_source_postgresql\.x/);
    expect(after.requests.total).toBe(before.requests.total);
  });

  test("a number out of range and a bad desired_state: errors saying what is allowed, no request", async () => {
    const ws = await newWorkspace(pg({ name: "scenario-range", desired: "Sleeping", extra: "streamkap_snapshot_parallelism = 50" }));
    const before = await suite.emulator.stats();
    const plan = await ws.plan();
    const after = await suite.emulator.stats();
    expect(plan.code).toBe(1);
    expect(flat(plan.stderr)).toMatch(/streamkap_snapshot_parallelism must be at most 10/);
    expect(flat(plan.stderr)).toMatch(/desired_state must be one of "Active", "Paused", "Stopped"/);
    expect(after.requests.total).toBe(before.requests.total);
  });
});

describe("import and the data source", () => {
  const name = "scenario-import";
  let id: string;

  beforeAll(async () => {
    const created = await suite.api.createSource({
      name,
      connector: "postgresql",
      config: postgresApiConfig(dbPassword),
    });
    id = created.id;
  });

  test("the data source finds the source by id and by exact name", async () => {
    const ws = await newWorkspace(`${header}
data "streamkap_source" "by_id" { id = "${id}" }
data "streamkap_source" "by_name" { name = "${name}" }
output "by_id" { value = data.streamkap_source.by_id }
output "by_name" { value = data.streamkap_source.by_name }
`);
    await ws.apply();
    const outputs = (await ws.state()).values!.outputs!;
    for (const key of ["by_id", "by_name"]) {
      expect(outputs[key].value).toMatchObject({ id, name, connector: "postgresql", connector_status: "Active", topics: [`source_${id}.public.orders`] });
      const config = (outputs[key].value as { config: Record<string, string> }).config;
      expect(config["database.port.user.defined"]).toBe("5432");
      expect(config["database.password"]).toBeUndefined();
    }
  });

  test("plan -generate-config-out writes a config (the secret left as null) that plans clean once the secret is supplied", async () => {
    const ws = await newWorkspace(`${header}
import {
  to = streamkap_source_postgresql.imported
  id = "${id}"
}
`);
    const generated = await ws.plan(["-generate-config-out=generated.tf"]);
    expect(generated.stdout + generated.stderr).not.toMatch(/Secrets were not imported/);
    const text = readFileSync(join(ws.dir, "generated.tf"), "utf8");
    expect(text).toMatch(/database_hostname\s+= "db\.internal"/);
    expect(text).toMatch(/database_port\s+= 5432/);
    expect(text).not.toMatch(/connector_status|topics/);

    const supplied = text.replace(/database_password\s+= null.*\n/, "database_password = var.db_password\n");
    expect(supplied).not.toBe(text);
    writeFileSync(join(ws.dir, "generated.tf"), supplied);
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    // The secret was read back, and the configuration now gives the same one: nothing to change.
    expect(plan.stdout).toMatch(/Plan: 1 to import, 0 to add, 0 to change, 0 to destroy/);
    await ws.apply();
    expect((await ws.managedResources())[0].values.id).toBe(id);
    expect((await ws.plan()).code).toBe(0);
    expect((await suite.api.getSource(id, true))!.config["database.password"]).toBe(dbPassword);
  });
});

test("no terraform output of this file contains the password or the client secret", () => {
  const output = log.text();
  expect(output).toMatch(/Apply complete!/);
  for (const secret of [dbPassword, suite.emulator.secret]) expect(output).not.toContain(secret);
});
