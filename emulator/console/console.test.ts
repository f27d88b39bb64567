// The console's server side without a browser: its endpoints are read-only, outside the API
// (no stats, no request log; `/` answers a client that is not a browser with a plain-text
// pointer), served by default only on a loopback address to a loopback Host; the tenant view
// masks secrets and has the flow's edges; the request log keeps no body, header or query and,
// with a data directory, survives a restart, cut to its size; the layout and the hint.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "../args";
import { startEmulator, type RunningEmulator } from "../index";
import { call, login, postgresBody } from "../testing/test-client";
import { consoleEnabled, isLoopback, requestAllowed } from "./access";
import { DEMO_PASSWORD, demoIds, demoTenant } from "../testing/demo-tenant";
import { layout } from "./browser/layout";
import { consoleHint } from "./hint";
import { REQUEST_LOG_FILE, RequestLog } from "./request-log";
import { MASK, maskedConfig, type TenantView } from "./tenant-view";

let dir: string;
let emulator: RunningEmulator;
const running: RunningEmulator[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "console-"));
  writeFileSync(join(dir, "tenant.json"), JSON.stringify(demoTenant(1)));
  emulator = await startEmulator({ clientId: "c", secret: "s3cret-Client", fixtures: join(dir, "tenant.json") });
});
afterAll(async () => {
  await Promise.all([emulator, ...running].map((e) => e.close()));
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers });
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
};

describe("endpoints", () => {
  test("the page for a browser at /, its script, the tenant and the request log; `/` for any other client a plain-text pointer", async () => {
    const page = await get(`${emulator.url}/`, { accept: "text/html" });
    expect(page).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/html/) });
    expect(page.text).toContain('<script src="/__emulator/console.js"');
    expect((await get(`${emulator.url}/__emulator/console.js`)).type).toMatch(/^text\/javascript/);
    for (const accept of [undefined, "*/*", "application/json"]) {
      const pointer = await get(`${emulator.url}/`, accept ? { accept } : {});
      expect(pointer).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/plain/) });
      expect(pointer.text).toContain("Streamkap API is served at this address");
      expect(pointer.text).toContain("?view=table");
    }
    // The API's own 404 for a write to `/`, as before.
    expect((await call(emulator.url, "POST", "/", {})).status).toBe(404);
    const view = JSON.parse((await get(`${emulator.url}/__emulator/tenant`)).text) as TenantView;
    expect(view.nodes.map((n) => n.kind).sort()).toEqual(["destination", "pipeline", "source", "topic", "topic"]);
  });

  test("read-only: anything but GET is refused, and the tenant is as it was", async () => {
    const before = await get(`${emulator.url}/__emulator/tenant`);
    for (const path of ["/__emulator/tenant", "/__emulator/requests", "/__emulator/events", "/__emulator/console.js"]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) expect((await call(emulator.url, method, path, {})).status).toBe(405);
    }
    expect((await get(`${emulator.url}/__emulator/tenant`)).text).toBe(before.text);
  });

  test("console requests are neither counted in the stats nor logged; API requests are, without bodies or queries", async () => {
    const fresh = await startEmulator({ clientId: "c", secret: "s3cret-Client" });
    running.push(fresh);
    await get(`${fresh.url}/`, { accept: "text/html" });
    await get(`${fresh.url}/`);
    await get(`${fresh.url}/__emulator/tenant`);
    expect(JSON.parse((await get(`${fresh.url}/__emulator/stats`)).text)).toEqual({ requests: { total: 0 } });
    const token = await login(fresh.url, "c", "s3cret-Client");
    const created = await call(fresh.url, "POST", "/sources?secret_returned=true", postgresBody("logged", { "database.password": "body-Secret-1" }), token);
    const log = JSON.parse((await get(`${fresh.url}/__emulator/requests`)).text);
    expect(log.latest).toBe(2);
    expect(log.requests[1]).toEqual({
      seq: 2,
      time: expect.any(String),
      method: "POST",
      path: "/sources",
      status: 201,
      latency_ms: expect.any(Number),
      fault: null,
      request_id: created.headers["x-request-id"],
    });
    const text = JSON.stringify(log);
    for (const secret of ["body-Secret-1", "s3cret-Client", token]) expect(text).not.toContain(secret);
    expect(JSON.parse((await get(`${fresh.url}/__emulator/requests?after=1`)).text).requests.map((r: { seq: number }) => r.seq)).toEqual([2]);
    expect(JSON.parse((await get(`${fresh.url}/__emulator/stats`)).text).requests.total).toBe(2);
  });

  test("served only to a loopback Host by default; not at all when listening elsewhere unless --console on", async () => {
    const { request } = await import("node:http");
    const status = (host: string) =>
      new Promise<number>((resolve, reject) =>
        request(`${emulator.url}/__emulator/tenant`, { headers: { host } }, (res) => (res.resume(), resolve(res.statusCode ?? 0)))
          .on("error", reject)
          .end(),
      );
    expect(await status("localhost:1234")).toBe(200);
    expect(await status("evil.example:1234")).toBe(403);
    const off = await startEmulator({ console: "off" });
    running.push(off);
    expect((await get(`${off.url}/__emulator/tenant`)).status).toBe(404);
    expect(consoleEnabled("auto", "0.0.0.0")).toBe(false);
    expect(consoleEnabled("auto", "::1")).toBe(true);
    expect(consoleEnabled("on", "0.0.0.0")).toBe(true);
    expect(requestAllowed("on", "evil.example")).toBe(true);
    for (const h of ["127.0.0.1", "127.8.9.1", "[::1]", "::1", "localhost", "::ffff:127.0.0.1"]) expect(isLoopback(h)).toBe(true);
    for (const h of ["0.0.0.0", "10.0.0.1", "example.com", "127.0.0.1.evil.example"]) expect(isLoopback(h)).toBe(false);
    expect(parseArgs(["--console", "on"])).toEqual({ kind: "run", options: { console: "on" } });
    expect(parseArgs(["--console", "yes"])).toEqual({ kind: "error", message: '--console: must be one of auto, on, off, got "yes"' });
  });
});

describe("the tenant view", () => {
  test("nodes carry name, connector, status, desired state and tag names; edges follow the flow", async () => {
    const ids = demoIds(0);
    const view = JSON.parse((await get(`${emulator.url}/__emulator/tenant`)).text) as TenantView;
    const source = view.nodes.find((n) => n.kind === "source")!;
    expect(source).toMatchObject({
      key: `source:${ids.source}`,
      name: "orders-db",
      connector: "PostgreSQL",
      status: "Active",
      desired_state: "Active",
      tags: ["team-orders"],
    });
    expect(source.config!["database.password"]).toBe(MASK);
    expect(JSON.stringify(view)).not.toContain(DEMO_PASSWORD);
    expect(view.edges).toContainEqual({ from: `pipeline:${ids.pipeline}`, to: `destination:${ids.destination}` });
    expect(view.edges.filter((e) => e.from === source.key)).toHaveLength(2);
  });

  test("secret keys are masked (catalog sensitive, or named like a credential); unset ones are null", () => {
    expect(maskedConfig({ "database.password": "x", "custom.api.key": "y", "ssh.private.key": "", "database.user": "cdc" })).toEqual({
      "database.password": MASK,
      "custom.api.key": MASK,
      "ssh.private.key": null,
      "database.user": "cdc",
    });
  });
});

test("the request log keeps the last N, oldest first", () => {
  const log = new RequestLog(3);
  for (let i = 0; i < 5; i++) log.add({ time: "", method: "GET", path: `/${i}`, status: 200, latency_ms: 0, fault: null, request_id: `r${i}` });
  expect(log.since().map((r) => r.path)).toEqual(["/2", "/3", "/4"]);
  expect(log.latest()).toBe(5);
  expect(log.since(4).map((r) => r.seq)).toEqual([5]);
});

test("with a data directory the request log survives a restart, cut to its size, numbering on", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "request-log-"));
  try {
    const entry = (i: number) => ({ time: "", method: "GET", path: `/${i}`, status: 200, latency_ms: 0, fault: null, request_id: `r${i}` });
    const first = new RequestLog(3, dataDir);
    for (let i = 0; i < 8; i++) first.add(entry(i));
    first.close();
    // The file never holds more than twice the size; a torn last line (a crash mid-write) is skipped.
    expect(readFileSync(join(dataDir, REQUEST_LOG_FILE), "utf8").trim().split("\n").length).toBeLessThanOrEqual(6);
    appendFileSync(join(dataDir, REQUEST_LOG_FILE), '{"seq": 9, "ti');
    const second = new RequestLog(3, dataDir);
    expect(second.since().map((r) => r.path)).toEqual(["/5", "/6", "/7"]);
    expect(second.latest()).toBe(8);
    second.add(entry(8));
    expect(second.since(8)).toEqual([{ seq: 9, ...entry(8) }]);
    second.close();
    expect(new RequestLog(3, dataDir).since().map((r) => r.seq)).toEqual([7, 8, 9]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("an emulator restarted on its data directory shows the requests logged before", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "request-log-emulator-"));
  try {
    const before = await startEmulator({ clientId: "c", secret: "s3cret-Client", dataDir });
    const token = await login(before.url, "c", "s3cret-Client");
    const listed = await call(before.url, "GET", "/sources", undefined, token);
    await before.close();
    const after = await startEmulator({ clientId: "c", secret: "s3cret-Client", dataDir });
    running.push(after);
    const log = JSON.parse((await get(`${after.url}/__emulator/requests`)).text);
    expect(log.requests.map((r: { request_id: string }) => r.request_id)).toContain(listed.headers["x-request-id"]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("layout: one column per kind present, left to right, neighbours ordered to avoid crossings", () => {
  const nodes = [
    { key: "s:a", kind: "source" as const, name: "a" },
    { key: "s:b", kind: "source" as const, name: "b" },
    { key: "d:x", kind: "destination" as const, name: "x" },
    { key: "d:y", kind: "destination" as const, name: "y" },
    { key: "p:1", kind: "pipeline" as const, name: "1" },
    { key: "p:2", kind: "pipeline" as const, name: "2" },
  ];
  const edges = [
    { from: "s:a", to: "p:2" },
    { from: "s:b", to: "p:1" },
    { from: "p:2", to: "d:y" },
    { from: "p:1", to: "d:x" },
  ];
  const l = layout({ nodes, edges });
  expect(l.columns.map((c) => c.kind)).toEqual(["source", "pipeline", "destination"]);
  const y = (k: string) => l.nodes.get(k)!.y;
  expect(l.nodes.get("s:a")!.x).toBeLessThan(l.nodes.get("p:2")!.x);
  expect(l.nodes.get("p:2")!.x).toBeLessThan(l.nodes.get("d:y")!.x);
  // a → 2 → y and b → 1 → x run side by side, without crossing.
  expect(y("p:2")).toBeLessThan(y("p:1"));
  expect(y("d:y")).toBeLessThan(y("d:x"));
});

test("the hint: the URL of a running emulator, or the command that serves a data directory again", () => {
  expect(consoleHint("http://127.0.0.1:4700")).toBe(
    "Console: open http://127.0.0.1:4700/ in a browser to watch the flows, their statuses and the API requests live.",
  );
  expect(consoleHint("http://127.0.0.1:4700/", ".streamkap/emulator")).toBe(
    "Console: node dist/bin/streamkap-emulator --data-dir .streamkap/emulator --port 4700, then open http://127.0.0.1:4700/ in a browser.",
  );
});
