// A user's own cdktf project outside the repository, with this package installed from the
// tarball `npm pack` makes: what the package tests (and anyone checking a release) run against.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "./paths";

const run = promisify(execFile);

/** `npm pack` of the repository (its dist/ must be built); returns the tarball's path. */
export async function packRepository(destination: string): Promise<string> {
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", destination], { cwd: REPO_ROOT });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  return join(destination, packed.filename);
}

/** Lists the files in a tarball made by npm pack, without the leading "package/". */
export async function tarballFiles(tarball: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarball], { maxBuffer: 16 * 1024 * 1024 });
  return stdout.split("\n").filter(Boolean).map((f) => f.replace(/^package\//, ""));
}

/** The version of a package in the repository's own install. */
function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

/** Creates a project in dir and installs the tarball with the peer dependencies a cdktf app
 * has, at the versions the repository installed: `npm ci` put them in the npm cache, so
 * --prefer-offline finds them there instead of downloading. */
export async function createUserProject(dir: string, tarball: string, extra: string[] = []): Promise<void> {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "my-streamkap-cdc", private: true, version: "1.0.0" }, null, 2));
  const peers = ["cdktf", "constructs"].map((name) => `${name}@${installedVersion(name)}`);
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball, ...peers, ...extra], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
  });
}
