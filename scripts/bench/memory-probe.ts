// Peak RSS of provider processes: a preload script, given to them through NODE_OPTIONS, that
// appends the process's VmHWM (Linux high-water mark of resident memory) to a file on exit.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface MemoryProbe {
  /** Environment to add to the terraform run whose provider processes are measured. */
  env: Record<string, string>;
  /** Peak RSS in MiB of every process that exited so far, in exit order. */
  peaksMiB(): number[];
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
    if (m) fs.appendFileSync(${JSON.stringify(out)}, m[1] + "\\n");
  } catch {}
});
`
  );
  return {
    env: { NODE_OPTIONS: `--require ${preload}` },
    peaksMiB: () =>
      existsSync(out)
        ? readFileSync(out, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((kb) => Math.round((Number(kb) / 1024) * 10) / 10)
        : [],
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
