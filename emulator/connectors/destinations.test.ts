// What only /destinations has, over real HTTP against an in-process emulator: the object's
// keys, the destination catalog's encodings and secrets, names and ids apart from sources',
// the Broken rule on other address keys, faults and persistence. The contract shared with
// /sources (read, list, update, delete, status, stats) is in collections.test.ts.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeMap, destinationCatalog, encodeMap, findField } from "../../catalog";
import { ManualClock, startEmulator, type EmulatorOptions } from "../index";
import { call, clickhouseBody, emulatorForTests, login, postgresBody, snowflakeBody, updateBody } from "../testing/test-client";

const CLIENT_ID = "destinations-client";
const SECRET = "destinations-secret";
const DEPLOY_MS = 150;

// Deployments run on a clock the tests step; a wait=true request moves it to its deployment's end.
const { api } = emulatorForTests({ clientId: CLIENT_ID, secret: SECRET, deployMs: DEPLOY_MS, clock: new ManualClock({ waits: "jump" }) });

const DESTINATION_KEYS = [
  "id",
  "name",
  "connector",
  "connector_display_name",
  "created_timestamp",
  "created_from",
  "sub_id",
  "tenant_id",
  "config",
  "topic_ids",
  "topic_map",
  "topics",
  "tasks",
  "connector_status",
  "desired_state",
  "task_statuses",
  "tags",
];

describe("create and read", () => {
  test("create answers 201 with a bare destination: its keys, values as strings, defaults, the secret left out", async () => {
    const r = await api("POST", "/destinations?wait=true", { ...clickhouseBody("warehouse"), kc_cluster_id: "" });
    expect(r.status).toBe(201);
    const d = r.json;
    expect(Object.keys(d).sort()).toEqual([...DESTINATION_KEYS].sort());
    expect(d.id).toMatch(/^[0-9a-f]{24}$/);
    expect(d).toMatchObject({
      name: "warehouse",
      connector: "clickhouse",
      connector_display_name: "ClickHouse",
      created_from: "terraform",
      connector_status: "Active",
      desired_state: "Active",
      task_statuses: { "0": { state: "RUNNING" } },
      tasks: [{ connector: `destination_${d.id}`, task: 0 }],
      topic_ids: [],
      topic_map: {},
      topics: [],
    });
    expect(d.config).toMatchObject({ hostname: "ch.internal", port: "9440", ssl: "false", "ingestion.mode": "upsert", "tasks.max": "5" });
    expect(d.config["connector.class"]).toBe("com.streamkap.connect.clickhouse.SinkConnector");
    expect(d.config).not.toHaveProperty(["connection.password"]);
    expect(Object.values(d.config).every((v) => typeof v === "string")).toBe(true);
  });

  test("kc_cluster_id is kept and shown when given", async () => {
    const r = await api("POST", "/destinations?wait=false", { ...clickhouseBody("on-cluster"), kc_cluster_id: "kc-7" });
    expect(r.json.kc_cluster_id).toBe("kc-7");
    expect((await api("GET", `/destinations/${r.json.id}`)).json.result[0].kc_cluster_id).toBe("kc-7");
  });

  test("with secret_returned=true a secret never set comes back null", async () => {
    const snowflake = await api("POST", "/destinations?wait=false&secret_returned=true", snowflakeBody("no-passphrase"));
    expect(snowflake.status).toBe(201);
    expect(snowflake.json.config["snowflake.private.key"]).toBe("-----BEGIN PRIVATE KEY-----x");
    expect(snowflake.json.config["snowflake.private.key.passphrase"]).toBeNull();
  });

  test("a source's id is not a destination's", async () => {
    const source = (await api("POST", "/sources?wait=false", postgresBody("a-source"))).json;
    expect((await api("GET", `/destinations/${source.id}`)).json.result).toEqual([]);
  });

  test("ClickHouse's topics.config.map travels as a JSON string of JSON strings, validates and echoes back", async () => {
    const field = findField(destinationCatalog.get("clickhouse"), "topics.config.map")!;
    const map = { orders: { delete_sql_execute: "DELETE FROM orders WHERE id = {{id}}" } };
    const sent = encodeMap(field, map);
    const r = await api("POST", "/destinations?wait=false", clickhouseBody("with-map", { "topics.config.map": sent }));
    expect(r.status).toBe(201);
    expect(r.json.config["topics.config.map"]).toBe(sent);
    expect(decodeMap(field, r.json.config["topics.config.map"])).toEqual(map);
    const bad = await api("POST", "/destinations", clickhouseBody("bad-map", { "topics.config.map": JSON.stringify({ orders: "[1]" }) }));
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toEqual([expect.objectContaining({ loc: ["body", "config", "topics.config.map"], msg: expect.stringContaining("orders") })]);
  });

  test("Snowflake's map of strings is stored as JSON text", async () => {
    const mapping = { "dbo.orders": "orders_dedupe" };
    const r = await api("POST", "/destinations?wait=false", snowflakeBody("with-mapping", { "auto.qa.dedupe.table.mapping": mapping }));
    expect(r.status).toBe(201);
    expect(JSON.parse(r.json.config["auto.qa.dedupe.table.mapping"])).toEqual(mapping);
  });

  test("the destinations list holds destinations only, the sources list sources only", async () => {
    await api("POST", "/destinations?wait=false", clickhouseBody("Listed-destination"));
    await api("POST", "/sources?wait=false", postgresBody("Listed-source"));
    const names = async (path: string) => (await api("GET", `${path}?partial_name=listed`)).json.result.map((r: { name: string }) => r.name);
    expect(await names("/destinations")).toEqual(["Listed-destination"]);
    expect(await names("/sources")).toEqual(["Listed-source"]);
  });
});

describe("names and validation", () => {
  test("an update that leaves out a required key that is no secret → 422 naming it", async () => {
    const created = (await api("POST", "/destinations?wait=false", snowflakeBody("no-database"))).json;
    const body = updateBody(snowflakeBody("no-database"));
    delete (body.config as Record<string, unknown>)["snowflake.database.name"];
    delete (body.config as Record<string, unknown>)["snowflake.private.key"]; // a secret: kept
    const r = await api("PUT", `/destinations/${created.id}`, body);
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([expect.objectContaining({ loc: ["body", "config", "snowflake.database.name"], type: "missing" })]);
  });

  test("names are unique per kind: a source may have a destination's name", async () => {
    expect((await api("POST", "/destinations?wait=false", clickhouseBody("shared-name"))).status).toBe(201);
    expect((await api("POST", "/sources?wait=false", postgresBody("shared-name"))).status).toBe(201);
  });

  test("a connector that is only a source → 422 on body.connector", async () => {
    const r = await api("POST", "/destinations", { ...clickhouseBody("not-a-sink"), connector: "mongodb" });
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([expect.objectContaining({ loc: ["body", "connector"], type: "value_error" })]);
  });

  test("bad values → 422 per key; keys the catalog does not know are accepted and stored", async () => {
    const r = await api("POST", "/destinations", clickhouseBody("bad-values", { port: "abc", "ingestion.mode": "merge", "tasks.max": 11 }));
    expect(r.status).toBe(422);
    expect(r.json.detail.map((d: { loc: string[] }) => d.loc[2]).sort()).toEqual(["ingestion.mode", "port", "tasks.max"]);
    const extra = await api("POST", "/destinations?wait=false", clickhouseBody("extra-key", { "some.future.key": true }));
    expect(extra.status).toBe(201);
    expect(extra.json.config["some.future.key"]).toBe("true");
  });

  test("desired_state and created_from are checked against their values", async () => {
    const r = await api("POST", "/destinations", { ...clickhouseBody("bad-enums"), desired_state: "Running", created_from: "cli" });
    expect(r.status).toBe(422);
    expect(r.json.detail.map((d: { loc: string[] }) => d.loc[1]).sort()).toEqual(["created_from", "desired_state"]);
  });
});

describe("status", () => {
  test.each([
    [
      "a url",
      { name: "broken-url", connector: "databricks", config: { "databricks.token": "t", "connection.url.user.defined": "jdbc:databricks://dbc.broken" } },
    ],
    ["a bootstrap server list", { name: "broken-bootstrap", connector: "kafka", config: { "kafka.sink.bootstrap": "kafka.broken" } }],
  ])("%s ending in .broken deploys to Broken, with a failed task", async (_what, body) => {
    const r = await api("POST", "/destinations?wait=true", body);
    expect(r.status).toBe(201);
    expect(r.json.connector_status).toBe("Broken");
    expect(r.json.task_statuses["0"]).toMatchObject({ state: "FAILED", trace: expect.stringMatching(/could not connect/) });
  });

  test("a value ending in .broken under a key that is no address is not Broken", async () => {
    const r = await api("POST", "/destinations?wait=true", clickhouseBody("not-broken", { database: "analytics.broken" }));
    expect(r.json.connector_status).toBe("Active");
  });
});

describe("the emulator around the routes", () => {
  test("faults and lost responses apply to /destinations: a lost create was still performed", async () => {
    await withEmulator({ lostResponseRate: 1, seed: 3 }, async (url, t) => {
      const lost = await call(url, "POST", "/destinations", clickhouseBody("lost-answer"), t).catch(() => undefined);
      expect(lost === undefined || lost.status === 502).toBe(true);
      expect((await call(url, "GET", "/destinations?partial_name=lost-answer", undefined, t)).json.total).toBe(1);
    });
    const faulty = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, faultRate: 1, seed: 5 });
    try {
      // Faults come before authentication: no token is needed to meet one.
      const r = await call(faulty.url, "GET", "/destinations");
      expect([429, 502, 503, 504]).toContain(r.status);
    } finally {
      await faulty.close();
    }
  });

  test("a data dir keeps destinations and sources across a restart; an old one with only sources.log loads", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "emulator-destinations-"));
    try {
      const ids = await withEmulator({ dataDir }, async (url, t) => ({
        source: (await call(url, "POST", "/sources", postgresBody("kept-source"), t)).json.id as string,
        destination: (await call(url, "POST", "/destinations", clickhouseBody("kept-destination"), t)).json.id as string,
      }));
      expect(existsSync(join(dataDir, "destinations.log"))).toBe(true);
      await withEmulator({ dataDir }, async (url, t) => {
        const destination = (await call(url, "GET", `/destinations/${ids.destination}?secret_returned=true`, undefined, t)).json.result[0];
        expect(destination).toMatchObject({ name: "kept-destination", connector_status: "Active" });
        expect(destination.config["connection.password"]).toBe("ch-s3cret-value");
        expect((await call(url, "GET", `/sources/${ids.source}`, undefined, t)).json.result[0].name).toBe("kept-source");
      });

      // A data dir from before destinations existed: sources.log alone.
      rmSync(join(dataDir, "destinations.log"));
      await withEmulator({ dataDir }, async (url, t) => {
        expect((await call(url, "GET", "/sources", undefined, t)).json.result.map((s: { id: string }) => s.id)).toEqual([ids.source]);
        expect((await call(url, "GET", "/destinations", undefined, t)).json.total).toBe(0);
        expect((await call(url, "POST", "/destinations", clickhouseBody("kept-destination"), t)).status).toBe(201);
      });
      await withEmulator({ dataDir }, async (url, t) => {
        expect((await call(url, "GET", "/destinations", undefined, t)).json.result.map((d: { name: string }) => d.name)).toEqual(["kept-destination"]);
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** A short-lived emulator of its own (deployments instant), logged in, closed afterwards. */
async function withEmulator<T>(options: EmulatorOptions, run: (url: string, token: string) => Promise<T>): Promise<T> {
  const own = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 0, ...options });
  try {
    return await run(own.url, await login(own.url, CLIENT_ID, SECRET));
  } finally {
    await own.close();
  }
}
