// The examples a user copies, against the emulator: every cdktf example synthesizes; AlloyDB
// deploys; the team module's dev and prod flows (synth, cdktf deploy, plan clean, destroy); the
// CI pipeline's path (synth, lock file from the mirror, non-interactive deploy into an http
// state backend); plain HCL's flow (terraform init, apply, plan clean, destroy).
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Testing, TerraformStack } from "cdktf";
import { SYSTEM_TAGS } from "../catalog/system-tags";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { StreamkapApi, type Collection } from "../scripts/lib/streamkap-api";
import { TerraformWorkspace } from "../scripts/lib/terraform-workspace";
import { runCdktf } from "../scripts/lib/cdktf";
import { startHttpStateServer, type HttpStateServer } from "../scripts/lib/http-state-server";
import { REPO_ROOT } from "../scripts/lib/paths";
import { prepareTerraform } from "../scripts/lib/quickstart";
import { writeCdktfJson } from "./support/cdktf-project";
import { environments, PaymentsCdcStack } from "../examples/team-module/stacks";
import { TeamFlow, type TeamFlowProps } from "../examples/team-module/team-flow";
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

type Synthesized = Record<string, Record<string, Record<string, any>>>;

/** The one resource of a type in a synthesized stack, with its Terraform address. */
function only(resources: Synthesized, type: string): Record<string, any> & { address: string } {
  const entries = Object.entries(resources[type] ?? {});
  expect(entries).toHaveLength(1);
  return { ...entries[0][1], address: `${type}.${entries[0][0]}` };
}

/** The records of a collection whose names start with a prefix, by name. */
async function named(collection: Collection | "tags", prefix: string): Promise<Record<string, any>> {
  const records = collection === "tags" ? await tagsOf() : await api.list(collection);
  return Object.fromEntries(records.filter((r) => r.name.startsWith(prefix)).map((r) => [r.name, r]));
}

/** The tenant's tags (StreamkapApi has no helper for them). */
async function tagsOf(): Promise<{ id: string; name: string }[]> {
  const auth = await fetch(`${emulator.url}/auth/access-token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_id: emulator.clientId, secret: emulator.secret }),
  });
  const { accessToken } = (await auth.json()) as { accessToken: string };
  const res = await fetch(`${emulator.url}/tags`, { headers: { authorization: `Bearer ${accessToken}` } });
  return ((await res.json()) as { tags: { id: string; name: string }[] }).tags;
}

/** Runs an example's app as `cdktf synth` would (tsx, in a scratch folder); returns each
 * stack's resource types. */
async function synthExample(example: string, env: Record<string, string> = {}): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmp, "synth-"));
  await run(process.execPath, [require.resolve("tsx/cli"), "--tsconfig", join(REPO_ROOT, "tsconfig.json"), join(REPO_ROOT, "examples", example, "main.ts")], {
    cwd: dir,
    env: { ...process.env, ...env },
  });
  const stacksDir = join(dir, "cdktf.out", "stacks");
  return Object.fromEntries(
    readdirSync(stacksDir).map((stack) => [stack, Object.keys(JSON.parse(readFileSync(join(stacksDir, stack, "cdk.tf.json"), "utf8")).resource ?? {}).sort()]),
  );
}

test("every cdktf example synthesizes its stacks: the quickstart, the team module and the transforms example as whole flows", async () => {
  const flow = ["streamkap_destination", "streamkap_pipeline", "streamkap_source"];
  const synthesized = await Promise.all([
    synthExample("quickstart"),
    synthExample("team-module"),
    synthExample("alloydb"),
    synthExample("ci-pipeline", { STATE_BACKEND: "http", STATE_HTTP_ADDRESS: "https://state.example/orders" }),
    synthExample("import-existing", { STREAMKAP_SOURCE_ID: "0123456789abcdef01234567" }),
    synthExample("transforms"),
  ]);
  expect(synthesized).toEqual([
    { quickstart: flow },
    { "payments-dev": [...flow, "streamkap_tag"], "payments-prod": [...flow, "streamkap_tag"] },
    { alloydb: ["streamkap_source"] },
    { orders: ["streamkap_source"] },
    { "import-existing": ["streamkap_source_postgresql"] },
    { transforms: [...flow, "streamkap_transform_map_filter"] },
  ]);
});

test("cdktf deploy of the AlloyDB example creates the source, running, with its password; destroy removes it", async () => {
  const project = join(tmp, "alloydb");
  mkdirSync(project);
  writeCdktfJson(project, { example: "examples/alloydb/main.ts" });
  const password = "alloydb-example-secret-3c9e";
  const env = { ...streamkapEnv(), TF_VAR_alloydb_password: password };
  const outputsFile = join(project, "outputs.json");
  const deploy = await runCdktf(["deploy", "alloydb", "--auto-approve", "--skip-provider-lock", "--outputs-file", outputsFile], {
    projectDir: project,
    cliConfig,
    env,
  });
  expect({ code: deploy.code, stderr: deploy.stderr }).toMatchObject({ code: 0 });
  const outputs = JSON.parse(readFileSync(outputsFile, "utf8")).alloydb;
  expect(outputs.connector_status).toBe("Active");
  const source = await api.getSource(outputs.source_id, true);
  expect(source).toMatchObject({ name: "inventory-alloydb", connector: "alloydb", created_from: "terraform" });
  expect(source?.config).toMatchObject({ "database.hostname.user.defined": "10.42.0.7", "database.password": password, "database.sslmode": "require" });
  expect(deploy.stdout + deploy.stderr).not.toContain(password);
  const destroy = await runCdktf(["destroy", "alloydb", "--auto-approve"], { projectDir: project, cliConfig, env });
  expect(destroy.code).toBe(0);
  expect(await api.getSource(outputs.source_id)).toBeUndefined();
});

describe("team module", () => {
  const teamSecrets = { TF_VAR_db_password: "team-example-secret-4b7e", TF_VAR_snowflake_private_key: "team-example-key-6c1d" };

  test("dev and prod flows share the team's conventions and differ in their settings", () => {
    const app = Testing.app();
    const synth = (env: "dev" | "prod") => JSON.parse(Testing.synth(new PaymentsCdcStack(app, `payments-${env}`, environments[env]))).resource as Synthesized;
    for (const env of ["dev", "prod"] as const) {
      const resources = synth(env);
      const tag = only(resources, "streamkap_tag");
      const source = only(resources, "streamkap_source");
      const destination = only(resources, "streamkap_destination");
      const pipeline = only(resources, "streamkap_pipeline");
      const ref = (r: { address: string }) => `\${${r.address}.id}`;
      expect(tag).toMatchObject({ name: `payments-${env}`, type: ["sources", "destinations", "pipelines"] });
      expect(source.name).toBe(`payments-${env}-orders`);
      expect(source.config).toMatchObject({
        "heartbeat.enabled": "true",
        "heartbeat.data.collection.schema.or.database": "payments_streamkap",
        "transforms.InsertStaticKey1.static.field": "team",
        "transforms.InsertStaticKey1.static.value": "payments",
        "transforms.InsertStaticValue1.static.field": "environment",
        "transforms.InsertStaticValue1.static.value": env,
      });
      expect(source.secret_config).toEqual({ "database.password": "${var.db_password}" });
      expect(destination).toMatchObject({
        name: `payments-${env}-orders-snowflake`,
        connector: "snowflake",
        config: { "snowflake.schema.name": "PAYMENTS_ORDERS" },
        secret_config: { "snowflake.private.key": "${var.snowflake_private_key}" },
      });
      for (const r of [source, destination]) expect(r.tags).toEqual([ref(tag)]);
      expect(pipeline).toMatchObject({
        name: `payments-${env}-orders-to-snowflake`,
        source: { id: ref(source), topics: environments[env].tables },
        destination: { id: ref(destination), connector: "snowflake" },
        tags: [ref(tag), (env === "prod" ? SYSTEM_TAGS.production : SYSTEM_TAGS.development).id],
      });
      const sized = {
        dev: { parallelism: "1", warehouse: "PAYMENTS_DEV_XS_WH", poll: "1000" },
        prod: { parallelism: "4", warehouse: "PAYMENTS_PROD_WH", poll: "10000" },
      }[env];
      expect(source.config["streamkap.snapshot.parallelism"]).toBe(sized.parallelism);
      expect(destination.config).toMatchObject({ sfwarehouse: sized.warehouse, "consumer.override.max.poll.records": sized.poll });
    }
  });

  test("cdktf deploy of both stacks creates each flow, running and tagged per environment; a plan afterwards is clean", async () => {
    const project = join(tmp, "team");
    mkdirSync(project);
    writeCdktfJson(project, { example: "examples/team-module/main.ts" });
    const env = { ...streamkapEnv(), ...teamSecrets };
    const stacks = ["payments-dev", "payments-prod"];
    const deploy = await runCdktf(["deploy", ...stacks, "--auto-approve", "--skip-provider-lock"], { projectDir: project, cliConfig, env });
    expect({ code: deploy.code, stderr: deploy.stderr }).toMatchObject({ code: 0 });

    const tags = await named("tags", "payments-");
    const sources = await named("sources", "payments-");
    const destinations = await named("destinations", "payments-");
    const pipelines = await named("pipelines", "payments-");
    expect(Object.keys(tags).sort()).toEqual(["payments-dev", "payments-prod"]);
    expect(Object.keys(sources).sort()).toEqual(["payments-dev-orders", "payments-prod-orders"]);
    expect(Object.keys(destinations).sort()).toEqual(["payments-dev-orders-snowflake", "payments-prod-orders-snowflake"]);
    expect(sources["payments-dev-orders"].config["database.sslmode"]).toBe("disable");
    expect(sources["payments-prod-orders"].config).toMatchObject({ "database.sslmode": "require", "transforms.InsertStaticValue1.static.value": "prod" });
    for (const env of ["dev", "prod"] as const) {
      const tag = tags[`payments-${env}`].id;
      const stage = (env === "prod" ? SYSTEM_TAGS.production : SYSTEM_TAGS.development).id;
      expect(sources[`payments-${env}-orders`].tags).toEqual([tag]);
      expect(destinations[`payments-${env}-orders-snowflake`].tags).toEqual([tag]);
      const pipeline = pipelines[`payments-${env}-orders-to-snowflake`];
      expect(pipeline).toMatchObject({
        status: "Active",
        source: { id: sources[`payments-${env}-orders`].id },
        destination: { id: destinations[`payments-${env}-orders-snowflake`].id },
      });
      expect([...pipeline.source.topics].sort()).toEqual([...environments[env].tables].sort());
      expect([...pipeline.tags].sort()).toEqual([tag, stage].sort());
    }
    for (const secret of Object.values(teamSecrets)) expect(deploy.stdout + deploy.stderr).not.toContain(secret);

    // Each stack's own terraform plan: exit code 0 is "no changes" (2 would be changes).
    for (const stack of stacks) {
      const plan = await run("terraform", ["plan", "-detailed-exitcode", "-input=false", "-no-color"], {
        cwd: join(project, "cdktf.out", "stacks", stack),
        env: { ...process.env, ...env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: "1" },
      }).catch((e: { code: number; stdout: string }) => e);
      expect({ stack, code: (plan as { code?: number }).code ?? 0 }).toEqual({ stack, code: 0 });
      expect(plan.stdout).toContain("No changes.");
    }

    const destroy = await runCdktf(["destroy", ...stacks, "--auto-approve"], { projectDir: project, cliConfig, env });
    expect(destroy.code).toBe(0);
    for (const collection of ["pipelines", "sources", "destinations", "tags"] as const) expect(await named(collection, "payments-")).toEqual({});
  });

  test("the module refuses a production source without SSL, and names that break the convention", () => {
    const props = (over: Partial<TeamFlowProps>, ssl = true): TeamFlowProps => ({
      team: "payments",
      environment: "dev",
      dataset: "orders",
      database: { hostname: "h", name: "d", user: "u", password: "${var.p}", tables: ["public.t"], ssl },
      warehouse: { url: "u", user: "u", privateKey: "${var.k}", database: "d", computeWarehouse: "w" },
      ...over,
    });
    const stack = () => new TerraformStack(Testing.app(), "s");
    expect(() => new TeamFlow(stack(), "x", props({ environment: "prod" }, false))).toThrow(/must use SSL/);
    expect(() => new TeamFlow(stack(), "y", props({ team: "Payments Team" }))).toThrow(/lower-case/);
    expect(() => new TeamFlow(stack(), "z", props({}))).not.toThrow();
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
      const env = {
        ...streamkapEnv(),
        STATE_BACKEND: "http",
        STATE_HTTP_ADDRESS: `${state.url}/state/orders`,
        TF_VAR_db_password: "ci-example-secret-81d2",
        TF_INPUT: "0",
      };

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

test("plain HCL: terraform init, apply, a clean plan and destroy of examples/hcl's flow", async () => {
  const secrets = { TF_VAR_db_password: "hcl-example-secret-77a0", TF_VAR_snowflake_private_key: "hcl-example-key-2e58" };
  const ws = new TerraformWorkspace({ cliConfigFile: cliConfig, env: { ...streamkapEnv(), ...secrets, TF_VAR_environment: "staging" } });
  try {
    ws.writeConfig(readFileSync(join(REPO_ROOT, "examples", "hcl", "main.tf"), "utf8"));
    await ws.init();
    const applied = await ws.apply();
    expect(applied.stdout).toContain('connector = "postgresql"');
    expect(applied.stdout).toContain('pipeline_status = "Active"');
    const source = (await named("sources", "orders-staging"))["orders-staging"];
    expect(source?.config).toMatchObject({ "transforms.InsertStaticValue1.static.value": "staging" });
    expect((await api.getSource(source.id, true))?.config["database.password"]).toBe(secrets.TF_VAR_db_password);
    const destination = (await named("destinations", "warehouse-staging"))["warehouse-staging"];
    expect(destination).toMatchObject({ connector: "snowflake", config: { "snowflake.schema.name": "STAGING" } });
    expect((await api.get("destinations", destination.id, true))?.config["snowflake.private.key"]).toBe(secrets.TF_VAR_snowflake_private_key);
    const pipeline = (await named("pipelines", "orders-to-warehouse-staging"))["orders-to-warehouse-staging"];
    expect(pipeline).toMatchObject({
      status: "Active",
      source: { id: source.id, topics: ["public.orders"] },
      destination: { id: destination.id },
      tags: [SYSTEM_TAGS.development.id],
    });
    const plan = await ws.plan();
    expect({ code: plan.code, stdout: plan.stdout }).toMatchObject({ code: 0, stdout: expect.stringContaining("No changes.") });
    const destroyed = await ws.destroy();
    for (const output of [applied, plan, destroyed]) for (const secret of Object.values(secrets)) expect(output.stdout + output.stderr).not.toContain(secret);
    for (const [collection, name] of [
      ["pipelines", "orders-to-warehouse-staging"],
      ["sources", "orders-staging"],
      ["destinations", "warehouse-staging"],
    ] as const) {
      expect(await named(collection, name)).toEqual({});
    }
  } finally {
    ws.cleanup();
  }
});
