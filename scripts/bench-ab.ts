// `npm run bench:ab -- <provider A> <provider B> [<C> ...] [--sources N | --flows N] [--plans R] [--starts S]`:
// an A/B of two (or more) builds of the provider (copies of dist/bin/terraform-provider-streamkap
// made from successive commits), measured in the same minutes: start-up to handshake (S starts
// each, interleaved with `node -e 0`; 41 by default, 0 skips it) and R plans each of N existing
// sources (or N whole flows of 3 objects each), the builds and a plan of as many terraform_data
// in rotation, against the built emulator. Each plan reports its wall time and the CPU time of
// its provider processes: on a shared machine wall time mostly measures the others' load.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TerraformWorkspace } from "./lib/terraform-workspace";
import { benchStartups } from "./bench/startup";
import { memoryProbe } from "./bench/memory-probe";
import { terraformCpuProbe } from "./bench/terraform-cpu";
import { median, round, timed } from "./bench/stats";
import { appliedTerraformData, cleanPlan, deployedFlows, deployedSources, withEmulator } from "./bench/terraform-benches";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

async function main(): Promise<void> {
  const binaries = process.argv
    .slice(2)
    .filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"))
    .map((b) => resolve(b));
  if (binaries.length < 2 || !binaries.every(existsSync))
    throw new Error("usage: npm run bench:ab -- <provider A> <provider B> [<C> ...] [--sources N | --flows N] [--plans R] [--starts S]");
  const flows = option("--flows", 0);
  const sources = option("--sources", 1);
  const plans = option("--plans", 15);
  const starts = option("--starts", 41);
  const what = flows > 0 ? `${flows} flows (${3 * flows} objects)` : `${sources} source(s)`;

  if (starts > 0) (await benchStartups(binaries, starts)).forEach((r, i) => console.log(`start-up ${binaries[i]}: ${JSON.stringify(r)}`));

  await withEmulator(["--deploy-ms", "0"], async (emulator) => {
    const workspaces: TerraformWorkspace[] = [];
    try {
      for (const [i, providerBinary] of binaries.entries()) {
        const endpoint = { emulator, providerBinary };
        workspaces.push(flows > 0 ? await deployedFlows(endpoint, `ab-${i}`, flows) : await deployedSources(endpoint, `ab-${i}`, sources));
      }
      // Terraform's own plan of as many terraform_data resources, in the same rotation.
      const floor = await appliedTerraformData(flows > 0 ? 3 * flows : sources);
      workspaces.push(floor);
      const labels = [...binaries, `${flows > 0 ? 3 * flows : sources} terraform_data (no provider)`];
      const times: number[][] = labels.map(() => []);
      // CPU time of a plan's provider processes, summed: on a shared machine the steadier figure.
      const cpu: number[][] = binaries.map(() => []);
      // And terraform's own: the whole command's CPU time minus the providers'.
      const terraformCpu: number[][] = labels.map(() => []);
      const probe = memoryProbe();
      const commandCpu = terraformCpuProbe();
      try {
        for (let r = 0; r < plans; r++) {
          for (const [i, ws] of workspaces.entries()) {
            probe.reset();
            times[i].push((await timed(() => cleanPlan(ws, `with ${labels[i]}`, { ...probe.env, ...commandCpu.env }))).ms);
            const providers = i < binaries.length ? probe.cpuMs().reduce((a, b) => a + b, 0) : 0;
            if (i < binaries.length) cpu[i].push(providers);
            terraformCpu[i].push(commandCpu.cpuMs() - providers);
          }
        }
      } finally {
        probe.cleanup();
        commandCpu.cleanup();
      }
      const floorMedian = median(times[labels.length - 1]);
      labels.forEach((b, i) =>
        console.log(
          `plan of ${i < binaries.length ? what : "the floor"} ${b}: median ${round(median(times[i]))} ms (${round(median(times[i]) / floorMedian, 2)}x the floor), fastest ${round(Math.min(...times[i]))} ms` +
            (i < binaries.length ? `; provider CPU median ${round(median(cpu[i]))} ms, least ${Math.min(...cpu[i])} ms` : "") +
            `; terraform's own CPU median ${round(median(terraformCpu[i]))} ms` +
            ` (${plans} plans)`,
        ),
      );
      for (const ws of workspaces.slice(0, binaries.length)) await ws.destroy(["-parallelism=50"]);
    } finally {
      for (const ws of workspaces) ws.cleanup();
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
