// npm pack and npm publish run this first (the package's "prepack" script): the package is the
// build's output (dist/), and a pack without a build would install but run nothing. In a fresh
// clone the dev dependencies the build needs are installed first, as package-lock.json pins them.
// Plain JavaScript: before `npm ci` there is no tsx to run TypeScript with.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
// The build talks on stderr: `npm pack --json` prints its answer on stdout.
const run = (args) => execFileSync(npm, args, { cwd: root, stdio: ["ignore", 2, 2] });

if (!existsSync(join(root, "node_modules", ".bin", "tsx"))) {
  console.error("prepack: no node_modules yet; installing the build's dependencies (npm ci)");
  run(["ci", "--no-audit", "--no-fund"]);
}
console.error("prepack: building dist/ (npm run build)");
run(["run", "build", "--silent"]);
