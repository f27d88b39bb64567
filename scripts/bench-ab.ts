// `npm run bench:ab -- <provider A> <provider B> [--sources N] [--plans R]`: an A/B of two
// builds of the provider (copies of dist/bin/terraform-provider-streamkap made from two
// commits), measured in the same minutes: start-up to handshake (41 starts each, interleaved)
// and R plans each of N existing sources, alternating A and B, against the built emulator.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { TerraformWorkspace, workspaceWithProvider } from "../test/support/terraform";
import { sourcesHcl } from "./bench/fixtures";
import { benchStartup } from "./bench/startup";
import { median, round, timed } from "./bench/stats";
import { startEmulatorProcess } from "./lib/emulator-process";
import { PROVIDER_ADDRESS, PROVIDER_VERSION } from "./lib/provider-address";

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

  const dataDir = mkdtempSync(join(tmpdir(), "bench-ab-"));
  const emulator = await startEmulatorProcess({ dataDir, args: ["--deploy-ms", "0"] });
  const workspaces: TerraformWorkspace[] = [];
  try {
    for (const [i, binary] of binaries.entries()) {
      const env = { STREAMKAP_HOST: emulator.url, STREAMKAP_CLIENT_ID: emulator.clientId, STREAMKAP_SECRET: emulator.secret };
      const ws = workspaceWithProvider({ binary, address: PROVIDER_ADDRESS, version: PROVIDER_VERSION, env });
      workspaces.push(ws);
      ws.writeConfig(sourcesHcl(`ab-${i}`, sources));
      await ws.init();
      await ws.apply(["-parallelism=10"]);
    }
    const times: number[][] = binaries.map(() => []);
    for (let r = 0; r < plans; r++) {
      for (const [i, ws] of workspaces.entries()) {
        const { ms, value } = await timed(() => ws.plan());
        if (value.code !== 0) throw new Error(`plan with ${binaries[i]} was not clean:\n${value.stdout}\n${value.stderr}`);
        times[i].push(ms);
      }
    }
    binaries.forEach((b, i) => console.log(`plan of ${sources} source(s) ${b}: median ${round(median(times[i]))} ms, fastest ${round(Math.min(...times[i]))} ms (${plans} plans)`));
    for (const ws of workspaces) await ws.destroy(["-parallelism=50"]);
  } finally {
    for (const ws of workspaces) ws.cleanup();
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
