// Wraps a CommonJS bundle in a loader that keeps V8's compiled code between runs. Terraform
// starts the provider 3-5 times per command, and compiling the bundle is a large part
// of each start. Node 22 offers module.enableCompileCache(); Node 20 (our floor) does not, so
// the loader compiles the bundle with vm.Script and cachedData itself. The loader is
// code-cache-runtime.ts (type-checked and linted like any other file), compiled here into the
// executable's first lines; the bundle follows as a string it compiles.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { buildSync } from "esbuild";

const RUNTIME = join(__dirname, "code-cache-runtime.ts");

/** `v8Flags` (e.g. "--interrupt-budget=1048576") are set once the bundle's start is over. */
export function codeCacheLoader(bundle: string, name: string, v8Flags: string[] = []): string {
  const source = bundle.replace(/^#!.*\n/, "");
  const key = createHash("sha256").update(source).digest("hex").slice(0, 16);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const args = [JSON.stringify(wrapped), "__filename", JSON.stringify(name), JSON.stringify(`${name}-${key}.v8cache`), JSON.stringify(v8Flags)].join(", ");
  return `#!/usr/bin/env node
"use strict";
const codeCacheRuntime = (() => {
  const module = { exports: {} };
${runtimeSource()}
  return module.exports;
})();
codeCacheRuntime.compileWithCodeCache(${args})(exports, require, module, __filename, __dirname);
`;
}

/** The runtime as CommonJS for Node 20, its Node modules taken with the executable's require. */
function runtimeSource(): string {
  const built = buildSync({
    entryPoints: [RUNTIME],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "warning",
  });
  return built.outputFiles[0].text;
}
