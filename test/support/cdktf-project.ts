// The cdktf.json of a scratch project the tests deploy with the real cdktf CLI, outside the
// working tree so that its state and cdktf.out stay out of it: the app runs a TypeScript file
// with the repository's own tsx on this node, nothing installed in the project for it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../../scripts/lib/paths";

/** Writes projectDir/cdktf.json. `main` is a file of the project; `example` a file of this
 * repository (e.g. "examples/quickstart/main.ts"), run with its tsconfig so its imports resolve. */
export function writeCdktfJson(projectDir: string, app: { main: string } | { example: string }): void {
  const file = "main" in app ? [app.main] : ["--tsconfig", join(REPO_ROOT, "tsconfig.json"), join(REPO_ROOT, app.example)];
  const command = [process.execPath, require.resolve("tsx/cli"), ...file].map((part) => JSON.stringify(part)).join(" ");
  writeFileSync(join(projectDir, "cdktf.json"), JSON.stringify({ language: "typescript", app: command, sendCrashReports: "false" }));
}
