// Builds the two executables as single files (no node_modules beside them: the provider is
// symlinked into .terraform/ from a filesystem mirror) and the constructs library.
import { build } from "esbuild";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { codeCacheLoader } from "./lib/code-cache-loader";
import { encodedSchemaResponse } from "../provider/schema-response";

const root = join(__dirname, "..");
const bin = join(root, "dist", "bin");

const executables: Record<string, string> = {
  "terraform-provider-streamkap": "provider/main.ts",
  "streamkap-emulator": "emulator/cli.ts",
};

// --executables builds only the two bundles (what `npm run generate` needs before the
// bindings it regenerates can compile).
const executablesOnly = process.argv.includes("--executables");

async function main(): Promise<void> {
  mkdirSync(bin, { recursive: true });
  const schemaResponse = (await encodedSchemaResponse()).toString("base64");
  await Promise.all(
    Object.entries(executables).map(async ([name, entry]) => {
      const outfile = join(bin, name);
      await build({
        entryPoints: [join(root, entry)],
        outfile,
        bundle: true,
        platform: "node",
        target: "node20",
        format: "cjs",
        minify: true,
        legalComments: "none",
        banner: { js: "#!/usr/bin/env node" },
        loader: { ".proto": "text" },
        // axios' multipart support, which the provider never uses (see the module's comment).
        alias: name === "terraform-provider-streamkap" ? { "form-data": join(root, "provider/streamkap/no-form-data.ts") } : {},
        // The provider's schema answer, computed once here (provider/schema-response.ts).
        define: name === "terraform-provider-streamkap" ? { STREAMKAP_SCHEMA_RESPONSE: JSON.stringify(schemaResponse) } : {},
        logLevel: "warning",
      });
      // The provider starts several times per terraform command: keep its compiled code.
      if (name === "terraform-provider-streamkap") writeFileSync(outfile, codeCacheLoader(readFileSync(outfile, "utf8"), name));
      chmodSync(outfile, 0o755);
    }),
  );
  if (executablesOnly) return;
  // The constructs library (what users import) is plain tsc output with declarations.
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.lib.json")], {
    stdio: "inherit",
  });
  // The package's command (npx cdktf-streamkap ...) is part of that output.
  chmodSync(join(root, "dist", "constructs", "cli", "main.js"), 0o755);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
