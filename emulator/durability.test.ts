// The emulator killed with SIGKILL in the middle of a burst of concurrent writes, then
// restarted on the same data directory: every write it acknowledged is there, and the data
// it holds is whole (it starts, lists and accepts writes again).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulatorProcess, type EmulatorProcess } from "../test/support/emulator";

jest.setTimeout(60_000);

const SECRET = "durability-secret";
let dir: string;
const running: EmulatorProcess[] = [];

beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "emulator-durability-"))));
afterAll(async () => {
  for (const p of running) await p.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<EmulatorProcess> {
  const p = await startEmulatorProcess({ dataDir, secret: SECRET, args: ["--deploy-ms", "0"] });
  running.push(p);
  return p;
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/auth/access-token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_id: "test-client", secret: SECRET }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** One API call; a connection cut by the kill is a write not acknowledged (undefined). */
async function call(url: string, token: string, method: string, path: string, body?: unknown) {
  try {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as any };
  } catch {
    return undefined;
  }
}

const config = (db: string) => ({
  "database.hostname.user.defined": "db.internal",
  "database.port.user.defined": 5432,
  "database.user": "cdc",
  "database.password": "pw",
  "database.dbname": db,
  "schema.include.list": "public",
  "table.include.list.user.defined": "public.orders",
});
const body = (name: string, db = "shop") => ({ name, connector: "postgresql", config: config(db), created_from: "api" });

async function listAll(url: string, token: string): Promise<{ id: string; name: string; config: Record<string, unknown> }[]> {
  const res = await call(url, token, "GET", "/sources?page_size=1000");
  if (!res || res.status !== 200) throw new Error(`list failed: ${res?.status}`);
  return res.json.result;
}

test("SIGKILL during a burst of writes: every acknowledged create, update and delete survives", async () => {
  const dataDir = join(dir, "burst");
  const first = await start(dataDir);
  const token = await login(first.url);
  const WRITERS = 8;

  // Per writer, one source it keeps updating and one it deletes, acknowledged before the burst.
  const seed = async (name: string) => {
    const r = await call(first.url, token, "POST", "/sources?wait=false", body(name));
    expect(r?.status).toBe(201);
    return r!.json.id as string;
  };
  const toUpdate: string[] = [];
  const toDelete: string[] = [];
  for (let w = 0; w < WRITERS; w++) {
    toUpdate.push(await seed(`upd-${w}`));
    toDelete.push(await seed(`del-${w}`));
  }

  const created = new Map<string, string>(); // id → name, acknowledged creates
  const lastAckedDb = new Map<string, string>(); // id → dbname of the last acknowledged PUT
  const inFlightDb = new Map<string, string>(); // id → dbname of a PUT sent but not answered
  const deleted = new Set<string>(); // acknowledged deletes
  let stop = false;

  // Writers in parallel, each cycling create / update / (one) delete until the kill cuts them off.
  const writer = async (w: number) => {
    for (let i = 0; i < 500 && !stop; i++) {
      if (i % 3 === 1) {
        const db = `db_${w}_${i}`;
        inFlightDb.set(toUpdate[w], db);
        const r = await call(first.url, token, "PUT", `/sources/${toUpdate[w]}?wait=false`, body(`upd-${w}`, db));
        if (r?.status === 200) {
          lastAckedDb.set(toUpdate[w], db);
          inFlightDb.delete(toUpdate[w]);
        }
      } else if (i === 2) {
        const r = await call(first.url, token, "DELETE", `/sources/${toDelete[w]}`);
        if (r?.status === 200) deleted.add(toDelete[w]);
      } else {
        const name = `burst-${w}-${i}`;
        const r = await call(first.url, token, "POST", "/sources?wait=false", body(name));
        if (r?.status === 201) created.set(r.json.id, name);
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));

  // Kill once a good number of writes has been answered, while the writers are still going.
  for (let i = 0; i < 1000 && created.size < 60; i++) await new Promise((r) => setTimeout(r, 10));
  first.kill("SIGKILL");
  stop = true;
  await Promise.all(writers);
  expect(await first.exited).toBe("SIGKILL");
  expect(created.size).toBeGreaterThanOrEqual(60);
  expect(deleted.size).toBeGreaterThan(0);
  expect(lastAckedDb.size).toBeGreaterThan(0);

  const second = await start(dataDir);
  const fresh = await login(second.url);
  const after = await listAll(second.url, fresh);
  const byId = new Map(after.map((s) => [s.id, s]));

  for (const [id, name] of created) expect(byId.get(id)?.name).toBe(name);
  for (const id of deleted) expect(byId.has(id)).toBe(false);
  for (const [id, db] of lastAckedDb) {
    // The last acknowledged update, or a later one the kill left unanswered after it was stored.
    const stored = String(byId.get(id)?.config["database.dbname"]);
    expect([db, inFlightDb.get(id)]).toContain(stored);
  }
  // Names stay unique, and the store takes writes again after the crash.
  expect(new Set(after.map((s) => s.name)).size).toBe(after.length);
  const again = await call(second.url, fresh, "POST", "/sources?wait=false", body("after-restart"));
  expect(again?.status).toBe(201);
});
