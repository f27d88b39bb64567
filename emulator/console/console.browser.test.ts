// The console in a real browser (headless Chromium): an emulator preloaded with a flow
// through --fixtures is drawn whole (every node and edge, with name, connector, status and
// desired state, and tags), statuses change on the page as the tenant changes (a new source
// goes Starting → Active, a source made Broken through the API breaks its pipeline too), an
// injected fault and a lost response show in the request log, and no secret is in the page,
// its network responses, its event stream or its script. The view and the selected object live
// in the address (/?view=table&selected=<key>) and come back on a reload. A screenshot is kept under
// test-output/console/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { FaultInjector } from "../http/faults";
import { ManualClock, startEmulator, type RunningEmulator } from "../index";
import { call, login, postgresBody, updateBody } from "../testing/test-client";
import { DEMO_DESTINATION_PASSWORD, DEMO_PASSWORD, demoIds, demoTenant } from "../testing/demo-tenant";
import { browserTest, launchChromium, openConsole, readEvents } from "../testing/headless-chromium";

jest.setTimeout(120_000);

export const OUTPUT_DIR = join(__dirname, "..", "..", "test-output", "console");
const CLIENT_ID = "console-client";
const SECRET = "console-Client-Secret-9a8b";
const it = browserTest();
const ids = demoIds(0);
const key = (kind: string, id: string) => `${kind}:${id}`;

// Deployments end when the test steps this clock: each status stays on screen until it has been
// seen, however slowly the browser runs.
const clock = new ManualClock();
const DEPLOY_MS = 1500;
let dir: string;
let browser: Browser;
let emulator: RunningEmulator;
let token: string;
const others: RunningEmulator[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "console-browser-"));
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(dir, "tenant.json"), JSON.stringify(demoTenant(1)));
  emulator = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: DEPLOY_MS, fixtures: join(dir, "tenant.json"), clock });
  token = await login(emulator.url, CLIENT_ID, SECRET);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([emulator, ...others].map((e) => e?.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function page(url = emulator.url) {
  browser ??= await launchChromium();
  return openConsole(browser, url);
}

const drawn = (p: Page, selector: string, attribute: string) => p.$$eval(selector, (els, a) => els.map((e) => e.getAttribute(a) ?? ""), attribute);
const statusOf = (p: Page, nodeKey: string) => p.getAttribute(`g.node[data-key="${nodeKey}"]`, "data-status");

it("draws every node and edge of the flow, each with name, connector, status, desired state and tags", async () => {
  const { page: p } = await page();
  const topics = ["public.orders", "public.items"].map((t) => key("topic", `source_${ids.source}.${t}`));
  const nodes = [key("source", ids.source), ...topics, key("pipeline", ids.pipeline), key("destination", ids.destination)];
  expect((await drawn(p, "g.node", "data-key")).sort()).toEqual([...nodes].sort());
  const edges = [...topics.map((t) => `${nodes[0]}->${t}`), ...topics.map((t) => `${t}->${nodes[3]}`), `${nodes[3]}->${nodes[4]}`];
  expect((await drawn(p, "path.edge", "data-edge")).sort()).toEqual(edges.sort());

  const source = await p.textContent(`g.node[data-key="${nodes[0]}"]`);
  for (const text of ["orders-db", "PostgreSQL", "Active", "desired Active", "team-orders"]) expect(source).toContain(text);
  expect(await p.textContent(`g.node[data-key="${nodes[4]}"]`)).toContain("ClickHouse");
  expect(await statusOf(p, nodes[3])).toBe("Active");

  // The table shows the same nodes, each with what feeds it.
  await p.click("#view-table");
  expect((await drawn(p, "table.flows tbody tr", "data-key")).sort()).toEqual([...nodes].sort());
  expect(await p.textContent(`table.flows tr[data-key="${nodes[3]}"]`)).toContain("public.orders");
  await p.close();
});

it("the view and the selected object are in the address: /?view=table opens the table, a click selects, a reload shows the same", async () => {
  const { page: p } = await page(`${emulator.url}/?view=table`);
  expect(await p.isVisible("table.flows")).toBe(true);
  expect(await p.getAttribute("#view-table", "aria-pressed")).toBe("true");
  const sourceKey = key("source", ids.source);
  await p.click(`table.flows tr[data-key="${sourceKey}"]`);
  expect(new URL(p.url()).search).toBe(`?view=table&selected=${encodeURIComponent(sourceKey)}`);
  expect(await p.textContent("#detail-text")).toContain(`orders-db (source ${ids.source})`);

  await p.reload();
  await p.waitForSelector("body[data-ready=true]");
  expect(await p.getAttribute(`table.flows tr[data-key="${sourceKey}"]`, "class")).toContain("selected");
  expect(await p.isVisible("#details")).toBe(true);
  expect(await p.textContent("#detail-text")).toContain("database.password");
  expect(await p.textContent("#detail-text")).not.toContain(DEMO_PASSWORD);

  await p.click("#view-graph");
  expect(new URL(p.url()).searchParams.get("view")).toBe("graph");
  expect(await p.getAttribute(`g.node[data-key="${sourceKey}"]`, "class")).toContain("selected");
  await p.close();
});

it("statuses change live: a new source Starting → Active, a source made Broken breaks its pipeline", async () => {
  const { page: p } = await page();
  const created = await call(
    emulator.url,
    "POST",
    "/sources?wait=false",
    postgresBody("payments-db", { "table.include.list.user.defined": "public.payments" }),
    token,
  );
  expect(created.status).toBe(201);
  const fresh = key("source", created.json.id);
  await p.waitForSelector(`g.node[data-key="${fresh}"][data-status="Starting"]`, { timeout: 30_000 });
  clock.advance(DEPLOY_MS);
  await p.waitForSelector(`g.node[data-key="${fresh}"][data-status="Active"]`, { timeout: 30_000 });

  const broken = updateBody(postgresBody("orders-db", { "database.hostname.user.defined": "db.broken" }));
  const put = await call(emulator.url, "PUT", `/sources/${ids.source}?wait=false`, broken, token);
  expect(put.status).toBe(200);
  await p.waitForSelector(`g.node[data-key="${key("source", ids.source)}"][data-status="Pending Update"]`, { timeout: 30_000 });
  clock.advance(DEPLOY_MS);
  await p.waitForSelector(`g.node[data-key="${key("source", ids.source)}"][data-status="Broken"]`, { timeout: 30_000 });
  await p.waitForSelector(`g.node[data-key="${key("pipeline", ids.pipeline)}"][data-status="Broken"]`, { timeout: 30_000 });
  // Every API request of this test is in the log, with the PUT's own request id.
  await p.waitForSelector(`#request-log tr[data-request-id="${put.headers["x-request-id"]}"]`);
  expect(await p.textContent(`#request-log tr[data-request-id="${put.headers["x-request-id"]}"]`)).toMatch(/PUT\/sources\/[0-9a-f]{24}200/);
  await p.screenshot({ path: join(OUTPUT_DIR, "console.png"), fullPage: true });
  await p.close();
});

it("an injected fault and a lost response show in the request log, seeded", async () => {
  const faulty = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, faultRate: 1, seed: 7 });
  const lossy = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, lostResponseRate: 1, seed: 7 });
  others.push(faulty, lossy);
  const refused = await call(faulty.url, "GET", "/sources");
  const expected = new FaultInjector({ faultRate: 1, lostResponseRate: 0 }, 7).beforeRequest(1)!;
  expect(refused.status).toBe(expected.status);

  const { page: p } = await page(faulty.url);
  const row = `#request-log tr[data-request-id="${refused.headers["x-request-id"]}"]`;
  await p.waitForSelector(row);
  expect(await p.getAttribute(row, "class")).toBe("fault");
  expect(await p.textContent(`${row} td.fault`)).toBe(`${expected.status} before handling`);
  await p.screenshot({ path: join(OUTPUT_DIR, "request-log-fault.png") });
  await p.close();

  const lossyToken = await login(lossy.url, CLIENT_ID, SECRET);
  await call(lossy.url, "POST", "/sources", postgresBody("lost-answer"), lossyToken).catch(() => undefined);
  const { page: q } = await page(lossy.url);
  await q.waitForSelector("#request-log tr.fault");
  expect(await q.textContent("#request-log tr.fault td.fault")).toMatch(/^lost response: (bad-gateway|destroy-socket)$/);
  await q.close();
});

it("no secret is in the page, its responses, its event stream or its script", async () => {
  const { page: p, bodies } = await page();
  await p.click("#view-table");
  const secrets = [DEMO_PASSWORD, DEMO_DESTINATION_PASSWORD, SECRET, token, "ch-s3cret-value"];
  const everything = [
    await p.content(),
    await p.evaluate(() => document.documentElement.outerHTML + document.body.innerText),
    ...bodies.values(),
    await readEvents(emulator.url),
    await (await fetch(`${emulator.url}/__emulator/requests`)).text(),
  ].join("\n");
  expect([...bodies.keys()].some((u) => u.endsWith("/__emulator/console.js"))).toBe(true);
  expect(everything).toContain("database.password");
  for (const secret of secrets) expect(everything).not.toContain(secret);
  await p.close();
});
