// The provider under a flaky API: 30 sources applied with -parallelism=10 while the emulator
// throttles, fails, loses answers to writes and issues 2-second tokens. The API must then hold
// exactly those 30, the next plan must be clean and destroy must leave none. A name already
// taken outside Terraform fails clearly and leaves that source untouched. Then whole flows (a
// tag, a source, a Snowflake destination and the pipeline joining them, tagged) through the
// same faults: exactly one of each per flow, a clean plan, a clean destroy. Every run is at
// TF_LOG=trace, and all of it is searched for the password, the private key, the client
// secret and every token the emulator issued.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { pipelineHcl, postgresSourceHcl, snowflakeDestinationHcl } from "./support/flow-hcl";
import { hclHeader, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { StreamkapApi, type ApiConnector } from "../scripts/lib/streamkap-api";

jest.setTimeout(300_000);

const SEED = Number(process.env.RELIABILITY_SEED ?? 20240607);
const COUNT = 30;
const FLOWS = 6;
const dbPassword = "reliability-pw-5d2f9e71c0";
const privateKey = "reliability-key-8c3e1a9d47";
const outsideName = "made-by-hand";
const workspaces = new WorkspaceFactory({
  address: PROVIDER_ADDRESS,
  env: () => ({ ...emulatorEnv(emulator), TF_VAR_db_password: dbPassword, TF_VAR_private_key: privateKey, TF_LOG: "trace" }),
});
const log = workspaces.log;
let dir: string;
let tokensFile: string;
let emulator: EmulatorProcess;
let outside: ApiConnector;

const sourceConfig = {
  "database.hostname.user.defined": "db.internal",
  "database.port.user.defined": 5432,
  "database.user": "cdc",
  "database.password": "outside-pw",
  "database.dbname": "legacy",
  "schema.include.list": "public",
  "table.include.list.user.defined": "public.orders",
};

/** A read through the faults: the plain test client has no retries, so retry it here (reads
 * are safe to repeat) with a fresh login each time (tokens live 2 seconds). */
async function read<T>(what: (api: StreamkapApi) => Promise<T>): Promise<T> {
  let last: unknown;
  for (let i = 0; i < 40; i++) {
    try {
      return await what(new StreamkapApi(emulator.url, emulator.clientId, emulator.secret));
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw last;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "reliability-"));
  const dataDir = join(dir, "data");
  tokensFile = join(dir, "issued-tokens");
  const secret = "reliability-client-secret-0b7c";
  // The source made outside Terraform, through a calm API; then the same data under faults.
  const calm = await startEmulatorProcess({ dataDir, secret, args: ["--issued-tokens-file", tokensFile] });
  outside = await new StreamkapApi(calm.url, calm.clientId, calm.secret).createSource({ name: outsideName, connector: "postgresql", config: sourceConfig });
  await calm.stop();
  emulator = await startEmulatorProcess({
    dataDir,
    secret,
    args: [
      "--fault-rate",
      "0.3",
      "--lost-response-rate",
      "0.1",
      "--latency-ms",
      "20",
      "--token-ttl",
      "2",
      "--seed",
      String(SEED),
      "--deploy-ms",
      "50",
      "--issued-tokens-file",
      tokensFile,
    ],
  });
});

afterAll(async () => {
  await emulator?.stop();
  workspaces.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const workspace = (hcl: string) => workspaces.create(hcl);

const header = hclHeader(PROVIDER_SOURCE, ["db_password", "private_key"]);

const source = (label: string, name: string, count?: number) => postgresSourceHcl(label, { count, name, database_port: 5432 });

const names = Array.from({ length: COUNT }, (_, i) => `flaky-${i}`);

describe(`under --fault-rate 0.3 --lost-response-rate 0.1 --latency-ms 20 --token-ttl 2 --seed ${SEED}`, () => {
  let ws: RecordingWorkspace;

  test(`apply of ${COUNT} sources with -parallelism=10 succeeds and the API holds exactly those`, async () => {
    ws = await workspace(header + source("s", "flaky-${count.index}", COUNT));
    await ws.apply(["-parallelism=10"]);

    const ids = (await ws.managedResources()).map((r) => r.values.id as string);
    expect(ids).toHaveLength(COUNT);
    const held = await read((api) => api.listSources());
    const flaky = held.filter((s) => s.name !== outsideName);
    expect(flaky.map((s) => s.name).sort()).toEqual([...names].sort());
    expect(flaky.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(flaky.every((s) => s.created_from === "terraform")).toBe(true);
    const stats = (await emulator.stats()).requests;
    // The faults were met: faulted creates were sent again, and expired tokens renewed.
    expect(stats["POST /sources"]).toBeGreaterThan(COUNT);
    expect(stats["POST /auth/access-token"]).toBeGreaterThan(1);
    // Some creates met a 5xx or a cut connection, whose outcome the provider could not know.
    const unknownCreates = emulator
      .stderr()
      .split("\n")
      .filter((l) => /^POST \/sources (5\d\d|-) /.test(l));
    expect(unknownCreates.length).toBeGreaterThan(0);
    if (process.env.RELIABILITY_FIGURES) {
      process.stderr.write(`figures: ${JSON.stringify({ unknownCreates: unknownCreates.length, ...stats })}\n`);
    }
  });

  test("the next plan is clean", async () => {
    const plan = await ws.plan(["-parallelism=10"]);
    expect(plan.code === 0 ? "no changes" : plan.stdout).toBe("no changes");
  });

  test("a name taken by a source made outside Terraform: a clear error, and that source untouched", async () => {
    const taken = await workspace(header + source("taken", outsideName));
    const result = await taken.run(["apply", "-auto-approve", "-input=false", "-no-color"]);
    expect(result.code).toBe(1);
    // Terraform wraps diagnostic text to its terminal width.
    const text = (result.stdout + result.stderr).replace(/\s+/g, " ");
    expect(text).toContain(`Could not create source "${outsideName}"`);
    expect(text).toContain(`already exists (id ${outside.id}`);
    expect(text).toContain(`terraform import streamkap_source_postgresql.<resource name> ${outside.id}`);
    // A faulted answer has no result: only a found source ends the retries.
    const found = async (api: StreamkapApi) => (await api.getSource(outside.id, true)) ?? Promise.reject(new Error("not found"));
    const after = await read(found);
    // Nothing was sent to it: no update, no delete.
    expect(emulator.stderr()).not.toMatch(new RegExp(`^(PUT|DELETE) /sources/${outside.id} `, "m"));
    expect(after).toMatchObject({
      id: outside.id,
      name: outsideName,
      created_from: "api",
      created_timestamp: (outside as unknown as { created_timestamp: string }).created_timestamp,
    });
    expect(after.config).toMatchObject({ "database.dbname": "legacy", "database.password": "outside-pw" });
    expect(await taken.managedResources()).toHaveLength(0);
  });

  test("destroy leaves none of them", async () => {
    await ws.destroy(["-parallelism=10"]);
    const held = await read((api) => api.listSources());
    expect(held.map((s) => s.name)).toEqual([outsideName]);
  });
});

/** FLOWS whole flows, each tagged by a tag of its own: the pipeline joins flow i's source and
 * destination, and carries its tag. */
const flowsHcl = `
resource "streamkap_tag" "team" {
  count = ${FLOWS}
  name  = "team-\${count.index}"
  type  = ["sources", "destinations", "pipelines"]
}
${source("orders", "orders-${count.index}", FLOWS)}
${snowflakeDestinationHcl("warehouse", { count: FLOWS, name: "warehouse-${count.index}" })}
${pipelineHcl("flow", {
  count: FLOWS,
  name: "flow-${count.index}",
  tags: "[streamkap_tag.team[count.index].id]",
  source: "streamkap_source_postgresql.orders",
  destination: "streamkap_destination_snowflake.warehouse",
})}`;

const flowNames = (prefix: string) => Array.from({ length: FLOWS }, (_, i) => `${prefix}-${i}`).sort();

/** The names the API holds of each kind of a flow (the tenant's system tags and the source
 * made outside Terraform left out). */
async function heldFlows(): Promise<Record<string, string[]>> {
  return read(async (api) => ({
    tags: (await api.listTags())
      .filter((t) => t.name.startsWith("team-"))
      .map((t) => t.name)
      .sort(),
    sources: (await api.listSources())
      .filter((s) => s.name !== outsideName)
      .map((s) => s.name)
      .sort(),
    destinations: (await api.list("destinations")).map((d) => d.name).sort(),
    pipelines: (await api.list("pipelines")).map((p) => p.name).sort(),
  }));
}

describe(`${FLOWS} whole flows (tag, source, destination, tagged pipeline) under the same faults`, () => {
  let ws: RecordingWorkspace;

  test("apply succeeds and the API holds exactly one of each per flow", async () => {
    const before = (await emulator.stats()).requests;
    ws = await workspace(header + flowsHcl);
    await ws.apply(["-parallelism=10"]);
    expect(await ws.managedResources()).toHaveLength(4 * FLOWS);
    expect(await heldFlows()).toEqual({
      tags: flowNames("team"),
      sources: flowNames("orders"),
      destinations: flowNames("warehouse"),
      pipelines: flowNames("flow"),
    });
    // Every kind met the faults: more create attempts than objects made.
    const after = (await emulator.stats()).requests;
    const creates = (route: string) => (after[route] ?? 0) - (before[route] ?? 0);
    expect(creates("POST /tags") + creates("POST /sources") + creates("POST /destinations") + creates("POST /pipelines")).toBeGreaterThan(4 * FLOWS);
    if (process.env.RELIABILITY_FIGURES) {
      const sent = Object.fromEntries(Object.keys(after).map((route) => [route, creates(route)]));
      process.stderr.write(`flow figures: ${JSON.stringify(sent)}\n`);
    }
  });

  test("the next plan is clean", async () => {
    const plan = await ws.plan(["-parallelism=10"]);
    expect(plan.code === 0 ? "no changes" : plan.stdout).toBe("no changes");
  });

  test("destroy leaves none of them", async () => {
    await ws.destroy(["-parallelism=10"]);
    expect(await heldFlows()).toEqual({ tags: [], sources: [], destinations: [], pipelines: [] });
  });
});

test("no password, private key, client secret or token in any line terraform and the provider printed at TF_LOG=trace", () => {
  const text = log.text();
  // The search covers the provider's own structured logs, request bodies included.
  expect(text).toContain('"@module":"provider.streamkap"');
  expect(text).toMatch(/request POST \/sources/);
  const tokens = readFileSync(tokensFile, "utf8").split("\n").filter(Boolean);
  // Tokens living 2 seconds were renewed many times over the run.
  expect(tokens.length).toBeGreaterThan(6);
  for (const secret of [dbPassword, privateKey, emulator.secret, ...tokens]) {
    expect(text.includes(secret) ? `leaked: ${secret.slice(0, 6)}…` : "absent").toBe("absent");
  }
});
