// Synth of a stack of N StreamkapSource constructs, in a fresh Node process (the built
// constructs library, as users import it): its time and its peak memory.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SOURCE_CONFIG } from "./fixtures";

export interface SynthResult {
  constructs: number;
  /** Building the constructs and app.synth(), inside the process. */
  synthMs: number;
  /** The whole process: Node start, loading cdktf and the library, synth. */
  processMs: number;
  peakRssMiB: number;
}

export async function benchSynth(libraryDir: string, count = 500): Promise<SynthResult> {
  const dir = mkdtempSync(join(tmpdir(), "bench-synth-"));
  try {
    const script = join(dir, "synth.js");
    writeFileSync(
      script,
      `const { App, TerraformStack, TerraformVariable } = require(${JSON.stringify(require.resolve("cdktf"))});
const { StreamkapProvider, StreamkapSource } = require(${JSON.stringify(libraryDir)});
const start = performance.now();
const app = new App({ outdir: ${JSON.stringify(join(dir, "out"))} });
const stack = new TerraformStack(app, "bench");
new StreamkapProvider(stack, "streamkap", {});
const password = new TerraformVariable(stack, "db_password", { type: "string", sensitive: true });
const config = ${JSON.stringify(SOURCE_CONFIG)};
for (let i = 0; i < ${count}; i++) {
  new StreamkapSource(stack, "s" + i, { name: "synth-" + i, connector: "postgresql", config: { ...config, "database.password": password.value } });
}
app.synth();
const synthMs = performance.now() - start;
console.log(JSON.stringify({ synthMs, maxRssKb: process.resourceUsage().maxRSS }));
`,
    );
    const start = performance.now();
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [script], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (err += d));
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`synth exited ${code}: ${err}`))));
    });
    const processMs = performance.now() - start;
    const { synthMs, maxRssKb } = JSON.parse(stdout.trim().split("\n").pop()!) as { synthMs: number; maxRssKb: number };
    return { constructs: count, synthMs: Math.round(synthMs), processMs: Math.round(processMs), peakRssMiB: Math.round(maxRssKb / 102.4) / 10 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
