// Making a locally built provider installable by `terraform init` without a registry: an
// unpacked filesystem mirror, and a CLI configuration that installs the given providers from
// it and everything else directly. Used by `npx cdktf-streamkap install-provider`, npm start
// and the integration tests.
import { copyFileSync, chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { providerExecutableName } from "./package-info";

export interface ProviderAddress {
  hostname: string;
  namespace: string;
  type: string;
}

/** "registry.terraform.io/streamkap-com/streamkap" → its parts. */
export function parseProviderAddress(address: string): ProviderAddress {
  const parts = address.split("/");
  if (parts.length !== 3 || parts.some((p) => p === "")) {
    throw new Error(`provider address must be <hostname>/<namespace>/<type>, got "${address}"`);
  }
  const [hostname, namespace, type] = parts;
  return { hostname, namespace, type };
}

/** Terraform's platform name for this machine, e.g. linux_amd64. */
export function terraformPlatform(platform: string = process.platform, arch: string = process.arch): string {
  const archNames: Record<string, string> = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" };
  return `${platform}_${archNames[arch] ?? arch}`;
}

export interface InstallProviderOptions {
  /** The provider executable to install. */
  binary: string;
  mirrorDir: string;
  /** "<hostname>/<namespace>/<type>". */
  address: string;
  version: string;
  /** Defaults to this machine's platform. */
  platform?: string;
}

export { providerExecutableName };

/** Copies the executable into the unpacked mirror layout; returns the installed file's path. */
export function installProvider(options: InstallProviderOptions): string {
  const { hostname, namespace, type } = parseProviderAddress(options.address);
  const target = join(
    resolve(options.mirrorDir),
    hostname,
    namespace,
    type,
    options.version,
    options.platform ?? terraformPlatform(),
    providerExecutableName(type, options.version),
  );
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(options.binary, target);
  chmodSync(target, 0o755);
  return target;
}

/** A provider zip's file name, as registries and packed mirrors name it. */
export function archiveName(type: string, version: string, platform: string): string {
  return `terraform-provider-${type}_${version}_${platform}.zip`;
}

/** Copies a provider zip into the packed mirror layout (<host>/<namespace>/<type>/<zip>) and
 * removes an unpacked copy of the same version and platform, which Terraform would otherwise
 * find beside it; returns the installed zip's path. */
export function installProviderArchive(options: Omit<InstallProviderOptions, "binary"> & { archive: string }): string {
  const { hostname, namespace, type } = parseProviderAddress(options.address);
  const platform = options.platform ?? terraformPlatform();
  const base = join(resolve(options.mirrorDir), hostname, namespace, type);
  const target = join(base, archiveName(type, options.version, platform));
  mkdirSync(base, { recursive: true });
  copyFileSync(options.archive, target);
  rmSync(join(base, options.version, platform), { recursive: true, force: true });
  return target;
}

export interface CliConfigOptions {
  mirrorDir: string;
  /** Provider addresses installed from the mirror; all others install directly. */
  addresses: string[];
}

export function cliConfigText(options: CliConfigOptions): string {
  const list = JSON.stringify(options.addresses);
  return [
    "provider_installation {",
    "  filesystem_mirror {",
    `    path    = ${JSON.stringify(resolve(options.mirrorDir))}`,
    `    include = ${list}`,
    "  }",
    "  direct {",
    `    exclude = ${list}`,
    "  }",
    "}",
    "",
  ].join("\n");
}

/** Installs one provider into a mirror and writes, at `cliConfig`, a CLI configuration that
 * installs it from there: a private Terraform set-up for one provider. */
export function installWithCliConfig(options: InstallProviderOptions & { cliConfig: string }): void {
  installProvider(options);
  writeCliConfig(options.cliConfig, { mirrorDir: options.mirrorDir, addresses: [options.address] });
}

/** Writes a Terraform CLI configuration file (for TF_CLI_CONFIG_FILE). */
export function writeCliConfig(path: string, options: CliConfigOptions): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, cliConfigText(options));
}
