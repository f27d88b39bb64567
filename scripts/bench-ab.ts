// `npm run bench:ab -- <provider A> <provider B> [--sources N] [--plans R]`: an A/B of two
// builds of the provider (copies of dist/bin/terraform-provider-streamkap made from two
// commits), measured in the same minutes: start-up to handshake (41 starts each, interleaved)
// and R plans each of N existing sources, alternating A and B, against the built emulator.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TerraformWorkspace } from "./lib/terraform-workspace";
import { benchStartup } from "./bench/startup";
import { median, round, timed } from "./bench/stats";
import { cleanPlan, deployedSources, withEmulator } from "./bench/terraform-benches";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

async function main(): Promise<void> {
  const binaries = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--")).map((b) => resolve(b));
  if (binaries.length !== 2 || !binaries.every(existsSync)) throw new Error("usage: npm run bench:ab -- <provider A> <provider B> [--sources N] [--plans R]");
  const sources = option("--sources", 1);
  const plans = option("--plans", 15);

  for (const binary of binaries) console.log(`start-up ${binary}: ${JSON.stringify(await benchStartup(binary, 41))}`);

  await withEmulator(["--deploy-ms", "0"], async (emulator) => {
    const workspaces: TerraformWorkspace[] = [];
    try {
      for (const [i, providerBinary] of binaries.entries()) workspaces.push(await deployedSources({ emulator, providerBinary }, `ab-${i}`, sources));
      const times: number[][] = binaries.map(() => []);
      for (let r = 0; r < plans; r++) {
        for (const [i, ws] of workspaces.entries()) times[i].push((await timed(() => cleanPlan(ws, `with ${binaries[i]}`))).ms);
      }
      binaries.forEach((b, i) => console.log(`plan of ${sources} source(s) ${b}: median ${round(median(times[i]))} ms, fastest ${round(Math.min(...times[i]))} ms (${plans} plans)`));
      for (const ws of workspaces) await ws.destroy(["-parallelism=50"]);
    } finally {
      for (const ws of workspaces) ws.cleanup();
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
