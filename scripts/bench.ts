// `npm run bench`: the provider's figures, each beside its floor measured in the same run.
// Prints a table and writes bench-results.json. Needs `npm run build` first (it runs the
// built provider, emulator and constructs library). Not part of `npm test`.
// `npm run bench -- --provider <file>` measures another build of the provider (a copy of
// dist/bin/terraform-provider-streamkap built from another commit), for A/B comparisons.
// `npm run bench -- --only flows,startup` runs only the named steps (startup, flows, sources,
// apply, synth, console).
// `npm run bench -- --profile [--flows N]` measures nothing: it builds an unminified provider,
// profiles its processes during one plan of N existing flows (100: 300 objects) and prints
// where their CPU time goes, keeping the .cpuprofile files (open them in Chrome's DevTools).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { benchConsole } from "./bench/console";
import { cpuProfiler, printProfileSummary, summarizeProfiles } from "./bench/cpu-profile";
import type { BenchResults } from "./bench/report";
import { benchStartup } from "./bench/startup";
import { benchSynth } from "./bench/synth";
import {
  benchApply,
  benchFlowApply,
  benchFlowPlan,
  benchLargeTenant,
  benchPlanOverhead,
  benchRefresh,
  cleanPlan,
  deployedFlows,
  withEmulator,
} from "./bench/terraform-benches";
import { printTable } from "./bench/report";
import { PROVIDER_BINARY, REPO_ROOT } from "./lib/paths";

const libraryDir = join(REPO_ROOT, "dist", "constructs");
const APPLY_LATENCY_MS = 50;
const STEPS = ["startup", "flows", "sources", "apply", "synth", "console"] as const;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}

function machine() {
  const terraform = execFileSync("terraform", ["version", "-json"], {
    env: { ...process.env, CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: "/dev/null" },
  }).toString();
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    node: process.version,
    terraform: (JSON.parse(terraform) as { terraform_version: string }).terraform_version,
    platform: `${process.platform}_${process.arch}`,
  };
}

/** One plan of `flows` existing flows with every provider process profiled. */
async function profile(flows: number): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "bench-profile-"));
  const outDir = join(REPO_ROOT, "bench-profiles");
  rmSync(outDir, { recursive: true, force: true });
  try {
    const providerBinary = join(work, "terraform-provider-streamkap");
    process.stderr.write("bench: building an unminified provider for the profile...\n");
    execFileSync(
      process.execPath,
      [join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(REPO_ROOT, "scripts", "build.ts"), "--profiling-provider", providerBinary],
      { stdio: "inherit" },
    );
    await withEmulator(["--deploy-ms", "0"], async (emulator) => {
      process.stderr.write(`bench: deploying ${flows} flows...\n`);
      const ws = await deployedFlows({ emulator, providerBinary }, "profile", flows);
      try {
        await cleanPlan(ws, "before profiling");
        const profiler = cpuProfiler(outDir);
        const plan = await ws.plan([], { env: profiler.env });
        if (plan.code !== 0) throw new Error(`the profiled plan was not clean (exit ${plan.code}):\n${plan.stderr}`);
        printProfileSummary(`plan of ${flows} flows (${3 * flows} objects)`, summarizeProfiles(profiler.files(), providerBinary));
        console.log(`\nprofiles in ${outDir}`);
        await ws.destroy(["-parallelism=50"]);
      } finally {
        ws.cleanup();
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes("--profile")) return profile(Number(argument("--flows") ?? 100));
  const providerBinary = argument("--provider") ? resolve(argument("--provider")!) : PROVIDER_BINARY;
  const only = argument("--only")?.split(",");
  const unknown = only?.filter((s) => !(STEPS as readonly string[]).includes(s));
  if (unknown?.length) throw new Error(`unknown step(s) ${unknown.join(", ")}: the steps are ${STEPS.join(", ")}`);
  const runs = (name: (typeof STEPS)[number]) => !only || only.includes(name);
  for (const f of [providerBinary, libraryDir]) if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build first`);
  const step = (name: string) => process.stderr.write(`bench: ${name}...\n`);
  const results: Partial<BenchResults> = {};

  // Every step needs the node -e 0 floor, which the start-up step measures.
  step("start-up");
  const startup = (results.startup = await benchStartup(providerBinary, runs("startup") ? 41 : 11));
  if (runs("flows")) {
    step("plan and apply of whole flows");
    results.flows = await withEmulator(["--deploy-ms", "0"], async (emulator) => ({
      plans: [await benchFlowPlan({ emulator, providerBinary }, 100, 7), await benchFlowPlan({ emulator, providerBinary }, 334, 3)],
      apply: await benchFlowApply({ emulator, providerBinary }, 100),
    }));
  }
  if (runs("sources")) {
    step("plan overhead and refresh");
    Object.assign(
      results,
      await withEmulator(["--deploy-ms", "0"], async (emulator) => ({
        planOverhead: await benchPlanOverhead({ emulator, providerBinary }, startup.nodeFloorMedianMs),
        refresh: await benchRefresh({ emulator, providerBinary }),
        largeTenant: await benchLargeTenant({ emulator, providerBinary }),
      })),
    );
  }
  if (runs("apply")) {
    step("apply at scale");
    results.apply = await withEmulator(["--deploy-ms", "0", "--latency-ms", String(APPLY_LATENCY_MS)], (emulator) =>
      benchApply({ emulator, providerBinary }, APPLY_LATENCY_MS, startup.nodeFloorMedianMs),
    );
  }
  if (runs("synth")) {
    step("synth");
    results.synth = await benchSynth(libraryDir, 500);
  }
  if (runs("console")) {
    step("console in headless Chromium");
    results.console = await benchConsole();
  }

  const all = { date: new Date().toISOString(), machine: machine(), provider: providerBinary, ...results };
  const out = join(REPO_ROOT, "bench-results.json");
  writeFileSync(out, JSON.stringify(all, null, 2) + "\n");
  printTable(all);
  console.log(`\nwritten to ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
