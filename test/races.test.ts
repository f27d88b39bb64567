// Terraform runs that race, and one cut short. Two applies with separate states creating the
// same names against one tenant: one object per name, each in exactly one state, and the loser
// told the name is taken. Two applies of one state: the second is stopped by the state lock.
// SIGINT while the connectors are Starting: terraform stops waiting at once (the emulator's
// clock never moves, so only the interrupt can end the wait), and the next apply reconciles
// the state with the API — no orphan, no duplicate.
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import { StreamkapApi } from "../scripts/lib/streamkap-api";
import { emulatorEnv } from "../scripts/lib/emulator-process";
import { ManualClock, startEmulator, type RunningEmulator } from "../emulator";
import { eventually } from "./support/eventually";
import { postgresSourceHcl } from "./support/flow-hcl";
import { hclHeader, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import type { ChildProcess } from "node:child_process";

jest.setTimeout(300_000);

const CLIENT_ID = "race-client";
const SECRET = "race-secret-7d21c";
const dbPassword = "race-pw-3b9e0f";
const COUNT = 4;
/** Deployments take 200 ms on the wall clock. */
let emulator: RunningEmulator;
/** Deployments end only when the test moves this clock: connectors stay Starting until then. */
const frozen = new ManualClock();
let frozenEmulator: RunningEmulator;
let api: StreamkapApi;
let target: RunningEmulator;
const workspaces = new WorkspaceFactory({
  address: PROVIDER_ADDRESS,
  env: () => ({ ...emulatorEnv({ url: target.url, clientId: CLIENT_ID, secret: SECRET }), TF_VAR_db_password: dbPassword }),
});

beforeAll(async () => {
  emulator = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 200 });
  frozenEmulator = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 1000, clock: frozen });
});

afterAll(async () => {
  await emulator?.close();
  await frozenEmulator?.close();
  workspaces.cleanup();
});

/** Workspaces and API calls from here on go to `to`. */
function use(to: RunningEmulator): void {
  target = to;
  api = new StreamkapApi(to.url, CLIENT_ID, SECRET);
}

const APPLY = ["apply", "-auto-approve", "-input=false", "-no-color"];

/** Runs terraform, handing over its process once started. */
function started(ws: RecordingWorkspace, args: string[]): { child: Promise<ChildProcess>; result: ReturnType<RecordingWorkspace["run"]> } {
  let give: (child: ChildProcess) => void = () => undefined;
  const child = new Promise<ChildProcess>((resolve) => (give = resolve));
  return { child, result: ws.run(args, { onStart: give }) };
}

/** Resolves with the result, or fails saying what did not end. */
async function within<T>(what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not end within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const sources = (prefix: string) => hclHeader(PROVIDER_SOURCE, ["db_password"]) + postgresSourceHcl("s", { count: COUNT, name: `${prefix}-\${count.index}` });

const names = (prefix: string) => Array.from({ length: COUNT }, (_, i) => `${prefix}-${i}`);

async function held(prefix: string): Promise<{ id: string; name: string }[]> {
  return (await api.listSources()).filter((s) => s.name.startsWith(`${prefix}-`)).map(({ id, name }) => ({ id, name }));
}

async function stateIds(ws: RecordingWorkspace): Promise<string[]> {
  return (await ws.managedResources()).map((r) => r.values.id as string);
}

test("two applies with separate states, the same names: one object per name, in one state each; the loser is told the name is taken", async () => {
  use(emulator);
  const [a, b] = await Promise.all([workspaces.create(sources("race")), workspaces.create(sources("race"))]);
  const [ra, rb] = await Promise.all([a.run(APPLY), b.run(APPLY)]);

  const made = await held("race");
  expect(made.map((s) => s.name).sort()).toEqual(names("race"));
  const [ia, ib] = [await stateIds(a), await stateIds(b)];
  expect([...ia, ...ib].sort()).toEqual(made.map((s) => s.id).sort());
  // Every name a run lacks is refused with the name and the object that holds it.
  for (const [ids, run] of [
    [ia, ra],
    [ib, rb],
  ] as const) {
    const lost = made.filter((s) => !ids.includes(s.id));
    const text = (run.stdout + run.stderr).replace(/\s+/g, " ");
    expect(run.code).toBe(lost.length ? 1 : 0);
    for (const s of lost) expect(text).toContain(`Could not create source "${s.name}"`);
    for (const s of lost) expect(text).toContain(`already exists (id ${s.id}`);
  }
  await Promise.all([a.destroy(), b.destroy()]);
  expect(await held("race")).toEqual([]);
});

describe("while the connectors are Starting (the emulator's clock stands still)", () => {
  let ws: RecordingWorkspace;
  let first: ReturnType<typeof started>;

  test("a second apply of the same state is stopped by the state lock, and changes nothing", async () => {
    use(frozenEmulator);
    ws = await workspaces.create(sources("held"));
    first = started(ws, APPLY);
    await eventually(
      "the first apply to create every source",
      async () => (await held("held")).length,
      (n) => n === COUNT,
      { timeoutMs: 120_000 },
    );
    const second = await ws.run(APPLY);
    expect(second.code).toBe(1);
    expect(second.stderr.replace(/\s+/g, " ")).toContain("Error acquiring the state lock");
    expect((await held("held")).length).toBe(COUNT);
  });

  test("SIGINT stops the waits at once; the next apply reconciles: no orphan, no duplicate", async () => {
    (await first.child).kill("SIGINT");
    // Only the interrupt can end the apply: the connectors stay Starting until the clock moves.
    const interrupted = await within("the interrupted apply", 120_000, first.result);
    expect(interrupted.code).not.toBe(0);
    expect((await held("held")).length).toBe(COUNT);

    // From here on the clock runs (a second per 20 ms), so deployments and deletions end.
    const ticker = setInterval(() => frozen.advance(1000), 20);
    try {
      const again = await ws.apply();
      // Each interrupted create was kept in state, tainted, and is replaced now.
      expect(again.stdout).toMatch(new RegExp(`Resources: ${COUNT} added, 0 changed, ${COUNT} destroyed`));
      const made = await held("held");
      expect(made.map((s) => s.name).sort()).toEqual(names("held"));
      expect((await stateIds(ws)).sort()).toEqual(made.map((s) => s.id).sort());
      expect((await ws.plan()).code).toBe(0);
      await ws.destroy();
      expect(await held("held")).toEqual([]);
    } finally {
      clearInterval(ticker);
    }
  });
});
