// Peak RSS and CPU time of provider processes: a preload script, given to them through
// NODE_OPTIONS, that appends the process's VmHWM (Linux high-water mark of resident memory) and
// its CPU time (user + system, process.cpuUsage()) to a file on exit. CPU time is what an A/B on
// a shared machine can compare: wall time there mostly measures the other processes.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface MemoryProbe {
  /** Environment to add to the terraform run whose provider processes are measured. */
  env: Record<string, string>;
  /** Peak RSS in MiB of every process that exited so far, in exit order. */
  peaksMiB(): number[];
  /** CPU time in ms (user + system) of every process that exited so far, in exit order. */
  cpuMs(): number[];
  /** Forget the processes seen so far (the next command's are counted alone). */
  reset(): void;
  cleanup(): void;
}

export function memoryProbe(): MemoryProbe {
  const dir = mkdtempSync(join(tmpdir(), "bench-mem-"));
  const out = join(dir, "peaks.txt");
  const preload = join(dir, "hwm.js");
  writeFileSync(
    preload,
    `const fs = require("fs");
process.on("exit", () => {
  try {
    const m = /VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    const cpu = process.cpuUsage();
    if (m) fs.appendFileSync(${JSON.stringify(out)}, m[1] + " " + Math.round((cpu.user + cpu.system) / 1000) + "\\n");
  } catch {}
});
`,
  );
  const lines = () =>
    existsSync(out)
      ? readFileSync(out, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => line.split(" ").map(Number))
      : [];
  return {
    env: { NODE_OPTIONS: `--require ${preload}` },
    peaksMiB: () => lines().map(([kb]) => Math.round((kb / 1024) * 10) / 10),
    cpuMs: () => lines().map(([, ms]) => ms),
    reset: () => rmSync(out, { force: true }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
