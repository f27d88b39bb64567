// Deploys and destroys examples/quickstart (a source, a destination and the pipeline joining
// them) with the real cdktf CLI against a Streamkap API, the emulator by default; and what
// `npm start` does around that: which API, which secrets, what it prints. Used by
// scripts/start.ts and by the end-to-end test, so that the test runs npm start's own code.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { consoleHint } from "../../emulator/console/hint";
import { runCdktf, dropStaleLockFile, type CdktfRun } from "./cdktf";
import { startEmulatorProcess } from "./emulator-process";
import { PROVIDER_ADDRESS, PROVIDER_VERSION } from "./provider-address";
import { PROVIDER_BINARY } from "./paths";
import { installWithCliConfig } from "./terraform-mirror";

export const QUICKSTART_STACK = "quickstart";

/** The quickstart's sensitive Terraform variables, each set as TF_VAR_<name>. */
export const QUICKSTART_SECRETS = ["db_password", "snowflake_private_key"] as const;
export type QuickstartSecrets = Record<(typeof QUICKSTART_SECRETS)[number], string>;

export interface StreamkapEndpoint {
  host: string;
  clientId: string;
  secret: string;
}

export interface QuickstartOptions {
  /** The folder holding cdktf.json whose app is the quickstart. */
  projectDir: string;
  /** Where the filesystem mirror, CLI config and bookkeeping live. */
  workDir: string;
  streamkap: StreamkapEndpoint;
  secrets: QuickstartSecrets;
  echo?: boolean;
}

/** The quickstart stack's outputs. */
export interface QuickstartOutputs {
  source_id: string;
  source_status: string;
  destination_id: string;
  destination_status: string;
  pipeline_id: string;
  pipeline_status: string;
}

export interface QuickstartDeploy {
  run: CdktfRun;
  outputs?: QuickstartOutputs;
  /** Terraform found nothing to change. */
  unchanged: boolean;
}

/** Installs the built provider into a filesystem mirror under workDir; returns the CLI config path. */
export function prepareTerraform(workDir: string): string {
  const cliConfig = join(workDir, "terraform.rc");
  installWithCliConfig({ binary: PROVIDER_BINARY, mirrorDir: join(workDir, "mirror"), address: PROVIDER_ADDRESS, version: PROVIDER_VERSION, cliConfig });
  return cliConfig;
}

function cdktfOptions(opts: QuickstartOptions) {
  const cliConfig = prepareTerraform(opts.workDir);
  const stackDir = join(opts.projectDir, "cdktf.out", "stacks", QUICKSTART_STACK);
  mkdirSync(stackDir, { recursive: true });
  dropStaleLockFile(stackDir, PROVIDER_BINARY, join(opts.workDir, "provider.sha256"));
  const variables = Object.fromEntries(QUICKSTART_SECRETS.map((name) => [`TF_VAR_${name}`, opts.secrets[name]]));
  return {
    projectDir: opts.projectDir,
    cliConfig,
    echo: opts.echo,
    env: { STREAMKAP_HOST: opts.streamkap.host, STREAMKAP_CLIENT_ID: opts.streamkap.clientId, STREAMKAP_SECRET: opts.streamkap.secret, ...variables },
  };
}

export async function deployQuickstart(opts: QuickstartOptions): Promise<QuickstartDeploy> {
  const outputsFile = join(opts.workDir, "outputs.json");
  rmSync(outputsFile, { force: true });
  const run = await runCdktf(["deploy", QUICKSTART_STACK, "--auto-approve", "--skip-provider-lock", "--outputs-file", outputsFile], cdktfOptions(opts));
  const unchanged = /No changes\. Your infrastructure matches the configuration/.test(run.stdout);
  if (run.code !== 0) return { run, unchanged };
  const all = JSON.parse(readFileSync(outputsFile, "utf8")) as Record<string, QuickstartOutputs>;
  return { run, outputs: all[QUICKSTART_STACK], unchanged };
}

export function destroyQuickstart(opts: QuickstartOptions): Promise<CdktfRun> {
  return runCdktf(["destroy", QUICKSTART_STACK, "--auto-approve"], cdktfOptions(opts));
}

/** The line before the summary: whether the deploy changed anything. */
export const START_HEADINGS = { deployed: "Deployed examples/quickstart:", unchanged: "No changes: the flow already matches examples/quickstart." };

/** The lines npm start ends with: each part of the flow, its id and its status. */
export function flowSummary(outputs: QuickstartOutputs): string[] {
  return [
    `source       ${outputs.source_id}  connector status ${outputs.source_status}`,
    `destination  ${outputs.destination_id}  connector status ${outputs.destination_status}`,
    `pipeline     ${outputs.pipeline_id}  status ${outputs.pipeline_status}`,
  ];
}

export interface StartOptions {
  projectDir: string;
  workDir: string;
  /** Where STREAMKAP_HOST, STREAMKAP_CLIENT_ID, STREAMKAP_SECRET and TF_VAR_<secret> are read. */
  env: NodeJS.ProcessEnv;
  /** Receives every line npm start prints itself. */
  log: (line: string) => void;
  /** Stream cdktf's own output too. */
  echo?: boolean;
}

export interface StartResult {
  /** The process exit code npm start ends with. */
  code: number;
  deploy?: QuickstartDeploy;
  /** The requests the embedded emulator served during the run (none against STREAMKAP_HOST). */
  requests?: Record<string, number>;
}

/** A secret from TF_VAR_<name>; for the emulator only, one generated once and kept in workDir
 * (readable by the owner only), so that every run plans the same value. */
function secretsFor(env: NodeJS.ProcessEnv, workDir: string, generate: boolean): { secrets?: QuickstartSecrets; missing: string[] } {
  const secrets: Partial<QuickstartSecrets> = {};
  const missing: string[] = [];
  for (const name of QUICKSTART_SECRETS) {
    const value = env[`TF_VAR_${name}`];
    const file = join(workDir, name.replace(/_/g, "-"));
    if (value) secrets[name] = value;
    else if (!generate) missing.push(`TF_VAR_${name}`);
    else {
      if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString("base64url"), { mode: 0o600 });
      secrets[name] = readFileSync(file, "utf8").trim();
    }
  }
  return { secrets: missing.length ? undefined : (secrets as QuickstartSecrets), missing };
}

/** Where the hint to open the console suggests starting the emulator. */
const CONSOLE_URL = "http://127.0.0.1:4700";

/** npm start: deploy the quickstart against STREAMKAP_HOST, or else against an emulator whose
 * data persists in workDir/emulator, and print the flow's ids and statuses. */
export async function startQuickstart(opts: StartOptions): Promise<StartResult> {
  mkdirSync(opts.workDir, { recursive: true });
  const external = opts.env.STREAMKAP_HOST;
  const { secrets, missing } = secretsFor(opts.env, opts.workDir, !external);
  if (external) missing.unshift(...["STREAMKAP_CLIENT_ID", "STREAMKAP_SECRET"].filter((name) => !opts.env[name]));
  if (!secrets || missing.length > 0) {
    opts.log(`Against STREAMKAP_HOST (${external}) set ${missing.join(", ")} too; only the local emulator has defaults.`);
    return { code: 1 };
  }
  const emulator = external ? undefined : await startEmulatorProcess({ dataDir: join(opts.workDir, "emulator") });
  try {
    const streamkap: StreamkapEndpoint = emulator
      ? { host: emulator.url, clientId: emulator.clientId, secret: emulator.secret }
      : { host: external!, clientId: opts.env.STREAMKAP_CLIENT_ID!, secret: opts.env.STREAMKAP_SECRET! };
    opts.log(emulator ? `Streamkap emulator at ${emulator.url} (data in ${join(opts.workDir, "emulator")})` : `Streamkap API at ${external}`);
    const deploy = await deployQuickstart({ projectDir: opts.projectDir, workDir: opts.workDir, streamkap, secrets, echo: opts.echo });
    const requests = emulator ? (await emulator.stats()).requests : undefined;
    if (deploy.run.code !== 0 || !deploy.outputs) {
      opts.log(`cdktf deploy failed (exit ${deploy.run.code})`);
      return { code: 1, deploy, requests };
    }
    opts.log("");
    opts.log(deploy.unchanged ? START_HEADINGS.unchanged : START_HEADINGS.deployed);
    for (const line of flowSummary(deploy.outputs)) opts.log(line);
    if (emulator) {
      // The run's emulator stops with it; the console shows the same data once one is started on it.
      opts.log("");
      opts.log(consoleHint(CONSOLE_URL, relative(opts.projectDir, join(opts.workDir, "emulator")) || "."));
    }
    return { code: 0, deploy, requests };
  } finally {
    await emulator?.stop();
  }
}
