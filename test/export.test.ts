// `cdktf-streamkap export` end to end, as a user runs it: a tenant of 22 varied flows preloaded
// into the emulator with --fixtures is exported by the built command; the project it writes
// installs the packed package and type-checks with tsc --strict; its first `cdktf deploy`
// imports everything with no POST, PUT or DELETE (counted by the emulator's /__emulator/stats);
// the next plan is empty; a change made in the exported code is applied in place. The same for
// --hcl with terraform. And a round trip: the quickstart deployed by npm start's code, exported,
// deploys with zero writes.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runCdktf } from "../scripts/lib/cdktf";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { packFreshClone } from "../scripts/lib/packed-project";
import { REPO_ROOT } from "../scripts/lib/paths";
import { deployQuickstart } from "../scripts/lib/quickstart";
import { TerraformWorkspace } from "../scripts/lib/terraform-workspace";
import { writeCdktfJson } from "./support/cdktf-project";
import { exportTenant } from "./support/export-tenant";

jest.setTimeout(900_000);
const run = promisify(execFile);
const CLI = join(REPO_ROOT, "dist", "constructs", "cli", "main.js");

const tenant = exportTenant();
let tmp: string;
let emulator: EmulatorProcess;
let cliConfig: string;
let project: string;

/** Runs the built command; resolves with its exit code and output. */
async function exportCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [CLI, "export", ...args], { env: { ...process.env, ...env }, cwd: tmp }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
  );
}

/** TF_VAR_<name> for each line of .env.example, valued from the tenant by the line's comment. */
function secretEnv(dir: string, secrets: Map<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(join(dir, ".env.example"), "utf8").split("\n")) {
    const m = /^(TF_VAR_\w+)=\s+# (.+)$/.exec(line);
    if (!m) continue;
    const value = secrets.get(m[2]);
    if (value === undefined) throw new Error(`.env.example names a secret the tenant does not have: ${line}`);
    env[m[1]] = value;
  }
  return env;
}

/** Writes (POST, PUT, DELETE) the emulator has served, authentication aside. */
async function writesOf(e: EmulatorProcess): Promise<Record<string, number>> {
  const { requests } = await e.stats();
  return Object.fromEntries(Object.entries(requests).filter(([route]) => /^(POST|PUT|DELETE) /.test(route) && route !== "POST /auth/access-token"));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.parentPath.includes("node_modules") && !e.parentPath.includes("cdktf.out") && !e.parentPath.includes(".terraform"))
    .map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "streamkap-export-"));
  const fixtures = join(tmp, "tenant.json");
  writeFileSync(fixtures, JSON.stringify(tenant.fixtures));
  const tarballDir = join(tmp, "pack");
  mkdirSync(tarballDir);
  const [started, tarball] = await Promise.all([startEmulatorProcess({ args: ["--fixtures", fixtures, "--deploy-ms", "0"] }), packFreshClone(tarballDir)]);
  emulator = started;

  project = join(tmp, "infra");
  const exported = await exportCli(["--out", project], emulatorEnv(emulator));
  expect(exported).toMatchObject({ code: 0 });
  // The project's own dependencies, from the packed package; cdktf, tsc and the app's runner
  // come from this repository (the project's devDependencies would be a 500 MB install).
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", "--omit=dev", tarball], {
    cwd: project,
    maxBuffer: 16 * 1024 * 1024,
  });
  // The provider as the user installs it, from the package, into a CLI config of the project's.
  const userEnv: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1" };
  delete userEnv.TF_CLI_CONFIG_FILE;
  await run("npx", ["--offline", "cdktf-streamkap", "install-provider"], { cwd: project, env: userEnv });
  cliConfig = join(project, ".streamkap", "terraform.rc");
  writeCdktfJson(project, { main: "main.ts" });
});

afterAll(async () => {
  await emulator?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("the export is a strict-typed cdktf project with references, and no secret value in any file", async () => {
  const main = readFileSync(join(project, "main.ts"), "utf8");
  expect(main).toMatch(/source: postgresqlOrders0Source,/);
  expect(main).toMatch(/tags: \[SYSTEM_TAGS\.production\.id, teamATag\]/);
  expect(main).toMatch(/new StreamkapTag\(this, "teamATag", \{ name: "team-a"/);
  expect(main).not.toMatch(/new StreamkapTag\([^)]*"(Development|Production)"/);
  expect(main).toMatch(/desiredState: "Paused"/);
  expect(main).toMatch(/new Topic\(this, "\w+", \{ topicId: "source_\w+\.shop0\.orders", partitionCount: 3, tags: \[piiTag\.id\] \}\)/);
  expect(main).toMatch(/billingDbSource2/);
  // Transforms: the one a pipeline's auto-discovery uses, referred to; the one on its own.
  expect(main).toContain('new StreamkapTransform(this, "cleanOrdersTransform", {');
  expect(main).toMatch(/topicAutoDiscoveryTransforms: \[\{ transformId: cleanOrdersTransform\.id, regex: "public\\\\\.\.\*" \}\]/);
  expect(main).toContain('new StreamkapTransform(this, "routeEventsTransform", {');
  // Defaults are left out: the Snowflake destination's ingestion mode is upsert by default.
  expect(main).not.toMatch(/"ingestion\.mode": "upsert"/);
  const envLines = readFileSync(join(project, ".env.example"), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("TF_VAR_"));
  expect(envLines).toHaveLength(tenant.secrets.size);
  expect(envLines).toContain("TF_VAR_postgresql_orders_0_database_password=  # source postgresql-orders-0 database.password");
  for (const file of allFiles(project)) {
    const text = readFileSync(file, "utf8");
    for (const secret of tenant.secrets.values()) expect(text.includes(secret) ? `${file} holds ${secret}` : "").toBe("");
  }
  const tsc = require.resolve("typescript/bin/tsc");
  await expect(run(process.execPath, [tsc, "-p", project, "--strict", "--noEmit"], { cwd: project })).resolves.toBeDefined();
});

test("the first cdktf deploy imports everything with zero writes; the plan after it is empty", async () => {
  const env = { ...emulatorEnv(emulator), ...secretEnv(project, tenant.secrets) };
  const before = await writesOf(emulator);
  const deploy = await runCdktf(["deploy", "streamkap", "--auto-approve"], { projectDir: project, cliConfig, env });
  expect(deploy.code).toBe(0);
  // Connectors holding secrets count as "changed": Terraform records that their secret values
  // now come from sensitive variables (a change of sensitivity marks only, which Terraform
  // applies without calling the provider). Nothing is written, as the emulator's counts show.
  const withSecrets = new Set([...tenant.secrets.keys()].map((k) => k.split(" ").slice(0, -1).join(" "))).size;
  expect(deploy.stdout).toMatch(new RegExp(`Apply complete! Resources: 77 imported, 0 added, ${withSecrets} changed, 0 destroyed`));
  expect(await writesOf(emulator)).toEqual(before);
  const diff = await runCdktf(["diff", "streamkap"], { projectDir: project, cliConfig, env });
  expect(diff.code).toBe(0);
  expect(diff.stdout).toMatch(/No changes/);
  for (const secret of tenant.secrets.values()) expect(deploy.stdout + deploy.stderr + diff.stdout).not.toContain(secret);
});

test("a secret variable left unset stops the deploy before any request; a change in the code applies in place", async () => {
  const { requests: before } = await emulator.stats();
  // TF_INPUT=0, as in CI: on a terminal Terraform would ask for the value instead.
  const unset = await runCdktf(["deploy", "streamkap", "--auto-approve"], { projectDir: project, cliConfig, env: { ...emulatorEnv(emulator), TF_INPUT: "0" } });
  expect(unset.code).not.toBe(0);
  expect(unset.stdout + unset.stderr).toMatch(/No value for required variable/);
  expect((await emulator.stats()).requests.total).toBe(before.total);

  const mainFile = join(project, "main.ts");
  const main = readFileSync(mainFile, "utf8");
  writeFileSync(mainFile, main.replace('"database.user": "database_user-value",', '"database.user": "cdc_reader",'));
  const env = { ...emulatorEnv(emulator), ...secretEnv(project, tenant.secrets) };
  const writes = await writesOf(emulator);
  const deploy = await runCdktf(["deploy", "streamkap", "--auto-approve"], { projectDir: project, cliConfig, env });
  expect(deploy.code).toBe(0);
  expect(deploy.stdout).toMatch(/0 added, 1 changed, 0 destroyed/);
  const after = await writesOf(emulator);
  expect(after).toEqual({ ...writes, "PUT /sources/{id}": (writes["PUT /sources/{id}"] ?? 0) + 1 });
});

test("--hcl writes Terraform files whose first apply imports everything with zero writes; the plan after it is empty", async () => {
  const estate = new TerraformWorkspace({ cliConfigFile: cliConfig, env: emulatorEnv(emulator) });
  try {
    const out = estate.dir;
    const exported = await exportCli(["--out", out, "--hcl", "--split"], emulatorEnv(emulator));
    expect({ code: exported.code, stderr: exported.code === 0 ? "" : exported.stderr }).toEqual({ code: 0, stderr: "" });
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(["versions.tf", "variables.tf", "imports.tf", "tags.tf", ".env.example"]));
    expect(files.filter((f) => f.startsWith("flow-")).length).toBeGreaterThanOrEqual(20);
    const text = files
      .filter((f) => f.endsWith(".tf"))
      .map((f) => readFileSync(join(out, f), "utf8"))
      .join("\n");
    expect(text).toMatch(/id += streamkap_source_postgresql\.postgresql_orders_0\.id/);
    expect(text).toMatch(/local\.system_tags\.production/);
    for (const secret of tenant.secrets.values()) expect(text).not.toContain(secret);

    const secrets = { env: secretEnv(out, tenant.secrets) };
    await estate.init();
    const before = await writesOf(emulator);
    const apply = await estate.apply([], secrets);
    expect(apply.stdout).toMatch(/Apply complete! Resources: 77 imported, 0 added, 0 changed, 0 destroyed/);
    expect(await writesOf(emulator)).toEqual(before);
    const plan = await estate.plan([], secrets);
    expect({ code: plan.code, out: plan.code === 0 ? "" : plan.stdout }).toEqual({ code: 0, out: "" });
  } finally {
    estate.cleanup();
  }
});

test("a round trip: the quickstart deployed by npm start's code, exported, deploys with zero writes", async () => {
  const fresh = await startEmulatorProcess({ args: ["--deploy-ms", "0"] });
  try {
    const quickstart = join(tmp, "quickstart");
    mkdirSync(quickstart);
    writeCdktfJson(quickstart, { example: "examples/quickstart/main.ts" });
    const secrets = { db_password: "round-trip-password-5d1e", snowflake_private_key: "round-trip-key-a07c" };
    const deployed = await deployQuickstart({
      projectDir: quickstart,
      workDir: join(tmp, "quickstart-work"),
      streamkap: { host: fresh.url, clientId: fresh.clientId, secret: fresh.secret },
      secrets,
    });
    expect(deployed.run.code).toBe(0);

    const out = join(tmp, "quickstart-export");
    expect((await exportCli(["--out", out, "--stack-name", "adopted"], emulatorEnv(fresh))).code).toBe(0);
    symlinkSync(join(project, "node_modules"), join(out, "node_modules"));
    writeCdktfJson(out, { main: "main.ts" });
    const env = {
      ...emulatorEnv(fresh),
      ...secretEnv(
        out,
        new Map([
          ["source orders-cdc database.password", secrets.db_password],
          ["destination orders-warehouse snowflake.private.key", secrets.snowflake_private_key],
        ]),
      ),
    };
    const before = await writesOf(fresh);
    const deploy = await runCdktf(["deploy", "adopted", "--auto-approve"], { projectDir: out, cliConfig, env });
    expect(deploy.code).toBe(0);
    expect(deploy.stdout).toMatch(/Resources: 3 imported, 0 added, 2 changed, 0 destroyed/);
    expect(await writesOf(fresh)).toEqual(before);
  } finally {
    await fresh.stop();
  }
});
