// The examples a user copies: the team module's dev and prod stacks (synth), the CI pipeline's
// path (synth, lock file from the mirror, non-interactive deploy into an http state backend)
// and plain HCL (terraform init, apply, destroy), against the emulator.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Testing, TerraformStack } from "cdktf";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { StreamkapApi } from "../scripts/lib/streamkap-api";
import { TerraformWorkspace } from "../scripts/lib/terraform-workspace";
import { runCdktf } from "../scripts/lib/cdktf";
import { startHttpStateServer, type HttpStateServer } from "../scripts/lib/http-state-server";
import { REPO_ROOT } from "../scripts/lib/paths";
import { prepareTerraform } from "../scripts/lib/quickstart";
import { writeCdktfJson } from "./support/cdktf-project";
import { environments, PaymentsCdcStack } from "../examples/team-module/stacks";
import { TeamPostgresSource } from "../examples/team-module/team-source";
import { remoteStateBackend } from "../examples/ci-pipeline/backend";
import { terraformPlatform } from "../scripts/lib/terraform-mirror";

jest.setTimeout(300_000);
const run = promisify(execFile);

let tmp: string;
let emulator: EmulatorProcess;
let api: StreamkapApi;
let cliConfig: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "streamkap-examples-"));
  emulator = await startEmulatorProcess();
  api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
  cliConfig = prepareTerraform(join(tmp, "terraform"));
});

afterAll(async () => {
  await emulator?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function streamkapEnv() {
  return emulatorEnv(emulator);
}

function sourceOf(stack: PaymentsCdcStack): { name: string; config: Record<string, string> } {
  const resources = JSON.parse(Testing.synth(stack)).resource.streamkap_source;
  return Object.values(resources)[0] as { name: string; config: Record<string, string> };
}

describe("team module", () => {
  test("dev and prod stacks share the team's conventions and differ in their settings", () => {
    const app = Testing.app();
    const dev = sourceOf(new PaymentsCdcStack(app, "payments-dev", environments.dev));
    const prod = sourceOf(new PaymentsCdcStack(app, "payments-prod", environments.prod));
    for (const [source, env] of [[dev, "dev"], [prod, "prod"]] as const) {
      expect(source.name).toBe(`payments-${env}-orders`);
      expect(source.config).toMatchObject({
        "heartbeat.enabled": "true",
        "heartbeat.data.collection.schema.or.database": "payments_streamkap",
        "transforms.InsertStaticKey1.static.field": "team",
        "transforms.InsertStaticKey1.static.value": "payments",
        "transforms.InsertStaticValue1.static.field": "environment",
        "transforms.InsertStaticValue1.static.value": env,
      });
    }
    expect(dev.config).toMatchObject({ "database.sslmode": "disable", "table.include.list.user.defined": "public.orders", "streamkap.snapshot.parallelism": "1" });
    expect(prod.config).toMatchObject({ "database.sslmode": "require", "schema.include.list": "public,ledger", "streamkap.snapshot.parallelism": "4" });
  });

  test("cdktf deploy of both stacks creates one source each, named and configured per environment", async () => {
    const project = join(tmp, "team");
    mkdirSync(project);
    writeCdktfJson(project, { example: "examples/team-module/main.ts" });
    const env = { ...streamkapEnv(), TF_VAR_db_password: "team-example-secret-4b7e" };
    const deploy = await runCdktf(["deploy", "payments-dev", "payments-prod", "--auto-approve", "--skip-provider-lock"], { projectDir: project, cliConfig, env });
    expect({ code: deploy.code, stderr: deploy.stderr }).toMatchObject({ code: 0 });
    const sources = (await api.listSources()).filter((s) => s.name.startsWith("payments-"));
    const byName = Object.fromEntries(sources.map((s) => [s.name, s.config]));
    expect(Object.keys(byName).sort()).toEqual(["payments-dev-orders", "payments-prod-orders"]);
    expect(byName["payments-dev-orders"]["database.sslmode"]).toBe("disable");
    expect(byName["payments-prod-orders"]).toMatchObject({ "database.sslmode": "require", "transforms.InsertStaticValue1.static.value": "prod" });
    const destroy = await runCdktf(["destroy", "payments-dev", "payments-prod", "--auto-approve"], { projectDir: project, cliConfig, env });
    expect(destroy.code).toBe(0);
    expect((await api.listSources()).filter((s) => s.name.startsWith("payments-"))).toEqual([]);
  });

  test("the module refuses a production source without SSL, and names that break the convention", () => {
    const props = { team: "payments", dataset: "orders", hostname: "h", database: "d", user: "u", password: "${var.p}", tables: ["public.t"] };
    expect(() => new TeamPostgresSource(Testing.app(), "x", { ...props, environment: "prod", ssl: false })).toThrow(/must use SSL/);
    expect(() => new TeamPostgresSource(Testing.app(), "y", { ...props, environment: "dev", team: "Payments Team" })).toThrow(/lower-case/);
  });
});

describe("CI pipeline", () => {
  test("STATE_BACKEND picks an s3 backend with native locking, and a missing setting fails the synth", () => {
    const stack = new TerraformStack(Testing.app(), "orders");
    remoteStateBackend(stack, "orders", { STATE_BACKEND: "s3", STATE_S3_BUCKET: "team-state", AWS_REGION: "eu-central-1" });
    const backend = JSON.parse(Testing.synth(stack)).terraform.backend;
    expect(backend).toEqual({ s3: { bucket: "team-state", key: "streamkap/orders.tfstate", region: "eu-central-1", encrypt: true, use_lockfile: true } });
    expect(() => remoteStateBackend(new TerraformStack(Testing.app(), "x"), "x", { STATE_BACKEND: "http" })).toThrow(/STATE_HTTP_ADDRESS/);
  });

  test("synth, lock file from the mirror, deploy --auto-approve into http remote state, redeploy changes nothing", async () => {
    const state: HttpStateServer = await startHttpStateServer();
    try {
      const project = join(tmp, "ci");
      mkdirSync(project);
      writeCdktfJson(project, { example: "examples/ci-pipeline/main.ts" });
      const env = { ...streamkapEnv(), STATE_BACKEND: "http", STATE_HTTP_ADDRESS: `${state.url}/state/orders`, TF_VAR_db_password: "ci-example-secret-81d2", TF_INPUT: "0" };

      const synth = await runCdktf(["synth"], { projectDir: project, cliConfig, env });
      expect(synth.code).toBe(0);
      // The lock step of the pipeline's README: hashes from the mirror, no registry.
      const stackDir = join(project, "cdktf.out", "stacks", "orders");
      const mirror = join(tmp, "terraform", "mirror");
      await run("terraform", ["providers", "lock", `-fs-mirror=${mirror}`, `-platform=${terraformPlatform()}`], {
        cwd: stackDir,
        env: { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: "1" },
      });
      const lock = readFileSync(join(stackDir, ".terraform.lock.hcl"), "utf8");
      expect(lock).toContain("registry.terraform.io/cdktf-streamkap/streamkap");

      // No --skip-provider-lock: the committed lock file is what the deploy uses.
      const deploy = await runCdktf(["deploy", "orders", "--auto-approve"], { projectDir: project, cliConfig, env });
      expect({ code: deploy.code, stderr: deploy.stderr }).toMatchObject({ code: 0 });
      expect(readFileSync(join(stackDir, ".terraform.lock.hcl"), "utf8")).toBe(lock);
      const stored = JSON.parse(state.states.get("/state/orders") ?? "{}");
      expect(stored.resources?.map((r: { type: string }) => r.type)).toEqual(["streamkap_source"]);
      expect(state.requests).toContain("POST /state/orders/lock");
      expect(state.requests).toContain("DELETE /state/orders/lock");
      expect((await api.listSources()).map((s) => s.name)).toContain("orders-cdc-ci");

      const posts = (await emulator.stats()).requests["POST /sources"] ?? 0;
      const again = await runCdktf(["deploy", "orders", "--auto-approve"], { projectDir: project, cliConfig, env });
      expect(again.code).toBe(0);
      expect((await emulator.stats()).requests["POST /sources"] ?? 0).toBe(posts);

      const destroy = await runCdktf(["destroy", "orders", "--auto-approve"], { projectDir: project, cliConfig, env });
      expect(destroy.code).toBe(0);
      expect((await api.listSources()).map((s) => s.name)).not.toContain("orders-cdc-ci");
    } finally {
      await state.close();
    }
  });
});

test("plain HCL: terraform init, apply and destroy of examples/hcl", async () => {
  const ws = new TerraformWorkspace({ cliConfigFile: cliConfig, env: { ...streamkapEnv(), TF_VAR_db_password: "hcl-example-secret-77a0", TF_VAR_environment: "staging" } });
  try {
    ws.writeConfig(readFileSync(join(REPO_ROOT, "examples", "hcl", "main.tf"), "utf8"));
    await ws.init();
    const applied = await ws.apply();
    expect(applied.stdout).toContain('connector = "postgresql"');
    const sources = await api.listSources();
    const created = sources.find((s) => s.name === "orders-staging");
    expect(created?.config["transforms.InsertStaticValue1.static.value"]).toBe("staging");
    expect((await ws.plan()).code).toBe(0);
    await ws.destroy();
    expect((await api.listSources()).find((s) => s.name === "orders-staging")).toBeUndefined();
  } finally {
    ws.cleanup();
  }
});
