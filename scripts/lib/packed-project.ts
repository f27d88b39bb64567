// A user's own cdktf project outside the repository, with this package installed from the
// tarball `npm pack` makes: what the package tests (and anyone checking a release) run against.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "./paths";

const run = promisify(execFile);

/** `npm pack` in a fresh clone of the repository's committed HEAD (no dist/: the package's
 * prepack script builds it); returns the tarball's path. The clone borrows the repository's
 * node_modules through a symlink, so the pack pays for a build and not for an install. */
export async function packFreshClone(destination: string): Promise<string> {
  const clone = join(destination, "clone");
  await run("git", ["clone", "--quiet", "--no-hardlinks", REPO_ROOT, clone]);
  symlinkSync(join(REPO_ROOT, "node_modules"), join(clone, "node_modules"), "dir");
  if (existsSync(join(clone, "dist"))) throw new Error("a fresh clone has no dist/");
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", destination], { cwd: clone, maxBuffer: 16 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  return join(destination, packed.filename);
}

/** Lists the files in a tarball made by npm pack, without the leading "package/". */
export async function tarballFiles(tarball: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarball], { maxBuffer: 16 * 1024 * 1024 });
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ""));
}

/** The version of a package in the repository's own install. */
export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

/** What a user's project installs beside the tarball, as the README's install line says
 * (cdktf-cli aside: the tests run the repository's own, the same version): the peers at the
 * versions the repository installed, and TypeScript with ts-node, which type-checks the app at
 * every synth. */
export const USER_PROJECT_PACKAGES = ["typescript@5", "ts-node@10"];

/** The tsconfig.json the README gives a user's project: strict, CommonJS, as cdktf's own
 * TypeScript template has it. */
export const USER_TSCONFIG = {
  compilerOptions: { target: "ES2022", module: "commonjs", moduleResolution: "node", strict: true, skipLibCheck: true, types: [] as string[] },
  include: ["main.ts"],
};

/** Creates a project in dir and installs the tarball with what a cdktf app needs; --prefer-offline
 * finds in the npm cache what the repository's own `npm ci` put there. */
export async function createUserProject(dir: string, tarball: string, extra: string[] = []): Promise<void> {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "my-streamkap-cdc", private: true, version: "1.0.0" }, null, 2));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(USER_TSCONFIG, null, 2));
  const peers = ["cdktf", "constructs"].map((name) => `${name}@${installedVersion(name)}`);
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball, ...peers, ...USER_PROJECT_PACKAGES, ...extra], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
  });
}
