// A user's own cdktf project with a transform written in TypeScript, the package installed from
// the tarball `npm pack` makes: the transform (with the npm package dayjs) is tested by the
// project's own jest with no server, then `cdktf deploy` creates source → transform → pipeline →
// destination against the emulator in one go, the deployed implementation is the very bundle
// the offline runner ran (and the emulator's run of it gives the same records), and a second
// deploy changes nothing.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { StreamkapApi, type ApiConnector } from "../scripts/lib/streamkap-api";
import { runCdktf } from "../scripts/lib/cdktf";
import { createUserProject, installedVersion, packFreshClone } from "../scripts/lib/packed-project";
import { REPO_ROOT } from "../scripts/lib/paths";

jest.setTimeout(600_000);
const run = promisify(execFile);

let tmp: string;
let project: string;
let emulator: EmulatorProcess;
let cliConfig: string;
const secrets = { TF_VAR_db_password: "user-transform-password-5d1a", TF_VAR_snowflake_private_key: "user-transform-key-82c3" };

/** The environment of a user who has not configured Terraform yet, and reaches no Streamkap. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1" };
  for (const name of ["TF_CLI_CONFIG_FILE", "STREAMKAP_HOST", "STREAMKAP_CLIENT_ID", "STREAMKAP_SECRET"]) delete env[name];
  return env;
}

// Sample records the user's test feeds the transform; the emulator gets the same ones.
const recordsOf = (sourceId: string) => [
  {
    topic: `source_${sourceId}.public.orders`,
    key: { order_id: 1 },
    value: { order_id: 1, customer_email: " Ada@Mail.Example.org", amount: "12.34", status: "paid", created_at: 1773531000000 },
    timestamp: 1773531000000,
  },
  {
    topic: `source_${sourceId}.public.orders`,
    key: { order_id: 2 },
    value: { order_id: 2, customer_email: "t@mail.example.org", amount: "1", status: "test", created_at: 1773531000000 },
    timestamp: 1773531000000,
  },
];

const USER_TEST = `import { runTransform } from "cdktf-streamkap/testing";

const RECORDS = ${JSON.stringify(recordsOf("64f0c0ffee0000000000beef"), null, 2)};

test("clean-orders keeps paid orders, cleaned, and drops test orders", async () => {
  const run = await runTransform("transforms/clean-orders.ts", RECORDS);
  expect(run.errors).toEqual([]);
  expect(run.records).toEqual([
    {
      topic: "source_64f0c0ffee0000000000beef.public.orders",
      key: { ORDER_ID: 1 },
      value: { order_id: 1, customer_email: "ada@mail.example.org", amount_cents: 1234, status: "PAID", order_day: "2026-03-14" },
      timestamp: 1773531000000,
    },
  ]);
});
`;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "streamkap-user-transform-"));
  project = join(tmp, "shop-flows");
  mkdirSync(join(project, "transforms"), { recursive: true });
  let tarball: string;
  [emulator, tarball] = await Promise.all([startEmulatorProcess(), packFreshClone(tmp)]);
  // The project's own dependencies: dayjs for the transform, jest to test it.
  const dev = ["dayjs", "jest", "ts-jest", "@types/jest"].map((name) => `${name}@${installedVersion(name)}`);
  await createUserProject(project, tarball, dev);
  copyFileSync(join(REPO_ROOT, "examples", "transforms", "clean-orders.ts"), join(project, "transforms", "clean-orders.ts"));
  // The app names the transform's file from the project's folder, where cdktf runs it.
  const app = readFileSync(join(REPO_ROOT, "examples", "transforms", "main.ts"), "utf8")
    .replace('import { join } from "node:path";\n', "")
    .replace('TransformCode.fromFile(join(__dirname, "clean-orders.ts"))', 'TransformCode.fromFile("transforms/clean-orders.ts")');
  expect(app).not.toMatch(/__dirname|node:path/);
  writeFileSync(join(project, "main.ts"), app);
  writeFileSync(join(project, "transforms", "clean-orders.test.ts"), USER_TEST);
  writeFileSync(join(project, "jest.config.js"), 'module.exports = { testEnvironment: "node", transform: { "^.+\\\\.ts$": ["ts-jest", {}] } };\n');
  // The README's tsconfig, with jest's types for the tests and the transform's folder.
  const tsconfig = JSON.parse(readFileSync(join(project, "tsconfig.json"), "utf8"));
  tsconfig.compilerOptions = { ...tsconfig.compilerOptions, esModuleInterop: true, types: ["jest"] };
  tsconfig.include = ["main.ts", "transforms"];
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  // As the README has it: ts-node type-checks the app at every synth.
  writeFileSync(join(project, "cdktf.json"), JSON.stringify({ language: "typescript", app: "npx ts-node main.ts", sendCrashReports: "false" }));
  const installed = await run("npx", ["--offline", "cdktf-streamkap", "install-provider"], { cwd: project, env: userEnv() });
  cliConfig = /export TF_CLI_CONFIG_FILE="([^"]+)"/.exec(installed.stdout)![1];
});

afterAll(async () => {
  await emulator?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("the project's jest tests the TypeScript transform (with its npm dependency) offline, and a wrong expectation fails", async () => {
  // No STREAMKAP_HOST: nothing to reach.
  const jest = await run("npx", ["--offline", "jest", "--ci"], { cwd: project, env: userEnv() }).catch((e) => e);
  expect({ code: jest.code ?? 0, out: jest.stderr }).toEqual({ code: 0, out: expect.stringMatching(/Tests:\s+1 passed, 1 total/) });

  writeFileSync(join(project, "transforms", "wrong.test.ts"), USER_TEST.replace("amount_cents: 1234", "amount_cents: 1235"));
  const wrong = await run("npx", ["--offline", "jest", "--ci", "wrong"], { cwd: project, env: userEnv() }).catch((e) => e);
  rmSync(join(project, "transforms", "wrong.test.ts"));
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toContain('-       "amount_cents": 1235,');
});

test("one cdktf deploy makes source → transform → pipeline → destination; what runs is the offline bundle; a second deploy changes nothing", async () => {
  const env = { ...emulatorEnv(emulator), ...secrets };
  const outputsFile = join(project, "outputs.json");
  const deploy = await runCdktf(["deploy", "transforms", "--auto-approve", "--outputs-file", outputsFile], { projectDir: project, cliConfig, env });
  expect({ code: deploy.code, stderr: deploy.stderr }).toEqual({ code: 0, stderr: expect.anything() });
  const outputs = JSON.parse(readFileSync(outputsFile, "utf8")).transforms;
  expect(outputs).toMatchObject({ transform_status: "RUNNING", pipeline_status: "Active" });

  const api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
  const transform = (await api.get("transforms", outputs.transform_id)) as (ApiConnector & { implementation: unknown }) | undefined;
  const [source] = await api.list("sources");
  expect(transform).toMatchObject({ name: "clean-orders", transform_type: "map_filter", topics: ["public.orders"] });
  expect(transform!.config).toMatchObject({
    "transforms.input.topic.pattern": `source_${source.id}\\.(public\\.orders)`,
    "transforms.output.topic.pattern": "$1",
    "transforms.language": "JavaScript",
  });
  const pipeline = await api.get("pipelines", outputs.pipeline_id);
  expect(pipeline).toMatchObject({
    transforms: [
      {
        id: outputs.transform_id,
        topic: "public.orders",
        topic_id: expect.stringMatching(new RegExp(`^transform_${outputs.transform_id}_\\d+\\.public\\.orders$`)),
      },
    ],
  });

  // Byte for byte what the project's offline runner bundles, and the emulator's run of it
  // gives the records the project's own runner gives.
  const offline = await run(
    process.execPath,
    [
      "-e",
      `const { TransformCode } = require("cdktf-streamkap"); const { runTransform } = require("cdktf-streamkap/testing");
       const records = ${JSON.stringify(recordsOf(source.id))};
       runTransform("transforms/clean-orders.ts", records, { inputPattern: ${JSON.stringify(transform!.config["transforms.input.topic.pattern"])}, outputPattern: "$1" })
         .then((r) => console.log(JSON.stringify({ json: TransformCode.fromFile("transforms/clean-orders.ts").bind("map_filter").json, records: r.records, errors: r.errors.map((e) => e.message) })));`,
    ],
    { cwd: project },
  );
  const mine = JSON.parse(offline.stdout);
  expect(JSON.stringify(transform!.implementation)).toBe(mine.json);
  const emulated = await fetch(`${emulator.url}/__emulator/transforms/${outputs.transform_id}/run`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ records: recordsOf(source.id) }),
  }).then((r) => r.json() as Promise<{ records: Record<string, unknown>[]; errors: string[] }>);
  expect(emulated.errors).toEqual(mine.errors);
  expect(emulated.records.map(({ topic_id: _id, ...r }) => r)).toEqual(mine.records);
  expect(mine.records).toHaveLength(1);
  for (const secret of [...Object.values(secrets), emulator.secret]) expect(deploy.stdout + deploy.stderr).not.toContain(secret);

  const before = await stats();
  const again = await runCdktf(["deploy", "transforms", "--auto-approve"], { projectDir: project, cliConfig, env });
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/No changes/);
  const writes = Object.entries(diff(before, await stats())).filter(([route]) => /^(POST|PUT|DELETE) /.test(route) && !route.includes("/auth/"));
  expect(writes).toEqual([]);

  const destroy = await runCdktf(["destroy", "transforms", "--auto-approve"], { projectDir: project, cliConfig, env });
  expect(destroy.code).toBe(0);
  for (const collection of ["pipelines", "sources", "destinations", "transforms"] as const) expect(await api.list(collection)).toEqual([]);
});

async function stats(): Promise<Record<string, number>> {
  return ((await (await fetch(`${emulator.url}/__emulator/stats`)).json()) as { requests: Record<string, number> }).requests;
}

function diff(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after)
      .filter(([k, n]) => k !== "total" && n !== (before[k] ?? 0))
      .map(([k, n]) => [k, n - (before[k] ?? 0)]),
  );
}
