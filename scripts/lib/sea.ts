// A Node single executable application (SEA) of the provider: the node binary with the bundle
// injected, so that Terraform can run the provider where no Node is installed (a remote runner).
// Node 20 builds the blob itself (--experimental-sea-config); postject injects it. The result is
// for the platform of the node that builds it; on macOS it must be re-signed (codesign) after.
import { execFileSync } from "node:child_process";
import { copyFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The fuse postject flips so that node runs the injected blob (documented by Node's SEA guide). */
const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

export function buildSeaExecutable(bundlePath: string, outFile: string): void {
  const work = mkdtempSync(join(tmpdir(), "streamkap-sea-"));
  try {
    // The SEA runs its main script as CommonJS: drop the #! line the bundle starts with.
    const main = join(work, "provider.js");
    writeFileSync(main, readFileSync(bundlePath, "utf8").replace(/^#!.*\n/, ""));
    const blob = join(work, "sea-prep.blob");
    const config = join(work, "sea-config.json");
    writeFileSync(config, JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true }));
    execFileSync(process.execPath, ["--experimental-sea-config", config], { stdio: "pipe" });
    copyFileSync(process.execPath, outFile);
    chmodSync(outFile, 0o755);
    const postject = require.resolve("postject/dist/cli.js");
    execFileSync(process.execPath, [postject, outFile, "NODE_SEA_BLOB", blob, "--sentinel-fuse", SEA_FUSE], { stdio: "pipe" });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
