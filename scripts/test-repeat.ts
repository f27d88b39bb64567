// `npm run test:repeat -- <n>`: the flake check. Builds once, then runs the unit project n
// times (default 10) and the integration project once, all beside a busy loop that keeps one
// core spinning (as a busy CI machine would; it ends by itself when this script ends or after
// a bound), and reports every test that failed at least once, with how often. Exit code 1 when
// any did. Each run's jest output is kept under test-output/test-repeat/, and the figures in
// test-output/test-repeat/summary.json. Each run has its own FC_SEED for the property tests
// (npm test uses a fixed one): a failure names it, and `FC_SEED=<n> npx jest <file>` replays it.
import { spawn, spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { join } from "node:path";
import { flakyTests, summarizeRun, type JestJson, type RunSummary } from "./lib/jest-runs";
import { REPO_ROOT } from "./lib/paths";

const OUT_DIR = join(REPO_ROOT, "test-output", "test-repeat");
/** The busy loop's own bound: it never outlives a forgotten run by long. */
const BUSY_MAX_MINUTES = 180;

function usage(): never {
  console.error("usage: npm run test:repeat -- [n=10] [--no-integration] [--no-load]");
  process.exit(2);
}

/** A process spinning one core until it is stopped, its parent is gone, or its bound passes. */
function startBusyLoop(): { stop(): void } {
  const spin = `const parent = Number(process.argv[1]); const end = Date.now() + Number(process.argv[2]);
    while (Date.now() < end) { for (let i = 0; i < 5e6; i++); try { process.kill(parent, 0); } catch { break; } }`;
  const child = spawn(process.execPath, ["-e", spin, String(process.pid), String(BUSY_MAX_MINUTES * 60_000)], { stdio: "ignore" });
  return { stop: () => void child.kill("SIGKILL") };
}

function runJest(label: string, project: string): Promise<RunSummary & { seed: number }> {
  const report = join(OUT_DIR, `${label}.json`);
  const log = openSync(join(OUT_DIR, `${label}.log`), "w");
  rmSync(report, { force: true });
  const started = Date.now();
  const jest = require.resolve("jest/bin/jest");
  // A new seed each run, so property tests search beyond the fixed sample `npm test` uses.
  const seed = randomInt(1, 2 ** 31 - 1);
  const env = { ...process.env, FC_SEED: String(seed) };
  const child = spawn(process.execPath, [jest, "--ci", "--selectProjects", project, "--json", `--outputFile=${report}`], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", log, log],
  });
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      closeSync(log);
      const json = existsSync(report) ? (JSON.parse(readFileSync(report, "utf8")) as JestJson) : undefined;
      resolve({ ...summarizeRun(label, Math.round((Date.now() - started) / 1000), json, code, REPO_ROOT), seed });
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  const counts = args.filter((a) => !a.startsWith("--"));
  for (const f of flags) if (!["--no-integration", "--no-load"].includes(f)) usage();
  const n = counts.length ? Number(counts[0]) : 10;
  if (!Number.isInteger(n) || n < 1 || counts.length > 1) usage();

  mkdirSync(OUT_DIR, { recursive: true });
  const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: REPO_ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build failed");

  const busy = flags.has("--no-load") ? undefined : startBusyLoop();
  const runs: RunSummary[] = [];
  const plan = [...Array.from({ length: n }, (_, i) => [`unit-${i + 1}`, "unit"]), ...(flags.has("--no-integration") ? [] : [["integration", "integration"]])];
  try {
    for (const [label, project] of plan) {
      const run = await runJest(label, project);
      runs.push(run);
      console.log(
        `${label}: ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped, ${run.seconds} s, FC_SEED=${run.seed}${run.failures.length ? ` — ${run.failures.map((f) => f.test).join("; ")}` : ""}`,
      );
    }
  } finally {
    busy?.stop();
  }

  const flaky = flakyTests(runs);
  const load = busy ? "beside a busy loop on one core" : "without added load";
  console.log(`\n${runs.length} runs (${n} unit${plan.length > n ? ", 1 integration" : ""}) ${load}, ${runs.reduce((s, r) => s + r.seconds, 0)} s in all.`);
  if (flaky.length === 0) console.log("No test failed in any run.");
  else {
    console.log(`Tests that failed at least once (${flaky.length}):`);
    for (const f of flaky) console.log(`  ${f.failedRuns.length}x ${f.test} [${f.failedRuns.join(", ")}]\n      ${f.message}`);
  }
  writeFileSync(join(OUT_DIR, "summary.json"), JSON.stringify({ n, load: Boolean(busy), runs, flaky }, null, 2) + "\n");
  process.exitCode = flaky.length ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
