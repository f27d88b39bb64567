// CDK Terrain (`cdktn`) is the cdktf API under another package name: the same constructs run on
// it once every import of "cdktf" names "cdktn". This writes such a copy of the library (the
// catalog, the hand-written constructs and the generated bindings), for the compatibility test
// and for anyone who wants to try the library on cdktn before a cdktn build is published.
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./paths";

/** Rewrites `from "cdktf"` / `require("cdktf")` (and subpaths) to cdktn; leaves "cdktf-streamkap". */
export function renameCdktfImports(source: string): string {
  return source.replace(
    /(\bfrom\s+|\brequire\(\s*|\bimport\(\s*)(["'])cdktf(\/[^"']*)?\2/g,
    (_m, lead, quote, sub = "") => `${lead}${quote}cdktn${sub}${quote}`,
  );
}

function rewriteTree(dir: string): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) rewriteTree(path);
    else if (entry.endsWith(".ts") && !entry.endsWith(".test.ts")) writeFileSync(path, renameCdktfImports(readFileSync(path, "utf8")));
  }
}

/** The CLI's files the library itself imports (StreamkapProvider writes the lock file entry at synth). */
const LIBRARY_CLI_FILES = ["provider-lock.ts", "package-info.ts", "provider-address.ts"];

/** Copies catalog/, transform-runtime/ and constructs/ (less the CLI and tests) into outDir, importing cdktn. */
export function writeCdktnCopy(outDir: string): void {
  const cli = join(REPO_ROOT, "constructs", "cli");
  const copied = (src: string) => !src.endsWith(".test.ts") && (!src.startsWith(cli) || src === cli || LIBRARY_CLI_FILES.some((f) => src === join(cli, f)));
  for (const folder of ["catalog", "transform-runtime", "constructs"]) {
    cpSync(join(REPO_ROOT, folder), join(outDir, folder), { recursive: true, filter: copied });
  }
  rewriteTree(outDir);
}
