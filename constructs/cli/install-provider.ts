// `cdktf-streamkap install-provider`: puts the provider this package ships into a filesystem
// mirror inside the project and points a Terraform CLI config at it, so that `terraform init`
// (and so `cdktf deploy`) installs it with no registry. It writes nothing outside the project
// unless told where (--cli-config, --mirror): a TF_CLI_CONFIG_FILE already set is the user's, and
// the export line it prints replaces it for the shell that runs the deploy.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { managedBlock, mergeCliConfig } from "./cli-config-merge";
import { packageInfo } from "./package-info";
import { MIRROR_ADDRESSES, OFFICIAL_MIRROR_ADDRESSES } from "./provider-address";
import { packageLockEntry } from "./provider-lock";
import { cliConfigText, installProvider, installProviderArchive } from "./terraform-mirror";

export interface InstallProviderCommandOptions {
  /** Folder of the filesystem mirror; default <cwd>/.streamkap/mirror. */
  mirrorDir?: string;
  /** CLI config to write or merge into; default <cwd>/.streamkap/terraform.rc. */
  cliConfig?: string;
  /** Also serve this build as the official provider (streamkap-com/streamkap) at this version,
   * so that HCL and state written for it use this build unchanged (see docs/migrating.md). */
  asOfficial?: string;
}

/** Installs the provider this package ships; returns what it did, as lines to print. */
export function installProviderCommand(options: InstallProviderCommandOptions = {}): string[] {
  const { providerBinary: binary, providerArchive, version } = packageInfo();
  const mirrorDir = resolve(options.mirrorDir ?? join(".streamkap", "mirror"));
  const cliConfig = resolve(options.cliConfig ?? join(".streamkap", "terraform.rc"));
  for (const file of [binary, providerArchive]) {
    if (!existsSync(file))
      throw new Error(`${file} not found: the package was packed without its build (npm pack runs the build first; run npm run build in a clone)`);
  }

  if (options.asOfficial !== undefined && !/^\d+\.\d+\.\d+$/.test(options.asOfficial)) {
    throw new Error(
      `--as-official needs a version such as 3.0.0 (one the configuration's version constraint accepts), got ${JSON.stringify(options.asOfficial)}`,
    );
  }
  const lines: string[] = [];
  // Our own address gets the zip the lock entry hashes; the official address (another version,
  // so another executable name) the unpacked executable.
  for (const address of MIRROR_ADDRESSES) {
    const target = installProviderArchive({ archive: providerArchive, mirrorDir, address, version });
    lines.push(`installed ${address} ${version} → ${target}`);
  }
  const official = options.asOfficial ? OFFICIAL_MIRROR_ADDRESSES : [];
  for (const address of official) {
    const target = installProvider({ binary, mirrorDir, address, version: options.asOfficial! });
    lines.push(`installed ${address} ${options.asOfficial} → ${target}`);
  }
  const addresses = [...MIRROR_ADDRESSES, ...official];

  const block = cliConfigText({ mirrorDir, addresses });
  const existing = existsSync(cliConfig) ? readFileSync(cliConfig, "utf8") : undefined;
  const merged = mergeCliConfig(existing, block);
  let configToUse = cliConfig;
  if (merged.action === "conflict") {
    // Never rewrite a config we cannot merge safely: write ours beside it.
    configToUse = `${cliConfig}.cdktf-streamkap.tfrc`;
    writeFileSync(configToUse, managedBlock(block));
    lines.push(
      `left ${cliConfig} unchanged (${merged.reason}); wrote ${configToUse} instead.`,
      `  To keep one config, copy its filesystem_mirror into your provider_installation block and add`,
      `  ${JSON.stringify(addresses)} to the exclude list of your direct block.`,
    );
  } else {
    mkdirSync(dirname(cliConfig), { recursive: true });
    writeFileSync(cliConfig, merged.text);
    const verb = { created: "wrote", appended: "added the provider_installation block to", replaced: "updated the provider_installation block in" }[
      merged.action
    ];
    lines.push(`${verb} ${cliConfig}`);
  }

  const lock = packageLockEntry();
  lines.push(
    "",
    "Point Terraform (and cdktf) at it, in the shell that deploys:",
    `  ${exportLine(configToUse)}`,
    "Then deploy:",
    "  npx cdktf deploy --auto-approve",
    `StreamkapProvider writes the provider's lock entry (${lock?.hashes.join(", ")}) into each stack's`,
    ".terraform.lock.hcl at synth, so the first deploy needs no registry: commit that file with the stack.",
    "The provider needs `node` (>= 20) on the PATH Terraform runs with.",
  );
  const current = process.env.TF_CLI_CONFIG_FILE;
  if (current !== undefined && resolve(current) !== configToUse) {
    lines.push(
      `TF_CLI_CONFIG_FILE is set to ${current} in this shell and was left unchanged; the export above replaces it (or run again with --cli-config ${JSON.stringify(current)} to merge into it).`,
    );
  }
  return lines;
}

/** The exact line to paste: the CLI config, no telemetry call, no shared plugin cache (which
 * would hold a stale copy of a rebuilt provider). */
export function exportLine(cliConfig: string): string {
  return `export TF_CLI_CONFIG_FILE=${JSON.stringify(cliConfig)} CHECKPOINT_DISABLE=1 CDKTF_DISABLE_PLUGIN_CACHE_ENV=1`;
}
