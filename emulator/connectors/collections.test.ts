// The contract /sources and /destinations share, run once per kind against an in-process
// emulator: read one, list with paging, update, delete, names, status over time, stats. What
// only one kind has is tested beside it (server.test.ts, destinations.test.ts).
import { ManualClock, startEmulator } from "../index";
import { call, clickhouseBody, emulatorForTests, login, postgresBody, snowflakeBody, updateBody } from "../testing/test-client";

type BodyOf = (name: string, config?: Record<string, unknown>) => Record<string, unknown>;

interface KindCase {
  path: string;
  /** The kind as messages name it. */
  noun: string;
  body: BodyOf;
  secret: { key: string; value: string };
  /** An ordinary update: a key, the value sent, the value stored. */
  change: { key: string; sent: unknown; stored: string };
  /** A set-once key, in a body that has one, and a value other than the one it gets. */
  setOnce: { body: BodyOf; key: string; other: string };
  /** The address key the Broken rule reads. */
  hostKey: string;
}

const CASES: [string, KindCase][] = [
  [
    "sources",
    {
      path: "/sources",
      noun: "source",
      body: postgresBody,
      secret: { key: "database.password", value: "pg-s3cret-value" },
      change: { key: "database.port.user.defined", sent: 6000, stored: "6000" },
      setOnce: { body: postgresBody, key: "slot.name", other: "other_slot" },
      hostKey: "database.hostname.user.defined",
    },
  ],
  [
    "destinations",
    {
      path: "/destinations",
      noun: "destination",
      body: clickhouseBody,
      secret: { key: "connection.password", value: "ch-s3cret-value" },
      change: { key: "port", sent: 9000, stored: "9000" },
      setOnce: { body: snowflakeBody, key: "ingestion.mode", other: "upsert" },
      hostKey: "hostname",
    },
  ],
];

const CLIENT_ID = "collections-client";
const SECRET = "collections-secret";
const DEPLOY_MS = 150;

// Deployments run on a clock the tests step: a status follows from the steps, never from how
// busy the machine is. A wait=true request moves the clock to its deployment's end.
const clock = new ManualClock({ waits: "jump" });
const { api } = emulatorForTests({ clientId: CLIENT_ID, secret: SECRET, deployMs: DEPLOY_MS, clock });

describe.each(CASES)("%s", (_name, k) => {
  const create = (name: string, config?: Record<string, unknown>, query = "wait=false") => api("POST", `${k.path}?${query}`, k.body(name, config));

  test("get one answers an envelope; the secret is left out unless secret_returned=true", async () => {
    const created = (await create(`${k.noun}-get-me`)).json;
    const r = await api("GET", `${k.path}/${created.id}`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ total: 1, page_size: 10, page: 1, result: [expect.objectContaining({ id: created.id, name: `${k.noun}-get-me` })] });
    expect(created.config).not.toHaveProperty([k.secret.key]);
    expect(r.json.result[0].config).not.toHaveProperty([k.secret.key]);
    const withSecret = await api("GET", `${k.path}/${created.id}?secret_returned=true`);
    expect(withSecret.json.result[0].config[k.secret.key]).toBe(k.secret.value);
  });

  test("unknown but valid id → 200 empty; malformed id → 422; a bad flag → 422", async () => {
    expect((await api("GET", `${k.path}/0123456789abcdef01234567`)).json).toEqual({ total: 0, page_size: 10, page: 1, result: [] });
    const bad = await api("GET", `${k.path}/not-an-id`);
    expect(bad.status).toBe(422);
    expect(bad.json.detail[0].loc).toEqual(["path", "id"]);
    const flag = await api("GET", `${k.path}?wait=perhaps`);
    expect(flag.status).toBe(422);
    expect(flag.json.detail[0].loc).toEqual(["query", "wait"]);
  });

  test("list pages, page_size and partial_name (case-insensitive), secrets masked unless asked for", async () => {
    for (let i = 1; i <= 12; i++) expect((await create(`${k.noun}-List-Item-${i}`)).status).toBe(201);
    const first = await api("GET", `${k.path}?partial_name=${k.noun}-list-item`);
    expect(first.json).toMatchObject({ total: 12, page_size: 10, page: 1 });
    expect(first.json.result).toHaveLength(10);
    expect(first.json.result[0].config).not.toHaveProperty([k.secret.key]);
    const second = await api("GET", `${k.path}?partial_name=${k.noun.toUpperCase()}-LIST-ITEM&page=2`);
    expect(second.json.result.map((s: { name: string }) => s.name)).toEqual([`${k.noun}-List-Item-11`, `${k.noun}-List-Item-12`]);
    const small = await api("GET", `${k.path}?partial_name=${k.noun}-list-item-1&page_size=2&secret_returned=true`);
    expect(small.json).toMatchObject({ total: 4, page_size: 2, page: 1 });
    expect(small.json.result).toHaveLength(2);
    expect(small.json.result[0].config[k.secret.key]).toBe(k.secret.value);
    expect((await api("GET", `${k.path}?partial_name=zzz-nothing`)).json).toEqual({ total: 0, page_size: 10, page: 1, result: [] });
    expect((await api("GET", `${k.path}?page=0`)).status).toBe(422);
  });

  test("update answers the bare object, keeps an omitted secret and created_from, and goes Pending Update → Active", async () => {
    const created = (await create(`${k.noun}-to-update`, {}, "wait=true")).json;
    const body = updateBody(k.body(`${k.noun}-renamed`, { [k.change.key]: k.change.sent }));
    delete (body.config as Record<string, unknown>)[k.secret.key];
    const r = await api("PUT", `${k.path}/${created.id}?wait=false&secret_returned=true`, body);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: created.id, name: `${k.noun}-renamed`, connector_status: "Pending Update", created_from: "terraform" });
    expect(r.json.config[k.change.key]).toBe(k.change.stored);
    expect(r.json.config[k.secret.key]).toBe(k.secret.value);
    clock.advance(DEPLOY_MS - 1);
    expect((await api("GET", `${k.path}/${created.id}`)).json.result[0].connector_status).toBe("Pending Update");
    clock.advance(1);
    const after = (await api("GET", `${k.path}/${created.id}`)).json.result[0];
    expect(after.connector_status).toBe("Active");
    expect(after.created_timestamp).toBe(created.created_timestamp);
  });

  test("update of an unknown id → 404; a name taken by another → 422; a set-once key changed → 422", async () => {
    const missing = await api("PUT", `${k.path}/0123456789abcdef01234567`, k.body("ghost"));
    expect(missing.status).toBe(404);
    expect(missing.json.detail).toMatch(new RegExp(`^${k.noun} 0123456789abcdef01234567 not found$`, "i"));
    const a = (await api("POST", `${k.path}?wait=false`, k.setOnce.body(`${k.noun}-clash-a`))).json;
    await create(`${k.noun}-clash-b`);
    const clash = await api("PUT", `${k.path}/${a.id}`, k.setOnce.body(`${k.noun}-clash-b`));
    expect(clash.status).toBe(422);
    expect(clash.json.detail).toBe(`A ${k.noun} with name '${k.noun}-clash-b' already exists`);
    expect((await api("PUT", `${k.path}/${a.id}?wait=false`, k.setOnce.body(`${k.noun}-clash-a`))).status).toBe(200);
    const setOnce = await api("PUT", `${k.path}/${a.id}`, k.setOnce.body(`${k.noun}-clash-a`, { [k.setOnce.key]: k.setOnce.other }));
    expect(setOnce.status).toBe(422);
    expect(setOnce.json.detail).toEqual([expect.objectContaining({ loc: ["body", "config", k.setOnce.key], msg: expect.stringMatching(/cannot be changed/) })]);
  });

  test("delete answers the deleted object; then get is empty, delete is 404, and the name is free", async () => {
    const created = (await create(`${k.noun}-to-delete`)).json;
    const r = await api("DELETE", `${k.path}/${created.id}`);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: created.id, name: `${k.noun}-to-delete` });
    expect(r.json.config).not.toHaveProperty([k.secret.key]);
    expect((await api("GET", `${k.path}/${created.id}`)).json.result).toEqual([]);
    expect((await api("DELETE", `${k.path}/${created.id}`)).status).toBe(404);
    expect((await create(`${k.noun}-to-delete`)).status).toBe(201);
  });

  test("a duplicate name → 422 naming it", async () => {
    expect((await create(`${k.noun}-dup`)).status).toBe(201);
    const r = await create(`${k.noun}-dup`);
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ detail: `A ${k.noun} with name '${k.noun}-dup' already exists` });
  });

  test("wait=false answers Starting at once, Active after the deployment time; wait=true answers once Active", async () => {
    const r = await create(`${k.noun}-async`);
    expect(r.json.connector_status).toBe("Starting");
    expect(r.json.task_statuses).toEqual({ "0": { state: "UNASSIGNED" } });
    clock.advance(DEPLOY_MS - 1);
    expect((await api("GET", `${k.path}/${r.json.id}`)).json.result[0].connector_status).toBe("Starting");
    clock.advance(1);
    const got = (await api("GET", `${k.path}/${r.json.id}`)).json.result[0];
    expect(got.connector_status).toBe("Active");
    expect(got.task_statuses).toEqual({ "0": { state: "RUNNING" } });
    const waited = clock.now();
    const sync = await create(`${k.noun}-sync`, {}, "wait=true");
    expect(clock.now() - waited).toBe(DEPLOY_MS);
    expect(sync.json.connector_status).toBe("Active");
  });

  test("a host ending in .broken deploys to Broken, with a failed task and its trace", async () => {
    const r = await create(`${k.noun}-broken`, { [k.hostKey]: "db.broken" }, "wait=true");
    expect(r.json.connector_status).toBe("Broken");
    expect(r.json.task_statuses["0"]).toMatchObject({ state: "FAILED", trace: expect.stringMatching(/could not connect/) });
  });

  test("desired_state Paused and Stopped are reached through Pending Update; Active resumes", async () => {
    const created = (await create(`${k.noun}-pausable`, {}, "wait=true")).json;
    for (const desired of ["Paused", "Stopped", "Active"]) {
      const r = await api("PUT", `${k.path}/${created.id}?wait=false`, { ...updateBody(k.body(`${k.noun}-pausable`)), desired_state: desired });
      expect(r.json).toMatchObject({ connector_status: "Pending Update", desired_state: desired });
      clock.advance(DEPLOY_MS);
      const got = (await api("GET", `${k.path}/${created.id}`)).json.result[0];
      expect(got.connector_status).toBe(desired);
      expect(got.tasks).toHaveLength(desired === "Stopped" ? 0 : 1);
    }
  });

  test("stats count the collection's requests by route pattern, not counting themselves", async () => {
    const fresh = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 0 });
    try {
      const t = await login(fresh.url, CLIENT_ID, SECRET);
      const id = (await call(fresh.url, "POST", k.path, k.body("counted"), t)).json.id;
      await call(fresh.url, "GET", `${k.path}/${id}`, undefined, t);
      await call(fresh.url, "GET", `${k.path}/${id}`, undefined, t);
      await call(fresh.url, "GET", k.path, undefined, t);
      await call(fresh.url, "PUT", `${k.path}/${id}`, updateBody(k.body("counted")), t);
      await call(fresh.url, "DELETE", `${k.path}/${id}`, undefined, t);
      await call(fresh.url, "GET", "/__emulator/stats");
      expect((await call(fresh.url, "GET", "/__emulator/stats")).json).toEqual({
        requests: {
          total: 7,
          "POST /auth/access-token": 1,
          [`POST ${k.path}`]: 1,
          [`GET ${k.path}/{id}`]: 2,
          [`GET ${k.path}`]: 1,
          [`PUT ${k.path}/{id}`]: 1,
          [`DELETE ${k.path}/{id}`]: 1,
        },
      });
    } finally {
      await fresh.close();
    }
  });
});
