// `cdktf-streamkap install-provider`: puts the provider executable this package ships into a
// filesystem mirror and points a Terraform CLI config at it, so that `terraform init` (and so
// `cdktf deploy`) installs it with no registry.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { managedBlock, mergeCliConfig } from "./cli-config-merge";
import { packageInfo } from "./package-info";
import { MIRROR_ADDRESSES, OFFICIAL_MIRROR_ADDRESSES } from "./provider-address";
import { cliConfigText, installProvider } from "./terraform-mirror";

export interface InstallProviderCommandOptions {
  /** Folder of the filesystem mirror; default <cwd>/.streamkap/mirror. */
  mirrorDir?: string;
  /** CLI config to write or merge into; default $TF_CLI_CONFIG_FILE, else <cwd>/.streamkap/terraform.rc. */
  cliConfig?: string;
  /** Also serve this build as the official provider (streamkap-com/streamkap) at this version,
   * so that HCL and state written for it use this build unchanged (see docs/migrating.md). */
  asOfficial?: string;
}

/** Installs the provider this package ships; returns what it did, as lines to print. */
export function installProviderCommand(options: InstallProviderCommandOptions = {}): string[] {
  const { providerBinary: binary, version } = packageInfo();
  const mirrorDir = resolve(options.mirrorDir ?? join(".streamkap", "mirror"));
  const cliConfig = resolve(options.cliConfig ?? process.env.TF_CLI_CONFIG_FILE ?? join(".streamkap", "terraform.rc"));
  if (!existsSync(binary)) throw new Error(`provider executable not found: ${binary}`);

  if (options.asOfficial !== undefined && !/^\d+\.\d+\.\d+$/.test(options.asOfficial)) {
    throw new Error(`--as-official needs a version such as 3.0.0 (one the configuration's version constraint accepts), got ${JSON.stringify(options.asOfficial)}`);
  }
  const lines: string[] = [];
  const installs = [
    ...MIRROR_ADDRESSES.map((address) => ({ address, version })),
    ...(options.asOfficial ? OFFICIAL_MIRROR_ADDRESSES.map((address) => ({ address, version: options.asOfficial! })) : []),
  ];
  const addresses = installs.map((i) => i.address);
  for (const install of installs) {
    const target = installProvider({ binary, mirrorDir, ...install });
    lines.push(`installed ${install.address} ${install.version} → ${target}`);
  }

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
    const verb = { created: "wrote", appended: "added the provider_installation block to", replaced: "updated the provider_installation block in" }[merged.action];
    lines.push(`${verb} ${cliConfig}`);
  }

  const digest = createHash("sha256").update(readFileSync(binary)).digest("hex").slice(0, 12);
  lines.push(
    "",
    "Point Terraform (and cdktf) at it:",
    `  export TF_CLI_CONFIG_FILE=${JSON.stringify(configToUse)} CHECKPOINT_DISABLE=1 CDKTF_DISABLE_PLUGIN_CACHE_ENV=1`,
    "Then deploy (the first deploy of a stack skips the provider lock, which would ask the registry):",
    "  npx cdktf deploy --auto-approve --skip-provider-lock",
    `The provider needs \`node\` (>= 20) on PATH. Build sha256 ${digest}…: if a stack was initialised with another build,`,
    "delete its cdktf.out/stacks/<stack>/.terraform.lock.hcl (Terraform rejects a changed provider hash).",
  );
  return lines;
}
