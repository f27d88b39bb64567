// The API contract over real HTTP, against an in-process emulator.
import { startEmulator, type RunningEmulator } from "./index";
import { call, login, postgresBody } from "./test-client";

const CLIENT_ID = "client-under-test";
const SECRET = "client-secret-xyz";

let emulator: RunningEmulator;
let token: string;
const logLines: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 150, log: (l) => logLines.push(l) });
  token = await login(emulator.url, CLIENT_ID, SECRET);
});
afterAll(() => emulator.close());

const api = (method: string, path: string, body?: unknown) => call(emulator.url, method, path, body, token);

describe("auth", () => {
  test("good credentials give tokens with an expiry", async () => {
    const r = await call(emulator.url, "POST", "/auth/access-token", { client_id: CLIENT_ID, secret: SECRET });
    expect(r.status).toBe(200);
    expect(typeof r.json.accessToken).toBe("string");
    expect(typeof r.json.refreshToken).toBe("string");
    expect(r.json.expiresIn).toBe(3600);
    const expires = Date.parse(r.json.expires);
    expect(expires - Date.now()).toBeGreaterThan(3500_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(3600_000);
  });

  test("bad credentials → 401 Invalid client credentials", async () => {
    for (const body of [{ client_id: CLIENT_ID, secret: "wrong" }, { client_id: "other", secret: SECRET }, {}]) {
      const r = await call(emulator.url, "POST", "/auth/access-token", body);
      expect(r.status).toBe(401);
      expect(r.json).toEqual({ detail: "Invalid client credentials" });
    }
  });

  test("missing, malformed or forged tokens → 401 with detail", async () => {
    const missing = await call(emulator.url, "GET", "/sources");
    expect(missing.status).toBe(401);
    expect(typeof missing.json.detail).toBe("string");
    const forged = await call(emulator.url, "GET", "/sources", undefined, token.slice(0, -2) + "xx");
    expect(forged.status).toBe(401);
    const refreshAsAccess = await call(emulator.url, "POST", "/auth/access-token", { client_id: CLIENT_ID, secret: SECRET });
    const r = await call(emulator.url, "GET", "/sources", undefined, refreshAsAccess.json.refreshToken);
    expect(r.status).toBe(401);
  });

  test("an expired token → 401, a new login works again", async () => {
    const shortLived = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, tokenTtlSeconds: 0.3 });
    try {
      const t = await login(shortLived.url, CLIENT_ID, SECRET);
      expect((await call(shortLived.url, "GET", "/sources", undefined, t)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 400));
      const expired = await call(shortLived.url, "GET", "/sources", undefined, t);
      expect(expired.status).toBe(401);
      expect(expired.json.detail).toMatch(/expired/i);
      const fresh = await login(shortLived.url, CLIENT_ID, SECRET);
      expect((await call(shortLived.url, "GET", "/sources", undefined, fresh)).status).toBe(200);
    } finally {
      await shortLived.close();
    }
  });
});

describe("sources", () => {
  test("create answers 201 with a bare source, values as strings, secrets left out", async () => {
    const r = await api("POST", "/sources?wait=true&secret_returned=false", postgresBody("orders-cdc"));
    expect(r.status).toBe(201);
    const s = r.json;
    expect(s.id).toMatch(/^[0-9a-f]{24}$/);
    expect(s).toMatchObject({
      name: "orders-cdc",
      connector: "postgresql",
      connector_display_name: "PostgreSQL",
      created_from: "terraform",
      connector_status: "Active",
      desired_state: "Active",
      task_statuses: { "0": { state: "RUNNING" } },
    });
    for (const key of ["created_timestamp", "sub_id", "tenant_id", "service_id"]) expect(typeof s[key]).toBe("string");
    expect(s.config["database.port.user.defined"]).toBe("5433");
    expect(s.config["heartbeat.enabled"]).toBe("false");
    // Defaults for keys not sent, and keys the backend derives.
    expect(s.config["slot.name"]).toBe("streamkap_pgoutput_slot");
    expect(s.config["binary.handling.mode"]).toBe("bytes");
    expect(s.config["connector.class"]).toBe("io.debezium.connector.postgresql.PostgresConnector");
    expect(s.config).not.toHaveProperty(["database.password"]);
    expect(s.topics).toEqual([`source_${s.id}.public.orders`, `source_${s.id}.public.items`]);
    expect(s.topic_map).toEqual({ "public.orders": `source_${s.id}.public.orders`, "public.items": `source_${s.id}.public.items` });
    expect(Object.values(s.config).every((v) => typeof v === "string")).toBe(true);
  });

  test("get one answers an envelope; secret_returned=true shows secrets", async () => {
    const created = (await api("POST", "/sources", postgresBody("get-me"))).json;
    const r = await api("GET", `/sources/${created.id}`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ total: 1, page_size: 10, page: 1, result: [expect.objectContaining({ id: created.id, name: "get-me" })] });
    expect(r.json.result[0].config).not.toHaveProperty(["database.password"]);
    const withSecret = await api("GET", `/sources/${created.id}?secret_returned=true`);
    expect(withSecret.json.result[0].config["database.password"]).toBe("pg-s3cret-value");
  });

  test("a secret never set comes back null with secret_returned=true", async () => {
    const r = await api("POST", "/sources?secret_returned=true", {
      name: "es-no-password",
      connector: "elasticsearch",
      config: { "es.host": "es.internal", "endpoint.include.list.user.defined": "logs", "datetime.field.name": "ts" },
    });
    expect(r.status).toBe(201);
    expect(r.json.config["http.auth.password"]).toBeNull();
  });

  test("unknown but valid id → 200 empty; malformed id → 422", async () => {
    const r = await api("GET", "/sources/0123456789abcdef01234567");
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ total: 0, page_size: 10, page: 1, result: [] });
    const bad = await api("GET", "/sources/not-an-id");
    expect(bad.status).toBe(422);
    expect(bad.json.detail[0].loc).toEqual(["path", "id"]);
  });

  test("list pages, page_size and partial_name (case-insensitive)", async () => {
    for (let i = 1; i <= 12; i++) expect((await api("POST", "/sources?wait=false", postgresBody(`List-Item-${i}`))).status).toBe(201);
    const first = await api("GET", "/sources?partial_name=list-item");
    expect(first.json).toMatchObject({ total: 12, page_size: 10, page: 1 });
    expect(first.json.result).toHaveLength(10);
    const second = await api("GET", "/sources?partial_name=LIST-ITEM&page=2");
    expect(second.json.result.map((s: { name: string }) => s.name)).toEqual(["List-Item-11", "List-Item-12"]);
    const small = await api("GET", "/sources?partial_name=item-1&page_size=2&page=1");
    expect(small.json).toMatchObject({ total: 4, page_size: 2, page: 1 });
    expect(small.json.result).toHaveLength(2);
    expect(small.json.result[0].config).not.toHaveProperty(["database.password"]);
    const none = await api("GET", "/sources?partial_name=zzz-nothing");
    expect(none.json).toEqual({ total: 0, page_size: 10, page: 1, result: [] });
    expect((await api("GET", "/sources?page=0")).status).toBe(422);
  });

  test("update answers the bare source, keeps an omitted secret, and goes Pending Update → Active", async () => {
    const created = (await api("POST", "/sources", postgresBody("to-update"))).json;
    const body = postgresBody("to-update-renamed", { "database.port.user.defined": 6000 });
    delete (body.config as Record<string, unknown>)["database.password"];
    delete body.created_from;
    const r = await api("PUT", `/sources/${created.id}?wait=false&secret_returned=true`, body);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: created.id, name: "to-update-renamed", connector_status: "Pending Update", created_from: "terraform" });
    expect(r.json.config["database.port.user.defined"]).toBe("6000");
    expect(r.json.config["database.password"]).toBe("pg-s3cret-value");
    await new Promise((res) => setTimeout(res, 250));
    const after = await api("GET", `/sources/${created.id}`);
    expect(after.json.result[0].connector_status).toBe("Active");
    expect(after.json.result[0].created_timestamp).toBe(created.created_timestamp);
  });

  test("update of an unknown source → 404; a name taken by another → 422; a set-once key → 422", async () => {
    const missing = await api("PUT", "/sources/0123456789abcdef01234567", postgresBody("ghost"));
    expect(missing.status).toBe(404);
    expect(missing.json.detail).toMatch(/not found/);
    const a = (await api("POST", "/sources", postgresBody("clash-a"))).json;
    await api("POST", "/sources", postgresBody("clash-b"));
    const clash = await api("PUT", `/sources/${a.id}`, postgresBody("clash-b"));
    expect(clash.status).toBe(422);
    expect(clash.json.detail).toBe("A source with name 'clash-b' already exists");
    const same = await api("PUT", `/sources/${a.id}`, postgresBody("clash-a"));
    expect(same.status).toBe(200);
    const slot = await api("PUT", `/sources/${a.id}`, postgresBody("clash-a", { "slot.name": "other_slot" }));
    expect(slot.status).toBe(422);
    expect(slot.json.detail[0].loc).toEqual(["body", "config", "slot.name"]);
  });

  test("delete answers the deleted source; then get is empty and delete is 404", async () => {
    const created = (await api("POST", "/sources", postgresBody("to-delete"))).json;
    const r = await api("DELETE", `/sources/${created.id}`);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: created.id, name: "to-delete" });
    expect(r.json.config).not.toHaveProperty(["database.password"]);
    expect((await api("GET", `/sources/${created.id}`)).json.result).toEqual([]);
    expect((await api("DELETE", `/sources/${created.id}`)).status).toBe(404);
    // The name is free again.
    expect((await api("POST", "/sources", postgresBody("to-delete"))).status).toBe(201);
  });

  test("wait=false answers Starting at once, Active after the deployment time", async () => {
    const started = Date.now();
    const r = await api("POST", "/sources?wait=false", postgresBody("async-one"));
    expect(Date.now() - started).toBeLessThan(140);
    expect(r.json.connector_status).toBe("Starting");
    expect(r.json.task_statuses).not.toEqual({ "0": { state: "RUNNING" } });
    await new Promise((res) => setTimeout(res, 200));
    const got = (await api("GET", `/sources/${r.json.id}`)).json.result[0];
    expect(got.connector_status).toBe("Active");
    expect(got.task_statuses).toEqual({ "0": { state: "RUNNING" } });
  });

  test("wait=true answers only after the deployment time", async () => {
    const started = Date.now();
    const r = await api("POST", "/sources", postgresBody("sync-one"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(100); // deployMs is 150; timers may round
    expect(r.json.connector_status).toBe("Active");
  });
});

describe("lifecycle", () => {
  test("a hostname ending in .broken deploys to Broken, with a failed task and its trace", async () => {
    const r = await api("POST", "/sources?wait=true", postgresBody("broken-one", { "database.hostname.user.defined": "db.broken" }));
    expect(r.json.connector_status).toBe("Broken");
    expect(r.json.task_statuses["0"].state).toBe("FAILED");
    expect(r.json.task_statuses["0"].trace).toMatch(/could not connect/);
  });

  test("desired_state Paused and Stopped are reached through Pending Update; Active resumes", async () => {
    const created = (await api("POST", "/sources?wait=true", postgresBody("pausable"))).json;
    const body = { ...postgresBody("pausable"), created_from: undefined };
    for (const desired of ["Paused", "Stopped", "Active"]) {
      const r = await api("PUT", `/sources/${created.id}?wait=false`, { ...body, desired_state: desired });
      expect(r.json.connector_status).toBe("Pending Update");
      expect(r.json.desired_state).toBe(desired);
      await new Promise((res) => setTimeout(res, 200));
      expect((await api("GET", `/sources/${created.id}`)).json.result[0].connector_status).toBe(desired);
    }
  });
});

describe("validation", () => {
  test("ssh.enabled without ssh.host → 422 on ssh.host; an empty ssh.user → 422", async () => {
    const noHost = await api("POST", "/sources", postgresBody("ssh-no-host", { "ssh.enabled": true }));
    expect(noHost.status).toBe(422);
    expect(noHost.json.detail).toEqual([expect.objectContaining({ loc: ["body", "config", "ssh.host"], type: "missing" })]);
    const emptyUser = await api("POST", "/sources", postgresBody("ssh-empty-user", { "ssh.enabled": "true", "ssh.host": "bastion", "ssh.user": "" }));
    expect(emptyUser.status).toBe(422);
    expect(emptyUser.json.detail[0].loc).toEqual(["body", "config", "ssh.user"]);
  });

  test("a duplicate name → 422 naming it", async () => {
    await api("POST", "/sources", postgresBody("dup"));
    const r = await api("POST", "/sources", postgresBody("dup"));
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ detail: "A source with name 'dup' already exists" });
  });

  test("an unknown connector → 422 on body.connector", async () => {
    const r = await api("POST", "/sources", { ...postgresBody("x"), connector: "nosuchdb" });
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([expect.objectContaining({ loc: ["body", "connector"], type: "value_error" })]);
  });

  test("a missing required key → 422 naming the key", async () => {
    const body = postgresBody("missing-key");
    delete (body.config as Record<string, unknown>)["database.dbname"];
    const r = await api("POST", "/sources", body);
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([{ loc: ["body", "config", "database.dbname"], msg: expect.stringContaining("database.dbname"), type: "missing" }]);
  });

  test("wrong type, enum and range → 422 per key; unknown keys are accepted", async () => {
    const r = await api(
      "POST",
      "/sources",
      postgresBody("bad-values", { "database.port.user.defined": "abc", "database.sslmode": "maybe", "streamkap.snapshot.parallelism": 50 }),
    );
    expect(r.status).toBe(422);
    const locs = r.json.detail.map((d: { loc: string[] }) => d.loc[2]).sort();
    expect(locs).toEqual(["database.port.user.defined", "database.sslmode", "streamkap.snapshot.parallelism"]);
    const extra = await api("POST", "/sources", postgresBody("extra-key", { "some.future.key": 7 }));
    expect(extra.status).toBe(201);
    expect(extra.json.config["some.future.key"]).toBe("7");
  });

  // (That a secret's bad value is never quoted back is checkFieldValue's, in catalog/index.test.ts.)
  test("a body that is not JSON → 422", async () => {
    const r = await api("POST", "/sources", "{not json");
    expect(r.status).toBe(422);
  });
});

describe("protocol", () => {
  test("every response carries a distinct X-Request-Id, errors and unknown routes included", async () => {
    const replies = await Promise.all([
      api("GET", "/sources"),
      call(emulator.url, "GET", "/sources"),
      api("GET", "/no/such/route"),
      call(emulator.url, "POST", "/auth/access-token", {}),
      call(emulator.url, "GET", "/__emulator/stats"),
    ]);
    const ids = replies.map((r) => r.headers["x-request-id"]);
    for (const id of ids) expect(id).toMatch(/^req_[0-9a-f]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(replies[2].status).toBe(404);
    expect(replies[2].json).toHaveProperty("detail");
  });

  test("the log has one line per request and never a secret or a token", async () => {
    // The stats count every API request so far (not their own); the log has a line for each.
    const counted = (await call(emulator.url, "GET", "/__emulator/stats")).json.requests.total as number;
    const apiLines = logLines.filter((l) => !l.startsWith("GET /__emulator/stats "));
    expect(counted).toBeGreaterThan(20);
    expect(apiLines).toHaveLength(counted);
    const log = logLines.join("\n");
    expect(logLines.some((l) => /^POST \/sources 201 req_[0-9a-f]+ \d+ms$/.test(l))).toBe(true);
    for (const secret of [SECRET, "pg-s3cret-value", token]) expect(log).not.toContain(secret);
  });
});

test("stats count requests by route pattern, not counting themselves", async () => {
  const fresh = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 0 });
  try {
    const t = await login(fresh.url, CLIENT_ID, SECRET);
    const id = (await call(fresh.url, "POST", "/sources", postgresBody("counted"), t)).json.id;
    await call(fresh.url, "GET", `/sources/${id}`, undefined, t);
    await call(fresh.url, "GET", `/sources/${id}`, undefined, t);
    await call(fresh.url, "GET", "/sources", undefined, t);
    await call(fresh.url, "DELETE", `/sources/${id}`, undefined, t);
    await call(fresh.url, "GET", "/__emulator/stats");
    const stats = (await call(fresh.url, "GET", "/__emulator/stats")).json;
    expect(stats).toEqual({
      requests: {
        total: 6,
        "POST /auth/access-token": 1,
        "POST /sources": 1,
        "GET /sources/{id}": 2,
        "GET /sources": 1,
        "DELETE /sources/{id}": 1,
      },
    });
  } finally {
    await fresh.close();
  }
});
