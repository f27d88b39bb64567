// Runs the real cdktf CLI non-interactively, with the offline fixes a local provider needs
// (cdktf-toolchain facts): a CLI config with our filesystem mirror, no telemetry, no shared
// plugin cache, and a lock file dropped whenever the provider binary it hashed has changed.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface CdktfRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CdktfOptions {
  /** The folder holding cdktf.json. */
  projectDir: string;
  /** The Terraform CLI config with our filesystem mirror. */
  cliConfig: string;
  env?: NodeJS.ProcessEnv;
  /** Stream the CLI's output to this process's terminal as well as capturing it. */
  echo?: boolean;
}

const cdktfBin = require.resolve("cdktf-cli/bundle/bin/cdktf");

function cdktfEnv(opts: CdktfOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...opts.env,
    TF_CLI_CONFIG_FILE: opts.cliConfig,
    CHECKPOINT_DISABLE: "1",
    CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1",
    TF_IN_AUTOMATION: "1",
    FORCE_COLOR: "0",
  };
}

export function runCdktf(args: string[], opts: CdktfOptions): Promise<CdktfRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cdktfBin, ...args], {
      cwd: opts.projectDir,
      env: cdktfEnv(opts),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (opts.echo) process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (opts.echo) process.stderr.write(d);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Terraform refuses a provider whose hash differs from the one in the stack's lock file. A
 * local build changes that hash on every rebuild, so the lock is dropped when the binary changed
 * and written afresh by the next `terraform init`. */
export function dropStaleLockFile(stackDir: string, providerBinary: string, markerFile: string): void {
  const hash = createHash("sha256").update(readFileSync(providerBinary)).digest("hex");
  const previous = existsSync(markerFile) ? readFileSync(markerFile, "utf8") : "";
  if (previous !== hash) {
    rmSync(join(stackDir, ".terraform.lock.hcl"), { force: true });
    writeFileSync(markerFile, hash);
  }
}
