// Headless Chromium for the console's tests and benchmark: Debian's `chromium` driven by
// playwright-core (a devDependency; the emulator itself never imports this file), started
// with the flags this offline machine needs (no background networking, which would be
// refused). Also what the tests share: whether Chromium can start at all (the tests skip only
// when it cannot, and then fail under CI=true), and every byte a loaded console received.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why Chromium cannot start here, or undefined when it can: it is run once on a blank page. */
export function chromiumUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM_PATH)) return `${CHROMIUM_PATH} is missing (apt-get install chromium)`;
  const profile = mkdtempSync(join(tmpdir(), "chromium-probe-"));
  try {
    const r = spawnSync(CHROMIUM_PATH, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, "--dump-dom", "about:blank"], { encoding: "utf8", timeout: 60_000 });
    return r.status === 0
      ? undefined
      : `${CHROMIUM_PATH} did not start (${r.error?.message ?? `exit ${r.status ?? r.signal}`}): ${(r.stderr ?? "").slice(-500)}`;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A test that needs Chromium: skipped where it cannot start, except under CI, where that fails. */
export function browserTest(): jest.It {
  const why = chromiumUnavailable();
  if (!why) return test;
  if (process.env.CI === "true" || process.env.CI === "1") {
    test("headless Chromium starts (required under CI)", () => {
      throw new Error(why);
    });
  } else {
    console.warn(`skipping the console's browser tests: ${why}`);
  }
  return test.skip;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export interface LoadedConsole {
  page: Page;
  /** Every response body the page received, by URL, but the event stream (read apart). */
  bodies: Map<string, string>;
}

/** Opens the console at `url` and waits until it has drawn the tenant. */
export async function openConsole(browser: Browser, url: string): Promise<LoadedConsole> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const bodies = new Map<string, string>();
  const pending: Promise<void>[] = [];
  page.on("response", (res) => {
    if ((res.headers()["content-type"] ?? "").startsWith("text/event-stream")) return;
    pending.push(
      res.text().then(
        (text) => void bodies.set(res.url(), text),
        () => undefined,
      ),
    );
  });
  // The base URL gets its "/"; an address with a query (?view=table) is taken as it is.
  await page.goto(new URL(url).href);
  await page.waitForSelector("body[data-ready=true]");
  await Promise.all(pending);
  return { page, bodies };
}

/** The first `ms` of the console's event stream, as text, read outside the browser. */
export async function readEvents(url: string, ms = 800): Promise<string> {
  const controller = new AbortController();
  const res = await fetch(`${url}/__emulator/events`, { signal: controller.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const stop = setTimeout(() => controller.abort(), ms);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
  } catch {
    // aborted: the stream never ends by itself
  } finally {
    clearTimeout(stop);
  }
  return text;
}
