// The installed package as the CLI sees it (its package.json is found from this file, whether it
// runs compiled from dist/ or from source): its version and the provider executable it ships.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const PACKAGE_NAME = "cdktf-streamkap";

export interface PackageInfo {
  version: string;
  providerBinary: string;
}

export function packageInfo(): PackageInfo {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) {
        return { version: pkg.version, providerBinary: join(dir, "dist", "bin", "terraform-provider-streamkap") };
      }
    }
    if (dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package.json above ${__dirname}`);
  }
}
