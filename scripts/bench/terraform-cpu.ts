// CPU time of whole terraform commands: terraform itself and the provider processes it starts
// and reaps. A `terraform` first on PATH runs the real one and writes the shell's `times` (the
// user and system time of its finished children) to a file. With the providers' own CPU time
// (memory-probe.ts) subtracted, what is left is Terraform's own work for a plan: the part no
// provider can make smaller.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TerraformCpuProbe {
  /** Environment to add to the terraform run that is measured. */
  env: Record<string, string>;
  /** CPU time in ms (user + system) of the last measured command and its children. */
  cpuMs(): number;
  cleanup(): void;
}

export function terraformCpuProbe(): TerraformCpuProbe {
  const dir = mkdtempSync(join(tmpdir(), "bench-tf-cpu-"));
  const out = join(dir, "times.txt");
  const real = execFileSync("sh", ["-c", "command -v terraform"], { encoding: "utf8" }).trim();
  const wrapper = join(dir, "terraform");
  writeFileSync(wrapper, `#!/bin/sh\n${JSON.stringify(real)} "$@"\ncode=$?\ntimes > ${JSON.stringify(out)}\nexit $code\n`);
  chmodSync(wrapper, 0o755);
  return {
    env: { PATH: `${dir}:${process.env.PATH ?? ""}` },
    cpuMs: () => {
      if (!existsSync(out)) throw new Error("no CPU time was recorded: did terraform run through the probe?");
      // Two lines, the shell's own times and its children's: "0m3.690s 0m0.680s".
      const children = readFileSync(out, "utf8").trim().split("\n").at(-1) ?? "";
      const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(([, m, s]) => Number(m) * 60 + Number(s));
      if (seconds.length !== 2) throw new Error(`unexpected output of times: ${children}`);
      return Math.round((seconds[0] + seconds[1]) * 1000);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
