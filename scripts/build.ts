// Builds the two executables as single files (no node_modules beside them: the provider is
// symlinked into .terraform/ from a filesystem mirror; the emulator carries its console's
// page and script) and the constructs library.
// `--profiling-provider <file>` builds only a provider for CPU profiles (`npm run bench --
// --profile`): not minified, so that a profile names functions and the `// <path>` comment
// above each module says where they come from, and without the code-cache loader, so that a
// profile's line numbers are the file's.
import { build, type BuildOptions } from "esbuild";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { basename, join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { emulatorBundleOptions } from "../emulator/console/build-script";
import { encodedSchemaResponse } from "../provider/schema-response";
import { codeCacheLoader } from "./lib/code-cache-loader";
import { compressedJson } from "./lib/compressed-json";
import { writeProviderZip } from "./lib/provider-archive";
import { packageInfo } from "../constructs/cli/package-info";
import { BIN_DIR, EMULATOR_BINARY, PROVIDER_BINARY, REPO_ROOT } from "./lib/paths";

interface Executable {
  entry: string;
  outfile: string;
  /** What this executable's bundle needs beyond the common options. */
  bundle?: BuildOptions;
  /** Keep V8's compiled code between starts (scripts/lib/code-cache-loader.ts). */
  codeCache?: boolean;
  /** V8 flags the executable sets for itself (only with codeCache: the loader sets them). */
  v8Flags?: string[];
  minify?: boolean;
}

async function executables(): Promise<Executable[]> {
  return [
    {
      entry: "provider/main.ts",
      outfile: PROVIDER_BINARY,
      bundle: {
        // axios' multipart support, which the provider never uses (see the module's comment).
        alias: { "form-data": join(REPO_ROOT, "provider/streamkap/api/transport/no-form-data.ts") },
        // The provider's schema answer, computed once here (provider/schema-response.ts).
        define: { STREAMKAP_SCHEMA_RESPONSE: JSON.stringify(brotliCompressSync(await encodedSchemaResponse()).toString("base64")) },
        // The connector catalog, needed only once the provider builds its schemas.
        plugins: [compressedJson(/[\\/]catalog[\\/][^\\/]+\.json$/)],
      },
      // The provider starts several times per terraform command.
      codeCache: true,
      // A provider process lives a few seconds: on V8's default budget its optimizing
      // compiler spent about a quarter of a 300-object plan's CPU on functions whose calls
      // never paid the compile back. Eight times the budget optimizes only the really hot
      // ones (docs/benchmarks.md).
      v8Flags: ["--interrupt-budget=1048576"],
    },
    // The console's browser script, bundled here and put in as a constant (emulator/console/).
    { entry: "emulator/cli.ts", outfile: EMULATOR_BINARY, bundle: emulatorBundleOptions() },
  ];
}

// --executables builds only the two bundles (what `npm run generate` needs before the
// bindings it regenerates can compile).
const executablesOnly = process.argv.includes("--executables");
const profilingIndex = process.argv.indexOf("--profiling-provider");
const profilingOutfile = profilingIndex < 0 ? undefined : process.argv[profilingIndex + 1];

async function main(): Promise<void> {
  mkdirSync(BIN_DIR, { recursive: true });
  const all = await executables();
  const chosen = profilingOutfile ? [{ ...all[0], outfile: profilingOutfile, codeCache: false, minify: false }] : all;
  await Promise.all(
    chosen.map(async ({ entry, outfile, bundle, codeCache, v8Flags, minify = true }) => {
      await build({
        entryPoints: [join(REPO_ROOT, entry)],
        outfile,
        bundle: true,
        platform: "node",
        target: "node20",
        format: "cjs",
        minify,
        legalComments: "none",
        banner: { js: "#!/usr/bin/env node" },
        loader: { ".proto": "text" },
        logLevel: "warning",
        ...bundle,
      });
      if (codeCache) writeFileSync(outfile, codeCacheLoader(readFileSync(outfile, "utf8"), basename(outfile), v8Flags));
      chmodSync(outfile, 0o755);
    }),
  );
  if (profilingOutfile) return;
  // The provider zipped as a registry serves it: install-provider puts it into a packed mirror
  // and the lock file entry hashes it (constructs/cli/provider-lock.ts).
  const { providerArchive, providerEntryName } = packageInfo();
  await writeProviderZip(readFileSync(PROVIDER_BINARY), providerEntryName, providerArchive);
  if (executablesOnly) return;
  // The constructs library (what users import) is plain tsc output with declarations.
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(REPO_ROOT, "tsconfig.lib.json")], {
    stdio: "inherit",
  });
  // The package's command (npx cdktf-streamkap ...) is part of that output.
  chmodSync(join(REPO_ROOT, "dist", "constructs", "cli", "main.js"), 0o755);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
