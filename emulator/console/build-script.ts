// Bundles the console's browser code (browser/app.ts and what it imports) into one minified
// script with esbuild: at build time for the executable (scripts/build.ts puts it in as a
// constant), and on first use when the emulator runs from source (tests under ts-jest).
import { buildSync } from "esbuild";
import { join } from "node:path";

export const CONSOLE_ENTRY = join(__dirname, "browser", "app.ts");

export function buildConsoleScript(): string {
  const result = buildSync({
    entryPoints: [CONSOLE_ENTRY],
    bundle: true,
    write: false,
    platform: "browser",
    target: "es2020",
    format: "iife",
    minify: true,
    legalComments: "none",
    logLevel: "error",
  });
  return result.outputFiles[0].text;
}

/** What an esbuild bundle of the emulator's command needs for its console: the script as a
 * constant (script.ts), and esbuild left out (only the source-tree fallback requires it). */
export function emulatorBundleOptions(): { define: Record<string, string>; external: string[] } {
  return { define: { STREAMKAP_CONSOLE_JS: JSON.stringify(buildConsoleScript()) }, external: ["esbuild"] };
}
