// End to end: what `npm start` runs (startQuickstart, the same function scripts/start.ts calls)
// through the real cdktf CLI and terraform, our provider and the emulator over HTTP. By default
// it deploys the quickstart flow (source → destination → pipeline) against its own emulator
// with generated secrets, prints the three ids and statuses, and a second run changes nothing;
// against STREAMKAP_HOST it needs every secret from the environment, and uses them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { StreamkapApi } from "../scripts/lib/streamkap-api";
import { destroyQuickstart, START_HEADINGS, startQuickstart, type StartResult } from "../scripts/lib/quickstart";
import { REPO_ROOT } from "../scripts/lib/paths";
import { writeCdktfJson } from "./support/cdktf-project";

jest.setTimeout(300_000);

const WRITES = /^(POST|PUT|PATCH|DELETE) \/(sources|destinations|pipelines|tags)/;
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "streamkap-quickstart-"));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A scratch project running the repository's quickstart app, so that its state and cdktf.out
 * stay out of the working tree. */
function project(name: string): { projectDir: string; workDir: string } {
  const projectDir = join(tmp, name);
  mkdirSync(projectDir);
  writeCdktfJson(projectDir, { example: "examples/quickstart/main.ts" });
  return { projectDir, workDir: join(projectDir, ".streamkap") };
}

/** The caller's environment without any Streamkap setting or quickstart secret. */
function bareEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(STREAMKAP_|TF_VAR_)/.test(k)));
}

async function start(dirs: { projectDir: string; workDir: string }, env: NodeJS.ProcessEnv): Promise<StartResult & { lines: string[] }> {
  const lines: string[] = [];
  const result = await startQuickstart({ ...dirs, env, log: (line) => lines.push(line) });
  return { ...result, lines };
}

/** The ids and statuses npm start printed, by part of the flow. */
function printed(lines: string[]): Record<string, { id: string; status: string }> {
  const parts: Record<string, { id: string; status: string }> = {};
  for (const line of lines) {
    const m = /^(source|destination|pipeline)\s+([0-9a-f]{24})\s+(?:connector )?status (\w+)$/.exec(line);
    if (m) parts[m[1]] = { id: m[2], status: m[3] };
  }
  return parts;
}

const writesOf = (requests: Record<string, number> = {}) => Object.entries(requests).filter(([route]) => WRITES.test(route));

test("npm start deploys the flow against its emulator, prints the three ids and statuses; a second run changes nothing", async () => {
  const dirs = project("default");
  const first = await start(dirs, bareEnv());
  expect({ code: first.code, lines: first.lines }).toMatchObject({ code: 0 });
  expect(first.deploy?.unchanged).toBe(false);
  expect(first.lines).toContain(START_HEADINGS.deployed);
  const ids = printed(first.lines);
  expect(Object.keys(ids).sort()).toEqual(["destination", "pipeline", "source"]);
  for (const part of Object.values(ids)) expect(part.status).toBe("Active");
  expect(first.deploy?.outputs).toEqual({
    source_id: ids.source.id,
    source_status: "Active",
    destination_id: ids.destination.id,
    destination_status: "Active",
    pipeline_id: ids.pipeline.id,
    pipeline_status: "Active",
  });
  // One POST each, nothing else written.
  expect(Object.fromEntries(writesOf(first.requests))).toEqual({ "POST /sources": 1, "POST /destinations": 1, "POST /pipelines": 1 });

  const second = await start(dirs, bareEnv());
  expect(second.code).toBe(0);
  expect(second.deploy?.unchanged).toBe(true);
  expect(second.lines).toContain(START_HEADINGS.unchanged);
  expect(printed(second.lines)).toEqual(ids);
  expect(writesOf(second.requests)).toEqual([]);

  // The secrets were generated once, kept for the owner only, and never printed.
  const files = ["db-password", "snowflake-private-key"].map((f) => join(dirs.workDir, f));
  for (const file of files) expect(statSync(file).mode & 0o077).toBe(0);
  const secrets = files.map((file) => readFileSync(file, "utf8").trim());
  for (const run of [first, second]) {
    const output = run.lines.join("\n") + run.deploy!.run.stdout + run.deploy!.run.stderr;
    for (const secret of secrets) expect(output).not.toContain(secret);
  }

  // What the persisted tenant holds: the three records, the secrets as the stack sent them.
  const emulator = await startEmulatorProcess({ dataDir: join(dirs.workDir, "emulator") });
  try {
    const api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
    expect(await api.getSource(ids.source.id, true)).toMatchObject({
      name: "orders-cdc",
      connector: "postgresql",
      created_from: "terraform",
      config: { "database.password": secrets[0] },
    });
    expect(await api.get("destinations", ids.destination.id, true)).toMatchObject({
      name: "orders-warehouse",
      connector: "snowflake",
      config: { "snowflake.private.key": secrets[1] },
    });
    expect(await api.get("pipelines", ids.pipeline.id)).toMatchObject({
      name: "orders-to-warehouse",
      status: "Active",
      source: { id: ids.source.id, topics: ["public.orders"] },
      destination: { id: ids.destination.id },
    });
    const destroyed = await destroyQuickstart({
      ...dirs,
      streamkap: { host: emulator.url, clientId: emulator.clientId, secret: emulator.secret },
      secrets: { db_password: secrets[0], snowflake_private_key: secrets[1] },
    });
    expect(destroyed.code).toBe(0);
    for (const collection of ["pipelines", "sources", "destinations"] as const) expect(await api.list(collection)).toEqual([]);
  } finally {
    await emulator.stop();
  }
});

test("the README opens with the quickstart's code as the file has it, and shows what npm start prints", () => {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)];
  const main = readFileSync(join(REPO_ROOT, "examples", "quickstart", "main.ts"), "utf8");
  expect(blocks[0][1]).toBe("ts");
  expect(blocks[0][2]).toBe(main.slice(main.indexOf("import ")));
  const sample = blocks
    .find((b) => b[1] === "text")![2]
    .trimEnd()
    .split("\n");
  expect(sample[0]).toBe(START_HEADINGS.deployed);
  expect(Object.values(printed(sample)).map((p) => p.status)).toEqual(["Active", "Active", "Active"]);
  expect(readme).toContain(START_HEADINGS.unchanged);
});

describe("against STREAMKAP_HOST", () => {
  let emulator: EmulatorProcess;
  let api: StreamkapApi;
  let env: NodeJS.ProcessEnv;
  const secrets = { TF_VAR_db_password: "quickstart-test-password-5f1c", TF_VAR_snowflake_private_key: "quickstart-test-key-9a3e" };

  beforeAll(async () => {
    emulator = await startEmulatorProcess();
    api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
    env = { ...bareEnv(), STREAMKAP_HOST: emulator.url, STREAMKAP_CLIENT_ID: emulator.clientId, STREAMKAP_SECRET: emulator.secret };
  });

  afterAll(async () => {
    await emulator?.stop();
  });

  test("a missing secret stops npm start before any request, naming it; none is generated", async () => {
    const dirs = project("external-missing");
    const result = await start(dirs, { ...env, TF_VAR_db_password: secrets.TF_VAR_db_password });
    expect(result.code).toBe(1);
    expect(result.lines.join("\n")).toMatch(/set TF_VAR_snowflake_private_key too; only the local emulator has defaults/);
    expect(result.deploy).toBeUndefined();
    expect((await emulator.stats()).requests.total).toBe(0);
    expect(existsSync(join(dirs.workDir, "snowflake-private-key"))).toBe(false);
  });

  test("with every setting, the flow deploys there with the given secrets", async () => {
    const dirs = project("external");
    const result = await start(dirs, { ...env, ...secrets });
    expect(result.code).toBe(0);
    expect(result.requests).toBeUndefined(); // no emulator of its own
    expect(result.lines[0]).toBe(`Streamkap API at ${emulator.url}`);
    const ids = printed(result.lines);
    expect(Object.values(ids).map((p) => p.status)).toEqual(["Active", "Active", "Active"]);
    expect((await api.getSource(ids.source.id, true))?.config["database.password"]).toBe(secrets.TF_VAR_db_password);
    expect((await api.get("destinations", ids.destination.id, true))?.config["snowflake.private.key"]).toBe(secrets.TF_VAR_snowflake_private_key);
    const output = result.lines.join("\n") + result.deploy!.run.stdout + result.deploy!.run.stderr;
    for (const secret of [...Object.values(secrets), emulator.secret]) expect(output).not.toContain(secret);

    const destroyed = await destroyQuickstart({
      ...dirs,
      streamkap: { host: emulator.url, clientId: emulator.clientId, secret: emulator.secret },
      secrets: { db_password: secrets.TF_VAR_db_password, snowflake_private_key: secrets.TF_VAR_snowflake_private_key },
    });
    expect(destroyed.code).toBe(0);
    for (const collection of ["pipelines", "sources", "destinations"] as const) expect(await api.list(collection)).toEqual([]);
  });
});
