// The console after a real `terraform apply`: the built emulator (its console bundled in by
// scripts/build.ts) is opened in headless Chromium before the apply; while terraform runs the
// page shows the connectors Starting, then Active, and afterwards every node and edge of the
// applied flow, with none of the variables' secrets anywhere in the page or its responses.
// A screenshot is kept under test-output/console/.
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { browserTest, launchChromium, openConsole, readEvents } from "../emulator/testing/headless-chromium";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import { pipelineHcl, postgresSourceHcl, snowflakeDestinationHcl } from "./support/flow-hcl";
import { hclHeader, WorkspaceFactory } from "./support/provider-workspace";

jest.setTimeout(300_000);

const OUTPUT_DIR = join(__dirname, "..", "test-output", "console");
const dbPassword = "console-db-pw-5c1e0a77";
const privateKey = "console-key-93b2d4f0";
const it = browserTest();
let emulator: EmulatorProcess;
let browser: Browser | undefined;
const workspaces = new WorkspaceFactory({
  address: PROVIDER_ADDRESS,
  env: () => ({ ...emulatorEnv(emulator), TF_VAR_db_password: dbPassword, TF_VAR_private_key: privateKey }),
});

beforeAll(async () => {
  // Deployments long enough for the page to show Starting even on a busy machine (its feed ticks
  // every 250 ms); the emulator runs in its own process, on the wall clock.
  emulator = await startEmulatorProcess({ args: ["--deploy-ms", "3000"] });
});
afterAll(async () => {
  await browser?.close();
  await emulator?.stop();
  workspaces.cleanup();
});

const HCL = `${hclHeader(PROVIDER_SOURCE, ["db_password", "private_key"])}
resource "streamkap_tag" "team" {
  name = "team-console"
  type = ["sources", "destinations", "pipelines"]
}

${postgresSourceHcl("orders", { name: "console-orders" })}
${snowflakeDestinationHcl("warehouse", { name: "console-warehouse" })}
${pipelineHcl("flow", {
  name: "console-orders-to-warehouse",
  tags: "[streamkap_tag.team.id]",
  source: "streamkap_source_postgresql.orders",
  destination: "streamkap_destination_snowflake.warehouse",
})}`;

it("follows a terraform apply live, then shows the applied flow whole and no secret", async () => {
  const ws = await workspaces.create(HCL);
  browser = await launchChromium();
  const { page, bodies } = await openConsole(browser, emulator.url);
  expect(await page.$$("g.node")).toHaveLength(0);

  const applied = ws.apply();
  await page.waitForSelector('g.node[data-kind="source"][data-status="Starting"]', { timeout: 120_000 });
  await applied;
  for (const kind of ["source", "destination", "pipeline"])
    await page.waitForSelector(`g.node[data-kind="${kind}"][data-status="Active"]`, { timeout: 30_000 });

  // The full name is on the node; its text is cut to fit the card ("console-orders-to-wareho…").
  const names = await page.$$eval("g.node", (els) => els.map((e) => e.getAttribute("data-name")));
  expect(await page.textContent('g.node[data-kind="pipeline"] text.name')).toMatch(/^console-orders-to-wareh/);
  expect(names.sort()).toEqual(["console-orders", "console-orders-to-warehouse", "console-warehouse", "public.orders"]);
  expect(await page.$$("path.edge")).toHaveLength(3);
  expect(await page.textContent('g.node[data-kind="pipeline"]')).toContain("team-console");
  expect(await page.textContent("#request-log")).toMatch(/POST\/pipelines/);
  await page.screenshot({ path: join(OUTPUT_DIR, "after-terraform-apply.png"), fullPage: true });

  const everything = [
    await page.content(),
    ...bodies.values(),
    await readEvents(emulator.url),
    await (await fetch(`${emulator.url}/__emulator/tenant`)).text(),
  ].join("\n");
  for (const secret of [dbPassword, privateKey, emulator.secret]) expect(everything).not.toContain(secret);
  await page.close();
});
