// The emulator as a separate process: its command line, signals, durability across
// restarts and crashes, and injected faults. Runs a fresh bundle of this source tree.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { emulatorBundleOptions } from "./console/build-script";
import { startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { eventually } from "../test/support/eventually";
import { call, login, postgresBody } from "./testing/test-client";

let workDir: string;
let binary: string;
const running: EmulatorProcess[] = [];

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "emulator-process-test-"));
  binary = join(workDir, "streamkap-emulator");
  await build({
    entryPoints: [join(__dirname, "cli.ts")],
    outfile: binary,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "error",
    ...emulatorBundleOptions(),
  });
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.stop()));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function start(opts: { dataDir?: string; args?: string[]; secret?: string } = {}): Promise<EmulatorProcess> {
  const p = await startEmulatorProcess({ binary, ...opts });
  running.push(p);
  return p;
}

describe("command line", () => {
  test("--help lists every switch with its default", () => {
    const r = spawnSync(process.execPath, [binary, "--help"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    for (const flag of [
      "--port",
      "--host",
      "--data-dir",
      "--client-id",
      "--secret",
      "--latency-ms",
      "--fault-rate",
      "--lost-response-rate",
      "--token-ttl",
      "--deploy-ms",
      "--fixtures",
      "--seed",
      "--issued-tokens-file",
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${flag} .*\\(default: [^)]+\\)$`, "m"));
    }
  });

  test("a bad flag or value → a clear error and exit 2", () => {
    for (const args of [["--no-such-flag"], ["--fault-rate", "1.5"], ["--port", "abc"], ["--deploy-ms"]]) {
      const r = spawnSync(process.execPath, [binary, ...args], { encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/streamkap-emulator: .*(unknown option|must be|needs a value)/);
      expect(r.stdout).toBe("");
    }
  });

  test("prints its URL first, logs requests to stderr, exits 0 on SIGTERM", async () => {
    const p = await start({ secret: "process-secret-1" });
    expect(p.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const token = await login(p.url, p.clientId, p.secret);
    await call(p.url, "POST", "/sources", postgresBody("logged"), token);
    await eventually("the emulator to log the source's POST", () => /^POST \/sources /m.test(p.stderr()));
    expect(p.stderr()).toMatch(/^POST \/auth\/access-token 200 req_[0-9a-f]+ \d+ms$/m);
    expect(p.stderr()).toMatch(/^POST \/sources 201 req_[0-9a-f]+ \d+ms$/m);
    for (const secret of ["process-secret-1", "pg-s3cret-value", token]) expect(p.stderr()).not.toContain(secret);
    p.kill("SIGTERM");
    expect(await p.exited).toBe(0);
  });

  test("--fixtures preloads the tenant; a bad fixture exits 1 naming the file, the collection, the index and the problem", async () => {
    const good = join(workDir, "good-fixtures.json");
    writeFileSync(good, JSON.stringify({ sources: [{ id: "65b000000000000000000001", ...postgresBody("from-fixture") }] }));
    const p = await start({ args: ["--fixtures", good] });
    const token = await login(p.url, p.clientId, p.secret);
    expect((await call(p.url, "GET", "/sources/65b000000000000000000001", undefined, token)).json.result[0]).toMatchObject({
      name: "from-fixture",
      connector_status: "Active",
    });

    const bad = join(workDir, "bad-fixtures.json");
    writeFileSync(
      bad,
      JSON.stringify({
        pipelines: [
          { id: "65b000000000000000000002", name: "orphan", source: { id: "65b000000000000000000009" }, destination: { id: "65b000000000000000000009" } },
        ],
      }),
    );
    const r = spawnSync(process.execPath, [binary, "--port", "0", "--fixtures", bad], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`streamkap-emulator: fixtures ${bad}: pipelines[0]: source.id: Source 65b000000000000000000009 does not exist`);
  });

  test("a data directory it cannot use: exit 1 naming it and what it must be, no stack trace", () => {
    const notADir = join(workDir, "data-dir-is-a-file");
    writeFileSync(notADir, "");
    const r = spawnSync(process.execPath, [binary, "--port", "0", "--data-dir", notADir], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      new RegExp(`^streamkap-emulator: cannot use the data directory ${notADir} \\(.+\\): it must be a directory the emulator can write\\.\n$`),
    );
  });

  test("a missing binary fails with a hint to build", async () => {
    await expect(startEmulatorProcess({ binary: join(workDir, "nope") })).rejects.toThrow(/run npm run build/);
  });
});

describe("persistence", () => {
  test("a restart with the same data dir keeps every source, and tokens stay valid", async () => {
    const dataDir = join(workDir, "restart");
    const first = await start({ dataDir, secret: "s1", args: ["--deploy-ms", "0"] });
    const token = await login(first.url, first.clientId, first.secret);
    const a = (await call(first.url, "POST", "/sources", postgresBody("keep-a"), token)).json;
    const b = (await call(first.url, "POST", "/sources", postgresBody("keep-b"), token)).json;
    await call(first.url, "PUT", `/sources/${a.id}`, postgresBody("keep-a2"), token);
    await call(first.url, "DELETE", `/sources/${b.id}`, undefined, token);
    await first.stop();

    const second = await start({ dataDir, secret: "s1" });
    const list = await call(second.url, "GET", "/sources?secret_returned=true", undefined, token);
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(1);
    expect(list.json.result[0]).toMatchObject({ id: a.id, name: "keep-a2", created_timestamp: a.created_timestamp, connector_status: "Active" });
    expect(list.json.result[0].config["database.password"]).toBe("pg-s3cret-value");
  });

  test("SIGKILL right after acknowledged writes loses none of them", async () => {
    const dataDir = join(workDir, "crash");
    const DEPLOY_MS = 3000;
    const first = await start({ dataDir, secret: "s2", args: ["--deploy-ms", String(DEPLOY_MS)] });
    const token = await login(first.url, first.clientId, first.secret);
    const firstWrite = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await call(first.url, "POST", "/sources?wait=false", postgresBody(`crash-${i}`), token);
      expect(r.status).toBe(201);
      ids.push(r.json.id);
    }
    const updated = await call(first.url, "PUT", `/sources/${ids[0]}?wait=false`, postgresBody("crash-0-renamed"), token);
    expect(updated.status).toBe(200);
    const deleted = await call(first.url, "DELETE", `/sources/${ids[4]}`, undefined, token);
    expect(deleted.status).toBe(200);
    first.kill("SIGKILL");
    expect(await first.exited).toBe("SIGKILL");

    const second = await start({ dataDir, secret: "s2", args: ["--deploy-ms", String(DEPLOY_MS)] });
    const fresh = await login(second.url, second.clientId, second.secret);
    const list = (await call(second.url, "GET", "/sources", undefined, fresh)).json;
    const listed = Date.now();
    expect(list.result.map((s: { name: string }) => s.name).sort()).toEqual(["crash-0-renamed", "crash-1", "crash-2", "crash-3"]);
    // Deployments started before the crash still end on time: status comes from the stored
    // ready time. Every deployment ends at least DEPLOY_MS after the first write; when the
    // restart was quicker than that (it is, unless the machine is very busy), none has ended.
    if (listed < firstWrite + DEPLOY_MS) {
      expect(list.result.filter((s: { connector_status: string }) => !["Starting", "Pending Update"].includes(s.connector_status))).toEqual([]);
    }
    const statuses = await eventually(
      "the four sources to finish the deployments begun before the crash",
      async () =>
        (await call(second.url, "GET", "/sources", undefined, fresh)).json.result.map((s: { connector_status: string }) => s.connector_status) as string[],
      (all) => all.length === 4 && all.every((s) => s === "Active"),
    );
    expect(statuses).toEqual(["Active", "Active", "Active", "Active"]);
  });

  test("SIGKILL during a burst of concurrent writes: every acknowledged create, update and delete survives", async () => {
    const dataDir = join(workDir, "burst");
    const first = await start({ dataDir, secret: "s4", args: ["--deploy-ms", "0"] });
    const token = await login(first.url, first.clientId, first.secret);
    /** One API call; a connection cut by the kill is a write not acknowledged (undefined). */
    const send = (method: string, path: string, body?: unknown) => call(first.url, method, path, body, token).catch(() => undefined);
    const body = (name: string, db = "shop") => postgresBody(name, { "database.dbname": db });
    const WRITERS = 8;

    // Per writer, one source it keeps updating and one it deletes, acknowledged before the burst.
    const seed = async (name: string) => {
      const r = await send("POST", "/sources?wait=false", body(name));
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
          const r = await send("PUT", `/sources/${toUpdate[w]}?wait=false`, body(`upd-${w}`, db));
          if (r?.status === 200) {
            lastAckedDb.set(toUpdate[w], db);
            inFlightDb.delete(toUpdate[w]);
          }
        } else if (i === 2) {
          const r = await send("DELETE", `/sources/${toDelete[w]}`);
          if (r?.status === 200) deleted.add(toDelete[w]);
        } else {
          const name = `burst-${w}-${i}`;
          const r = await send("POST", "/sources?wait=false", body(name));
          if (r?.status === 201) created.set(r.json.id, name);
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));

    // Kill once a good number of writes has been answered, while the writers are still going.
    await eventually("60 acknowledged creates before the kill", () => created.size >= 60, Boolean, { intervalMs: 5 });
    first.kill("SIGKILL");
    stop = true;
    await Promise.all(writers);
    expect(await first.exited).toBe("SIGKILL");
    expect(created.size).toBeGreaterThanOrEqual(60);
    expect(deleted.size).toBeGreaterThan(0);
    expect(lastAckedDb.size).toBeGreaterThan(0);

    const second = await start({ dataDir, secret: "s4", args: ["--deploy-ms", "0"] });
    const fresh = await login(second.url, second.clientId, second.secret);
    const listed = await call(second.url, "GET", "/sources?page_size=1000", undefined, fresh);
    expect(listed.status).toBe(200);
    const after = listed.json.result as { id: string; name: string; config: Record<string, unknown> }[];
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
    const again = await call(second.url, "POST", "/sources?wait=false", body("after-restart"), fresh);
    expect(again.status).toBe(201);
  });

  test("without a data dir, nothing survives a restart", async () => {
    const first = await start({ secret: "s3", args: ["--deploy-ms", "0"] });
    const token = await login(first.url, first.clientId, first.secret);
    expect((await call(first.url, "POST", "/sources", postgresBody("ephemeral"), token)).status).toBe(201);
    await first.stop();
    const second = await start({ secret: "s3" });
    const t2 = await login(second.url, second.clientId, second.secret);
    expect((await call(second.url, "GET", "/sources", undefined, t2)).json.total).toBe(0);
  });
});

describe("faults", () => {
  const TRANSIENT = [429, 502, 503, 504];

  async function statuses(p: EmulatorProcess, token: string, n: number) {
    const replies = [];
    for (let i = 0; i < n; i++) replies.push(await call(p.url, "GET", "/sources", undefined, token));
    return replies;
  }

  async function loginThroughFaults(p: EmulatorProcess): Promise<string> {
    for (let i = 0; i < 50; i++) {
      const r = await call(p.url, "POST", "/auth/access-token", { client_id: p.clientId, secret: p.secret });
      if (r.status === 200) return r.json.accessToken;
      expect(TRANSIENT).toContain(r.status);
    }
    throw new Error("could not log in through the faults");
  }

  test("--fault-rate answers about that share with 429/502/503/504, some HTML, some Retry-After; stats are never faulted", async () => {
    const p = await start({ args: ["--fault-rate", "0.3", "--seed", "7"] });
    const token = await loginThroughFaults(p);
    const replies = await statuses(p, token, 400);
    const faulted = replies.filter((r) => r.status !== 200);
    for (const r of faulted) expect(TRANSIENT).toContain(r.status);
    expect(faulted.length / replies.length).toBeGreaterThan(0.22);
    expect(faulted.length / replies.length).toBeLessThan(0.38);
    expect(faulted.some((r) => r.text.startsWith("<html>"))).toBe(true);
    expect(faulted.some((r) => r.headers["retry-after"] !== undefined)).toBe(true);
    expect(new Set(faulted.map((r) => r.status)).size).toBe(4);
    for (const r of replies) expect(r.headers["x-request-id"]).toBeDefined();
    for (let i = 0; i < 30; i++) expect((await call(p.url, "GET", "/__emulator/stats")).status).toBe(200);
  });

  test("the same seed gives the same faults", async () => {
    const sequence = async () => {
      const p = await start({ args: ["--fault-rate", "0.5", "--seed", "1234"], secret: "same-seed" });
      const token = await loginThroughFaults(p);
      const result = (await statuses(p, token, 60)).map((r) => r.status);
      await p.stop();
      return result;
    };
    const a = await sequence();
    const b = await sequence();
    expect(a).toEqual(b);
    expect(a.some((s) => s !== 200)).toBe(true);
  });

  test("--lost-response-rate performs writes but loses about that share of answers", async () => {
    const p = await start({ args: ["--lost-response-rate", "0.5", "--seed", "99", "--deploy-ms", "0"] });
    const token = await login(p.url, p.clientId, p.secret);
    let lost = 0;
    let destroyed = 0;
    const n = 60;
    for (let i = 0; i < n; i++) {
      try {
        const r = await call(p.url, "POST", "/sources", postgresBody(`lost-${i}`), token);
        if (r.status === 502) lost++;
        else expect(r.status).toBe(201);
      } catch {
        destroyed++;
      }
    }
    expect(lost).toBeGreaterThan(0);
    expect(destroyed).toBeGreaterThan(0);
    expect((lost + destroyed) / n).toBeGreaterThan(0.3);
    expect((lost + destroyed) / n).toBeLessThan(0.7);
    // Every write happened, whatever its answer.
    const list = (await call(p.url, "GET", "/sources?page_size=100", undefined, token)).json;
    expect(list.total).toBe(n);
  });

  test("--latency-ms delays API responses but not stats", async () => {
    const p = await start({ args: ["--latency-ms", "1500"] });
    const t = Date.now();
    const answered: string[] = [];
    const login = call(p.url, "POST", "/auth/access-token", { client_id: p.clientId, secret: p.secret }).then(() => answered.push("login"));
    // Sent after the login, answered before it: the stats are not delayed.
    await eventually("the login to reach the emulator", async () => (await p.stats()).requests.total === 1);
    await call(p.url, "GET", "/__emulator/stats").then(() => answered.push("stats"));
    await login;
    expect(answered).toEqual(["stats", "login"]);
    expect(Date.now() - t).toBeGreaterThanOrEqual(1500);
    expect(await p.stats()).toEqual({ requests: { total: 1, "POST /auth/access-token": 1 } });
  });
});
