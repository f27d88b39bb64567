// The package as a user gets it: `npm pack`, installed into a cdktf project outside the
// repository, whose own command installs the provider into a filesystem mirror; then the
// quickstart's flow (source → destination → pipeline) deploys through the real cdktf CLI and
// terraform against the emulator.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { StreamkapApi } from "../scripts/lib/streamkap-api";
import { runCdktf } from "../scripts/lib/cdktf";
import { createUserProject, packRepository, tarballFiles } from "../scripts/lib/packed-project";
import { REPO_ROOT } from "../scripts/lib/paths";
import { writeCdktfJson } from "./support/cdktf-project";

jest.setTimeout(300_000);
const run = promisify(execFile);

let tmp: string;
let tarball: string;
let project: string;
let emulator: EmulatorProcess;
const secrets = { TF_VAR_db_password: "package-test-password-3c9e", TF_VAR_snowflake_private_key: "package-test-key-71b4" };

/** The environment of a user who has not configured Terraform yet. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1" };
  delete env.TF_CLI_CONFIG_FILE;
  return env;
}

function installProvider(cwd: string, ...args: string[]) {
  return run("npx", ["--offline", "cdktf-streamkap", "install-provider", ...args], { cwd, env: userEnv() });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "streamkap-package-"));
  project = join(tmp, "my-cdc");
  mkdirSync(project);
  [emulator, tarball] = await Promise.all([startEmulatorProcess(), packRepository(tmp)]);
  await createUserProject(project, tarball);
  copyFileSync(join(REPO_ROOT, "examples", "quickstart", "main.ts"), join(project, "main.ts"));
  writeCdktfJson(project, { main: "main.ts" });
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", module: "commonjs", strict: true, skipLibCheck: true, noEmit: true, types: [] }, include: ["main.ts"] }),
  );
});

afterAll(async () => {
  await emulator?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("the tarball holds the library, the bundled executables, the command and the docs, and no sources or tests", async () => {
  const files = await tarballFiles(tarball);
  for (const f of ["dist/constructs/index.js", "dist/constructs/index.d.ts", "dist/constructs/cli/main.js", "dist/bin/terraform-provider-streamkap", "dist/catalog/source-connectors.json", "dist/transform-runtime/index.js", "docs/index.md", "README.md", "package.json"]) {
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
  writeFileSync(join(project, "wrong.ts"), 'import { SourcePostgresql } from "cdktf-streamkap";\nimport { App } from "cdktf";\nnew SourcePostgresql(new App(), "x", { name: "x" });\n');
  const bad = await run(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", "wrong.ts"], { cwd: project }).catch((e) => e);
  rmSync(join(project, "wrong.ts"));
  expect(bad.stdout).toMatch(/wrong\.ts.*error TS2345/);
});

test("install-provider writes a CLI config, merges into an existing one and writes beside one it cannot merge", async () => {
  // A folder inside the project: npx finds the package's command in the project's node_modules.
  const dir = join(project, "elsewhere");
  mkdirSync(dir);
  const fresh = await installProvider(dir);
  const config = join(dir, ".streamkap", "terraform.rc");
  expect(fresh.stdout).toContain(`export TF_CLI_CONFIG_FILE=${JSON.stringify(config)}`);
  expect(readFileSync(config, "utf8")).toContain("filesystem_mirror");
  const installed = join(dir, ".streamkap", "mirror", "registry.terraform.io", "cdktf-streamkap", "streamkap", "0.1.0");
  expect(fresh.stdout).toContain(installed);

  const mine = join(dir, "mine.tfrc");
  writeFileSync(mine, 'plugin_cache_may_break_dependency_lock_file = true\n');
  await installProvider(dir, "--cli-config", mine);
  await installProvider(dir, "--cli-config", mine); // a second run replaces its own block
  const merged = readFileSync(mine, "utf8");
  expect(merged.startsWith("plugin_cache_may_break_dependency_lock_file = true\n")).toBe(true);
  expect(merged.match(/provider_installation/g)).toHaveLength(1);

  const theirs = join(dir, "theirs.tfrc");
  const theirsText = 'provider_installation {\n  direct {}\n}\n';
  writeFileSync(theirs, theirsText);
  const beside = await installProvider(dir, "--cli-config", theirs);
  expect(readFileSync(theirs, "utf8")).toBe(theirsText);
  expect(beside.stdout).toContain(`left ${theirs} unchanged`);
  expect(readFileSync(`${theirs}.cdktf-streamkap.tfrc`, "utf8")).toContain("filesystem_mirror");

  const wrong = await installProvider(dir, "--mirror").catch((e) => e);
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toContain("--mirror needs a value");
});

test("cdktf deploy of the quickstart flow in the user's project creates source, destination and pipeline, running; destroy removes them", async () => {
  const installed = await installProvider(project);
  const cliConfig = join(project, ".streamkap", "terraform.rc");
  expect(existsSync(cliConfig)).toBe(true);
  expect(installed.stdout).toContain("--skip-provider-lock");

  const env = { ...emulatorEnv(emulator), ...secrets };
  const outputsFile = join(project, "outputs.json");
  const deploy = await runCdktf(["deploy", "quickstart", "--auto-approve", "--skip-provider-lock", "--outputs-file", outputsFile], { projectDir: project, cliConfig, env });
  expect({ code: deploy.code, stderr: deploy.stderr }).toEqual({ code: 0, stderr: expect.anything() });
  const outputs = JSON.parse(readFileSync(outputsFile, "utf8")).quickstart;
  expect(outputs).toMatchObject({ source_status: "Active", destination_status: "Active", pipeline_status: "Active" });

  const api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
  const source = await api.getSource(outputs.source_id, true);
  expect(source).toMatchObject({ name: "orders-cdc", connector: "postgresql", created_from: "terraform", config: { "database.password": secrets.TF_VAR_db_password } });
  const destination = await api.get("destinations", outputs.destination_id, true);
  expect(destination).toMatchObject({ name: "orders-warehouse", connector: "snowflake", created_from: "terraform", config: { "snowflake.private.key": secrets.TF_VAR_snowflake_private_key } });
  expect(await api.get("pipelines", outputs.pipeline_id)).toMatchObject({
    name: "orders-to-warehouse",
    status: "Active",
    source: { id: outputs.source_id, topics: ["public.orders"] },
    destination: { id: outputs.destination_id },
  });
  for (const secret of [...Object.values(secrets), emulator.secret]) expect(deploy.stdout + deploy.stderr).not.toContain(secret);
  // The lock file hashes the provider from the package's mirror: commit it with the project.
  expect(readFileSync(join(project, "cdktf.out", "stacks", "quickstart", ".terraform.lock.hcl"), "utf8")).toContain('"registry.terraform.io/cdktf-streamkap/streamkap"');

  const destroy = await runCdktf(["destroy", "quickstart", "--auto-approve"], { projectDir: project, cliConfig, env });
  expect(destroy.code).toBe(0);
  for (const collection of ["pipelines", "sources", "destinations"] as const) expect(await api.list(collection)).toEqual([]);
});
