// The console's cost to a user: bytes shipped (its page and script, as served, and gzipped
// for comparison), and in headless Chromium the time to first paint, first contentful
// paint and until the flows are drawn, for a tenant of 1 flow and of 50 (the built
// emulator, preloaded with --fixtures), beside the floor: the first paint of a one-line page
// (a data: URL, no server). Median of several page loads, each in a fresh browser context.
// Skipped, with the reason, where Chromium cannot start.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { demoTenant } from "../../emulator/testing/demo-tenant";
import { chromiumUnavailable, launchChromium } from "../../emulator/testing/headless-chromium";
import { startEmulatorProcess } from "../lib/emulator-process";
import { median, round } from "./stats";

export interface ConsoleLoad {
  flows: number;
  nodes: number;
  firstPaintMs: number;
  firstContentfulPaintMs: number;
  drawnMs: number;
}

export type ConsoleResult =
  | { skipped: string }
  | { pageBytes: number; scriptBytes: number; totalBytes: number; totalGzipBytes: number; loads: ConsoleLoad[]; floorFirstPaintMs: number; runs: number };

/** Read in the page; a string, so that no transpiler helper (tsx's __name) is sent along. */
const PAGE_TIMING = `(() => {
  const paint = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  return { firstPaintMs: paint("first-paint"), firstContentfulPaintMs: paint("first-contentful-paint"), drawnMs: performance.getEntriesByName("console-drawn")[0]?.startTime ?? NaN, nodes: document.querySelectorAll("g.node, table.flows tbody tr").length };
})()`;

export async function benchConsole(runs = 7, flowCounts = [1, 50]): Promise<ConsoleResult> {
  const why = chromiumUnavailable();
  if (why) return { skipped: why };
  const browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), "bench-console-"));
  try {
    let shipped: { page: string; script: string } | undefined;
    const loads: ConsoleLoad[] = [];
    for (const flows of flowCounts) {
      const fixtures = join(dir, `tenant-${flows}.json`);
      writeFileSync(fixtures, JSON.stringify(demoTenant(flows)));
      const emulator = await startEmulatorProcess({ args: ["--fixtures", fixtures] });
      try {
        shipped ??= {
          page: await (await fetch(`${emulator.url}/`, { headers: { accept: "text/html" } })).text(),
          script: await (await fetch(`${emulator.url}/__emulator/console.js`)).text(),
        };
        const samples: Omit<ConsoleLoad, "flows">[] = [];
        for (let i = 0; i < runs + 1; i++) {
          const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
          const page = await context.newPage();
          await page.goto(`${emulator.url}/`);
          await page.waitForSelector("body[data-ready=true]");
          const timing = await page.evaluate<Omit<ConsoleLoad, "flows">>(PAGE_TIMING);
          await context.close();
          if (i > 0) samples.push(timing); // the first load warms the emulator and the browser
        }
        const med = (k: "firstPaintMs" | "firstContentfulPaintMs" | "drawnMs") => round(median(samples.map((s) => s[k])));
        loads.push({
          flows,
          nodes: samples[0].nodes,
          firstPaintMs: med("firstPaintMs"),
          firstContentfulPaintMs: med("firstContentfulPaintMs"),
          drawnMs: med("drawnMs"),
        });
      } finally {
        await emulator.stop();
      }
    }
    const floor: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto("data:text/html,<!doctype html><p>floor</p>");
      await page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0");
      if (i > 0) floor.push(await page.evaluate<number>("performance.getEntriesByName('first-paint')[0].startTime"));
      await context.close();
    }
    const bytes = (s: string) => Buffer.byteLength(s);
    const { page, script } = shipped!;
    return {
      pageBytes: bytes(page),
      scriptBytes: bytes(script),
      totalBytes: bytes(page) + bytes(script),
      totalGzipBytes: gzipSync(page).length + gzipSync(script).length,
      loads,
      floorFirstPaintMs: round(median(floor)),
      runs,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
