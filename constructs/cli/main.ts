#!/usr/bin/env node
// The package's command, `npx cdktf-streamkap <command>`.
import { exportCommand } from "./export/export-command";
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
  export             Write a live tenant as code that adopts it: a cdktf TypeScript project (or
                     Terraform files) with one construct per tag, source, destination, pipeline and
                     changed topic, references between them, secrets as sensitive variables
                     (.env.example lists them) and an import for each object, so that the first
                     deploy changes nothing. Reads STREAMKAP_HOST, STREAMKAP_CLIENT_ID and
                     STREAMKAP_SECRET; without STREAMKAP_HOST, the local emulator's data (npm start).
    --out <dir>          folder to write (required; refused when it exists and is not empty)
    --force              replace an existing --out folder
    --stack-name <name>  the cdktf stack's name (default: streamkap)
    --split              one file per flow (and tags.ts) instead of a single main.ts
    --hcl                Terraform files for the official provider's resources instead of cdktf
    --provider-source <address>   with --hcl: the provider's source (default:
                         cdktf-streamkap/streamkap; streamkap-com/streamkap for the official one)
    --provider-version <constraint>  with --hcl: its version constraint
    --kind <list>        only these kinds: sources,destinations,pipelines,tags,topics,transforms
    --name <pattern>     only objects whose name matches (* and ? wildcards; repeatable)
    --tag <name|id>      only objects carrying this tag (repeatable)
                         A pipeline chosen brings its source and destination, and every object
                         its custom tags, with a warning when they are outside the filter.
    --emulator-data <dir>  the local emulator's data when STREAMKAP_HOST is not set
                         (default: ./.streamkap/emulator)
  version            Print the package (and provider) version.
  help               Show this text.`;

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}

/** Every value given for an option that may repeat. */
function optionValues(args: string[], name: string): string[] | undefined {
  const values: string[] = [];
  args.forEach((a, i) => {
    if (a !== name) return;
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
    values.push(value);
  });
  return values.length ? values : undefined;
}

function refuseUnknown(args: string[], withValue: string[], flags: string[] = []): void {
  const known = new Set([...withValue, ...flags]);
  const unknown = args.filter((a, i) => (a.startsWith("--") && !known.has(a)) || (!a.startsWith("--") && !withValue.includes(args[i - 1])));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown[0]}\n\n${USAGE}`);
}

async function runExport(args: string[]): Promise<number> {
  const withValue = ["--out", "--stack-name", "--kind", "--name", "--tag", "--provider-source", "--provider-version", "--emulator-data"];
  refuseUnknown(args, withValue, ["--force", "--split", "--hcl"]);
  const tty = process.stderr.isTTY;
  const result = await exportCommand({
    out: optionValue(args, "--out"),
    stackName: optionValue(args, "--stack-name"),
    split: args.includes("--split"),
    hcl: args.includes("--hcl"),
    force: args.includes("--force"),
    kinds: optionValues(args, "--kind"),
    names: optionValues(args, "--name"),
    tags: optionValues(args, "--tag"),
    providerSource: optionValue(args, "--provider-source"),
    providerVersion: optionValue(args, "--provider-version"),
    emulatorData: optionValue(args, "--emulator-data"),
    env: process.env,
    // A line redrawn in place, on a terminal only.
    progress: tty ? (line) => process.stderr.write(`\r\x1b[K${line}`) : undefined,
  });
  console.log(result.lines.join("\n"));
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case "export":
      return runExport(rest);
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

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`cdktf-streamkap: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
