// The API over real HTTP, against an in-process emulator: auth, what only sources have, the
// validation of a body and the protocol. The contract sources share with destinations is in
// collections.test.ts.
import { ManualClock, startEmulator, type RunningEmulator } from "./index";
import { call, login, postgresBody } from "./testing/test-client";

const CLIENT_ID = "client-under-test";
const SECRET = "client-secret-xyz";

let emulator: RunningEmulator;
let token: string;
const logLines: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    clientId: CLIENT_ID,
    secret: SECRET,
    deployMs: 150,
    log: (l) => logLines.push(l),
    clock: new ManualClock({ waits: "jump" }),
  });
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
    const clock = new ManualClock();
    const shortLived = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, tokenTtlSeconds: 0.3, clock });
    try {
      const t = await login(shortLived.url, CLIENT_ID, SECRET);
      clock.advance(299);
      expect((await call(shortLived.url, "GET", "/sources", undefined, t)).status).toBe(200);
      clock.advance(1);
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

  test("a secret never set comes back null with secret_returned=true", async () => {
    const r = await api("POST", "/sources?secret_returned=true", {
      name: "es-no-password",
      connector: "elasticsearch",
      config: { "es.host": "es.internal", "endpoint.include.list.user.defined": "logs", "datetime.field.name": "ts" },
    });
    expect(r.status).toBe(201);
    expect(r.json.config["http.auth.password"]).toBeNull();
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
