#!/usr/bin/env node
// The package's command, `npx cdktf-streamkap <command>`.
import { installProviderCommand } from "./install-provider";
import { packageInfo } from "./package-info";

const USAGE = `Usage: cdktf-streamkap <command> [options]

Commands:
  install-provider   Install the bundled terraform-provider-streamkap into a filesystem mirror and
                     write a Terraform CLI config that installs it from there, both inside the
                     project; print the export line that points Terraform at that config.
    --mirror <dir>       mirror folder (default: ./.streamkap/mirror)
    --cli-config <file>  CLI config to write or merge into (default: ./.streamkap/terraform.rc;
                         a set TF_CLI_CONFIG_FILE is left alone unless named here). An existing
                         file keeps its settings; one with its own provider_installation block is
                         left unchanged and a config is written beside it.
    --as-official <version>  also serve this build as the official provider, streamkap-com/streamkap,
                         at <version> (e.g. 3.0.0, one your version constraint accepts), so that
                         HCL and state written for the official provider use it unchanged.
  version            Print the package (and provider) version.
  help               Show this text.`;

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}

function main(args: string[]): number {
  const [command, ...rest] = args;
  switch (command) {
    case "install-provider": {
      const known = new Set(["--mirror", "--cli-config", "--as-official"]);
      const unknown = rest.filter((a, i) => a.startsWith("--") && !known.has(a) && !known.has(rest[i - 1]));
      if (unknown.length > 0) throw new Error(`unknown option ${unknown[0]}\n\n${USAGE}`);
      const lines = installProviderCommand({
        mirrorDir: optionValue(rest, "--mirror"),
        cliConfig: optionValue(rest, "--cli-config"),
        asOfficial: optionValue(rest, "--as-official"),
      });
      console.log(lines.join("\n"));
      return 0;
    }
    case "version":
    case "--version":
      console.log(packageInfo().version);
      return 0;
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return command === undefined ? 1 : 0;
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      return 1;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(`cdktf-streamkap: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
