// `npm run bench`: the figures of issue 6, each beside its floor measured in the same run.
// Prints a table and writes bench-results.json. Needs `npm run build` first (it runs the
// built provider, emulator and constructs library). Not part of `npm test`.
// `npm run bench -- --provider <file>` measures another build of the provider (a copy of
// dist/bin/terraform-provider-streamkap built from another commit), for A/B comparisons.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { benchConsole } from "./bench/console";
import { benchStartup } from "./bench/startup";
import { benchSynth } from "./bench/synth";
import { benchApply, benchLargeTenant, benchPlanOverhead, benchRefresh, withEmulator } from "./bench/terraform-benches";
import { printTable } from "./bench/report";
import { PROVIDER_BINARY, REPO_ROOT } from "./lib/paths";

const providerBinary = providerArgument() ?? PROVIDER_BINARY;
const libraryDir = join(REPO_ROOT, "dist", "constructs");
const APPLY_LATENCY_MS = 50;

function providerArgument(): string | undefined {
  const i = process.argv.indexOf("--provider");
  if (i < 0) return undefined;
  const file = process.argv[i + 1];
  if (!file) throw new Error("--provider needs the path of a provider executable");
  return resolve(file);
}

function machine() {
  const terraform = execFileSync("terraform", ["version", "-json"], { env: { ...process.env, CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: "/dev/null" } }).toString();
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    node: process.version,
    terraform: (JSON.parse(terraform) as { terraform_version: string }).terraform_version,
    platform: `${process.platform}_${process.arch}`,
  };
}

async function main(): Promise<void> {
  for (const f of [providerBinary, libraryDir]) if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build first`);
  const step = (name: string) => process.stderr.write(`bench: ${name}...\n`);

  step("start-up");
  const startup = await benchStartup(providerBinary, 41);
  step("plan overhead and refresh");
  const { planOverhead, refresh, largeTenant } = await withEmulator(["--deploy-ms", "0"], async (emulator) => ({
    planOverhead: await benchPlanOverhead({ emulator, providerBinary }, startup.nodeFloorMedianMs),
    refresh: await benchRefresh({ emulator, providerBinary }),
    largeTenant: await benchLargeTenant({ emulator, providerBinary }),
  }));
  step("apply at scale");
  const apply = await withEmulator(["--deploy-ms", "0", "--latency-ms", String(APPLY_LATENCY_MS)], (emulator) =>
    benchApply({ emulator, providerBinary }, APPLY_LATENCY_MS, startup.nodeFloorMedianMs)
  );
  step("synth");
  const synth = await benchSynth(libraryDir, 500);
  step("console in headless Chromium");
  const consoleLoad = await benchConsole();

  const results = { date: new Date().toISOString(), machine: machine(), provider: providerBinary, startup, planOverhead, refresh, largeTenant, apply, synth, console: consoleLoad };
  const out = join(REPO_ROOT, "bench-results.json");
  writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  printTable(results);
  console.log(`\nwritten to ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
