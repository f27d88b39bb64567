// npm run package [-- --out <dir>] [-- --sea]: provider archives, SHA256SUMS, registry manifest
// and a mirror folder (see scripts/lib/provider-release.ts) in dist/release.
// --sea: one archive for this machine's platform whose executable is a Node single executable
// application (no Node needed where Terraform runs), in dist/release-sea.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { MIRROR_ADDRESSES, PROVIDER_VERSION } from "./lib/provider-address";
import { terraformPlatform } from "./lib/terraform-mirror";
import { writeRelease } from "./lib/provider-release";
import { buildSeaExecutable } from "./lib/sea";
import { PROVIDER_BINARY, REPO_ROOT } from "./lib/paths";

const bundle = PROVIDER_BINARY;
// The bundle is a `#!/usr/bin/env node` script: the same file runs on every platform that has
// Node and a POSIX exec. Windows cannot run it (Terraform wants a .exe there).
const SCRIPT_PLATFORMS = ["darwin_amd64", "darwin_arm64", "freebsd_amd64", "linux_amd64", "linux_arm64"];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const sea = process.argv.includes("--sea");
  const outDir = resolve(option("--out") ?? join(REPO_ROOT, "dist", sea ? "release-sea" : "release"));
  let executable = bundle;
  let work: string | undefined;
  if (sea) {
    if (process.platform !== "linux") throw new Error("--sea is built and tested on Linux only (macOS needs codesign, Windows a .exe)");
    work = mkdtempSync(join(tmpdir(), "streamkap-sea-out-"));
    executable = join(work, "terraform-provider-streamkap");
    buildSeaExecutable(bundle, executable);
  }
  try {
    const result = await writeRelease({
      executable,
      version: PROVIDER_VERSION,
      platforms: sea ? [terraformPlatform()] : SCRIPT_PLATFORMS,
      addresses: MIRROR_ADDRESSES,
      outDir,
    });
    const rel = (f: string) => relative(process.cwd(), f) || ".";
    for (const a of result.archives) console.log(`${rel(a.file)}  ${a.h1}`);
    console.log(`${rel(result.manifest)}\n${rel(result.sums)}\nmirror (packed filesystem_mirror, or network_mirror over HTTPS): ${rel(result.mirrorDir)}`);
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
