// The package as a user gets it: `npm pack` in a fresh clone (its prepack builds dist/), installed
// into a cdktf project outside the repository as the README says, whose own command installs the
// provider into a filesystem mirror inside the project and prints the export line to use; then
// the quickstart's flow (source → destination → pipeline) deploys through the real cdktf CLI and
// terraform against the emulator on the first try: no extra flag, no registry, no lock warning,
// no file outside the project.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { StreamkapApi } from "../scripts/lib/streamkap-api";
import { runCdktf } from "../scripts/lib/cdktf";
import { createUserProject, packFreshClone, tarballFiles } from "../scripts/lib/packed-project";
import { REPO_ROOT } from "../scripts/lib/paths";

jest.setTimeout(300_000);
const run = promisify(execFile);

let tmp: string;
let tarball: string;
let project: string;
let emulator: EmulatorProcess;
/** The user's home and a CLI config of theirs outside the project: neither may be written. */
let home: string;
let globalCliConfig: string;
const GLOBAL_CLI_CONFIG_TEXT = 'plugin_cache_dir = "/nonexistent/plugin-cache"\n';
const secrets = { TF_VAR_db_password: "package-test-password-3c9e", TF_VAR_snowflake_private_key: "package-test-key-71b4" };

/** The environment of a user whose CI runner already sets TF_CLI_CONFIG_FILE to a file of its own. */
function userEnv(): NodeJS.ProcessEnv {
  return { ...process.env, ...npmOutsideHome(), HOME: home, TF_CLI_CONFIG_FILE: globalCliConfig };
}

/** npm's own cache and logs (npx writes both) kept where they were, so that the home folder
 * shows what this package and the tools it drives write. */
function npmOutsideHome(): NodeJS.ProcessEnv {
  return { npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? tmpdir(), ".npm"), npm_config_logs_dir: join(tmp, "npm-logs") };
}

/** Every file under dir, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

function installProvider(cwd: string, ...args: string[]) {
  return run("npx", ["--offline", "cdktf-streamkap", "install-provider", ...args], { cwd, env: userEnv() });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "streamkap-package-"));
  project = join(tmp, "my-cdc");
  home = join(tmp, "home");
  globalCliConfig = join(home, ".terraformrc");
  mkdirSync(project);
  mkdirSync(home);
  writeFileSync(globalCliConfig, GLOBAL_CLI_CONFIG_TEXT);
  [emulator, tarball] = await Promise.all([startEmulatorProcess(), packFreshClone(tmp)]);
  await createUserProject(project, tarball);
  copyFileSync(join(REPO_ROOT, "examples", "quickstart", "main.ts"), join(project, "main.ts"));
  // As the README has it: ts-node type-checks the app at every synth.
  writeFileSync(join(project, "cdktf.json"), JSON.stringify({ language: "typescript", app: "npx ts-node main.ts", sendCrashReports: "false" }));
});

afterAll(async () => {
  await emulator?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("the tarball holds the library, the bundled executables, the command and the docs, and no sources or tests", async () => {
  const files = await tarballFiles(tarball);
  for (const f of [
    "dist/constructs/index.js",
    "dist/constructs/index.d.ts",
    "dist/constructs/cli/main.js",
    "dist/bin/terraform-provider-streamkap",
    "dist/bin/terraform-provider-streamkap.zip",
    "dist/catalog/source-connectors.json",
    "dist/transform-runtime/index.js",
    "docs/index.md",
    "README.md",
    "package.json",
  ]) {
    expect(files).toContain(f);
  }
  expect(files.filter((f) => /\.test\.|^provider\/|^emulator\/|^test\/|^scripts\/|\.ts$/.test(f) && !f.endsWith(".d.ts"))).toEqual([]);
  const pkg = JSON.parse(readFileSync(join(project, "node_modules", "cdktf-streamkap", "package.json"), "utf8"));
  expect(pkg.bin["cdktf-streamkap"]).toBe("dist/constructs/cli/main.js");
});

test("the user's app type-checks against the installed package's declarations", async () => {
  const tsc = require.resolve("typescript/bin/tsc");
  await expect(run(process.execPath, [tsc, "-p", project], { cwd: project })).resolves.toBeDefined();
  // And a misuse is caught: the generated bindings' required props are required.
  writeFileSync(
    join(project, "wrong.ts"),
    'import { SourcePostgresql } from "cdktf-streamkap";\nimport { App } from "cdktf";\nnew SourcePostgresql(new App(), "x", { name: "x" });\n',
  );
  const bad = await run(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", "wrong.ts"], { cwd: project }).catch((e) => e);
  rmSync(join(project, "wrong.ts"));
  expect(bad.stdout).toMatch(/wrong\.ts.*error TS2345/);
});

test("a misspelt config key, a value of the wrong type or a value outside an enum is a compile error, and ts-node (the README's app runner) stops on it", async () => {
  const typo = [
    'import { App, TerraformStack } from "cdktf";',
    'import { StreamkapDestination, StreamkapSource } from "cdktf-streamkap";',
    'const stack = new TerraformStack(new App(), "typo");',
    'new StreamkapSource(stack, "a", { name: "a", connector: "postgresql", config: { "database.hostnme.user.defined": "h", "database.user": "u", "database.password": "p", "database.dbname": "d" } });',
    'new StreamkapSource(stack, "b", { name: "b", connector: "postgresql", config: { "database.hostname.user.defined": "h", "database.port.user.defined": "5432", "database.user": "u", "database.password": "p", "database.dbname": "d" } });',
    'new StreamkapDestination(stack, "c", { name: "c", connector: "snowflake", config: { "snowflake.url.name": "x", "snowflake.user.name": "u", "snowflake.private.key": "k", "snowflake.database.name": "d", "snowflake.schema.name": "s", "ingestion.mode": "merge" } });',
  ].join("\n");
  writeFileSync(join(project, "typo.ts"), typo);
  try {
    const tsc = require.resolve("typescript/bin/tsc");
    const checked = await run(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", "typo.ts"], { cwd: project }).catch((e) => e);
    expect(checked.stdout).toMatch(/typo\.ts\(4,\d+\): error TS2353: .*'"database\.hostnme\.user\.defined"' does not exist/);
    expect(checked.stdout).toMatch(/typo\.ts\(5,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
    expect(checked.stdout).toMatch(/typo\.ts\(6,\d+\): error TS2322: Type '"merge"' is not assignable/);
    const ran = await run("npx", ["--offline", "ts-node", "typo.ts"], { cwd: project }).catch((e) => e);
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toContain("database.hostnme.user.defined");
  } finally {
    rmSync(join(project, "typo.ts"));
  }
});

test("install-provider writes inside the project only, prints the export line, merges into a named config and writes beside one it cannot merge", async () => {
  // A folder inside the project: npx finds the package's command in the project's node_modules.
  const dir = join(project, "elsewhere");
  mkdirSync(dir);
  const fresh = await installProvider(dir);
  const config = join(dir, ".streamkap", "terraform.rc");
  expect(fresh.stdout).toContain(`\n  export TF_CLI_CONFIG_FILE=${JSON.stringify(config)} CHECKPOINT_DISABLE=1 CDKTF_DISABLE_PLUGIN_CACHE_ENV=1\n`);
  expect(readFileSync(config, "utf8")).toContain("filesystem_mirror");
  const installed = join(
    dir,
    ".streamkap",
    "mirror",
    "registry.terraform.io",
    "cdktf-streamkap",
    "streamkap",
    "terraform-provider-streamkap_0.1.0_linux_amd64.zip",
  );
  expect(fresh.stdout).toContain(installed);
  // The TF_CLI_CONFIG_FILE the user had set is named, and left as it was.
  expect(fresh.stdout).toContain(`TF_CLI_CONFIG_FILE is set to ${globalCliConfig} in this shell and was left unchanged`);
  expect(readFileSync(globalCliConfig, "utf8")).toBe(GLOBAL_CLI_CONFIG_TEXT);

  const mine = join(dir, "mine.tfrc");
  writeFileSync(mine, "plugin_cache_may_break_dependency_lock_file = true\n");
  await installProvider(dir, "--cli-config", mine);
  await installProvider(dir, "--cli-config", mine); // a second run replaces its own block
  const merged = readFileSync(mine, "utf8");
  expect(merged.startsWith("plugin_cache_may_break_dependency_lock_file = true\n")).toBe(true);
  expect(merged.match(/provider_installation/g)).toHaveLength(1);

  const theirs = join(dir, "theirs.tfrc");
  const theirsText = "provider_installation {\n  direct {}\n}\n";
  writeFileSync(theirs, theirsText);
  const beside = await installProvider(dir, "--cli-config", theirs);
  expect(readFileSync(theirs, "utf8")).toBe(theirsText);
  expect(beside.stdout).toContain(`left ${theirs} unchanged`);
  expect(readFileSync(`${theirs}.cdktf-streamkap.tfrc`, "utf8")).toContain("filesystem_mirror");

  const wrong = await installProvider(dir, "--mirror").catch((e) => e);
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toContain("--mirror needs a value");
});

test("the first cdktf deploy of the quickstart flow, with only the printed export, creates source, destination and pipeline, running; destroy removes them", async () => {
  const installed = await installProvider(project);
  const exported = /^ {2}export TF_CLI_CONFIG_FILE="([^"]+)" CHECKPOINT_DISABLE=1 CDKTF_DISABLE_PLUGIN_CACHE_ENV=1$/m.exec(installed.stdout);
  expect(exported).not.toBeNull();
  const cliConfig = exported![1];
  expect(cliConfig).toBe(join(project, ".streamkap", "terraform.rc"));
  expect(installed.stdout).not.toContain("--skip-provider-lock");

  const env = { ...emulatorEnv(emulator), ...secrets, ...npmOutsideHome(), HOME: home };
  const outputsFile = join(project, "outputs.json");
  const deploy = await runCdktf(["deploy", "quickstart", "--auto-approve", "--outputs-file", outputsFile], { projectDir: project, cliConfig, env });
  expect({ code: deploy.code, stderr: deploy.stderr }).toEqual({ code: 0, stderr: expect.anything() });
  // The lock entry written at synth was complete: terraform neither asked the registry nor
  // computed checksums of its own.
  expect(deploy.stdout + deploy.stderr).not.toMatch(/providers lock|Incomplete lock file|forced to calculate lock file checksums/);
  const lock = readFileSync(join(project, "cdktf.out", "stacks", "quickstart", ".terraform.lock.hcl"), "utf8");
  expect(lock).toMatch(
    /provider "registry\.terraform\.io\/cdktf-streamkap\/streamkap" \{\n {2}version {5}= "0\.1\.0"\n {2}constraints = "~> 0\.1"\n {2}hashes = \[\n {4}"h1:[A-Za-z0-9+/]{43}=",\n {4}"zh:[0-9a-f]{64}",\n {2}\]\n\}/,
  );
  // Nothing was written outside the project: not the user's home, not their CLI config. The one
  // exception is a cache: the provider keeps V8's compiled code in the user's cache folder
  // (STREAMKAP_PROVIDER_CODE_CACHE=0 turns it off), and nothing else.
  expect(filesUnder(home).filter((f) => !/^\.cache\/terraform-provider-streamkap\/[^/]+\.v8cache$/.test(f))).toEqual([".terraformrc"]);
  expect(readFileSync(globalCliConfig, "utf8")).toBe(GLOBAL_CLI_CONFIG_TEXT);
  const outputs = JSON.parse(readFileSync(outputsFile, "utf8")).quickstart;
  expect(outputs).toMatchObject({ source_status: "Active", destination_status: "Active", pipeline_status: "Active" });

  const api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
  const source = await api.getSource(outputs.source_id, true);
  expect(source).toMatchObject({
    name: "orders-cdc",
    connector: "postgresql",
    created_from: "terraform",
    config: { "database.password": secrets.TF_VAR_db_password },
  });
  const destination = await api.get("destinations", outputs.destination_id, true);
  expect(destination).toMatchObject({
    name: "orders-warehouse",
    connector: "snowflake",
    created_from: "terraform",
    config: { "snowflake.private.key": secrets.TF_VAR_snowflake_private_key },
  });
  expect(await api.get("pipelines", outputs.pipeline_id)).toMatchObject({
    name: "orders-to-warehouse",
    status: "Active",
    source: { id: outputs.source_id, topics: ["public.orders"] },
    destination: { id: outputs.destination_id },
  });
  for (const secret of [...Object.values(secrets), emulator.secret]) expect(deploy.stdout + deploy.stderr).not.toContain(secret);

  const destroy = await runCdktf(["destroy", "quickstart", "--auto-approve"], { projectDir: project, cliConfig, env });
  expect(destroy.code).toBe(0);
  for (const collection of ["pipelines", "sources", "destinations"] as const) expect(await api.list(collection)).toEqual([]);
});
