// Bundles the echo provider into one executable file, the way scripts/build.ts bundles the
// real provider, so tests exercise the same single-file shape Terraform runs.
import { build } from "esbuild";
import { chmodSync } from "node:fs";
import { join } from "node:path";

export async function bundleEchoProvider(outfile: string): Promise<string> {
  await build({
    entryPoints: [join(__dirname, "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "warning",
  });
  chmodSync(outfile, 0o755);
  return outfile;
}
