// Start-up: spawn the provider as Terraform does (magic cookie, protocol list, a client
// certificate for AutoMTLS) and time it until the handshake line, against `node -e 0`.
import { spawn } from "node:child_process";
import { generateServerCertificate } from "../../provider/plugin/certificate";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../../provider/plugin/handshake";
import { median, round } from "./stats";

export interface StartupResult {
  runs: number;
  providerMedianMs: number;
  nodeFloorMedianMs: number;
  ratio: number;
}

/** Time from spawn until the first stdout line (the handshake), then SIGTERM and wait. */
function timeToHandshake(binary: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(binary, [], { env, stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    let took: number | undefined;
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (took === undefined && out.includes("\n")) {
        took = performance.now() - start;
        if (!out.startsWith("1|6|")) reject(new Error(`not a handshake line: ${out}`));
        child.kill("SIGTERM");
      }
    });
    child.on("error", reject);
    child.on("exit", () => {
      clearTimeout(timer);
      if (took === undefined) reject(new Error("the provider exited without a handshake line"));
      else resolve(took);
    });
  });
}

/** Time from spawn until exit of `node -e 0`: the floor every Node process pays. */
function timeNodeFloor(): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", () => resolve(performance.now() - start));
  });
}

export async function benchStartup(binary: string, runs = 41): Promise<StartupResult> {
  return (await benchStartups([binary], runs))[0];
}

/** Several builds' start-ups, interleaved with each other and with the floor (one floor for all). */
export async function benchStartups(binaries: string[], runs = 41): Promise<StartupResult[]> {
  const env = {
    ...process.env,
    [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: "6,5",
    PLUGIN_CLIENT_CERT: generateServerCertificate().certPem,
  };
  const provider: number[][] = binaries.map(() => []);
  const floor: number[] = [];
  // One warm-up of each (page cache, code cache), then interleaved runs so that machine noise
  // hits all alike.
  for (const binary of binaries) await timeToHandshake(binary, env);
  await timeNodeFloor();
  for (let i = 0; i < runs; i++) {
    for (const [b, binary] of binaries.entries()) provider[b].push(await timeToHandshake(binary, env));
    floor.push(await timeNodeFloor());
  }
  const nodeFloorMedianMs = round(median(floor));
  return provider.map((times) => {
    const providerMedianMs = round(median(times));
    return { runs, providerMedianMs, nodeFloorMedianMs, ratio: round(providerMedianMs / nodeFloorMedianMs, 2) };
  });
}
