// The installed package as the CLI sees it (its package.json is found from this file, whether it
// runs compiled from dist/ or from source): its version, the provider executable it ships and
// the same executable zipped as a registry would serve it (what a mirror installs and the lock
// file hashes).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PROVIDER_TYPE } from "./provider-address";

export const PACKAGE_NAME = "cdktf-streamkap";

export interface PackageInfo {
  version: string;
  providerBinary: string;
  /** dist/bin/terraform-provider-streamkap.zip, written by the build. */
  providerArchive: string;
  /** The executable's name inside the zip, as Terraform looks for it. */
  providerEntryName: string;
}

/** The executable's file name, as Terraform looks for it in a mirror or an archive. */
export function providerExecutableName(type: string, version: string): string {
  return `terraform-provider-${type}_v${version}`;
}

export function packageInfo(): PackageInfo {
  const info = findPackageInfo();
  if (!info) throw new Error(`cannot find the ${PACKAGE_NAME} package.json above ${__dirname}`);
  return info;
}

/** The package this file belongs to, or undefined where it is not inside one (a cdktn copy of the library). */
export function findPackageInfo(): PackageInfo | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) {
        const providerBinary = join(dir, "dist", "bin", "terraform-provider-streamkap");
        return {
          version: pkg.version,
          providerBinary,
          providerArchive: `${providerBinary}.zip`,
          providerEntryName: providerExecutableName(PROVIDER_TYPE, pkg.version),
        };
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}
