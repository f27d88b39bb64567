// Deploys and destroys examples/quickstart with the real cdktf CLI against a Streamkap API
// (the emulator by default). Used by `npm start` and by the end-to-end test.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runCdktf, dropStaleLockFile, type CdktfRun } from "./cdktf";
import { PROVIDER_ADDRESS, PROVIDER_VERSION } from "./provider-address";
import { PROVIDER_BINARY } from "./paths";
import { installWithCliConfig } from "./terraform-mirror";

export const QUICKSTART_STACK = "quickstart";

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
  dbPassword: string;
  echo?: boolean;
}

export interface QuickstartOutputs {
  source_id: string;
  connector_status: string;
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
  return {
    projectDir: opts.projectDir,
    cliConfig,
    echo: opts.echo,
    env: {
      STREAMKAP_HOST: opts.streamkap.host,
      STREAMKAP_CLIENT_ID: opts.streamkap.clientId,
      STREAMKAP_SECRET: opts.streamkap.secret,
      TF_VAR_db_password: opts.dbPassword,
    },
  };
}

export async function deployQuickstart(opts: QuickstartOptions): Promise<{ run: CdktfRun; outputs?: QuickstartOutputs }> {
  const outputsFile = join(opts.workDir, "outputs.json");
  rmSync(outputsFile, { force: true });
  const run = await runCdktf(
    ["deploy", QUICKSTART_STACK, "--auto-approve", "--skip-provider-lock", "--outputs-file", outputsFile],
    cdktfOptions(opts),
  );
  if (run.code !== 0) return { run };
  const all = JSON.parse(readFileSync(outputsFile, "utf8")) as Record<string, QuickstartOutputs>;
  return { run, outputs: all[QUICKSTART_STACK] };
}

export function destroyQuickstart(opts: QuickstartOptions): Promise<CdktfRun> {
  return runCdktf(["destroy", QUICKSTART_STACK, "--auto-approve"], cdktfOptions(opts));
}
