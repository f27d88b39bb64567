// The console's script: the constant scripts/build.ts bundled into the executable, or, when
// the emulator runs from source, bundled once on first use (esbuild is a devDependency; the
// executable never reaches that branch, and leaves esbuild external).
declare const STREAMKAP_CONSOLE_JS: string | undefined;

let built: string | undefined;

export function consoleScript(): string {
  if (typeof STREAMKAP_CONSOLE_JS === "string") return STREAMKAP_CONSOLE_JS;
  built ??= (require("./build-script") as typeof import("./build-script")).buildConsoleScript();
  return built;
}
