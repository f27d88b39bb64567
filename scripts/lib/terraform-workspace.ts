// Running the real terraform binary from the integration tests and the benchmarks: a throwaway
// working directory with its own CLI configuration (a filesystem mirror for locally built
// providers), offline and quiet.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installWithCliConfig, writeCliConfig, type CliConfigOptions } from "./terraform-mirror";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Fail the test (throw) unless terraform exits 0. Defaults to false for run(), true for helpers. */
  check?: boolean;
  /** Given the terraform process once started (to signal it, as a user's Ctrl-C would). */
  onStart?: (child: ChildProcess) => void;
}

export interface WorkspaceOptions {
  /** CLI config for this workspace; written into its directory. */
  cli?: CliConfigOptions;
  /** An existing CLI config file to use instead. */
  cliConfigFile?: string;
  /** Environment for every run (e.g. provider settings). */
  env?: Record<string, string | undefined>;
  /** terraform executable; default "terraform" from PATH. */
  terraformBin?: string;
}

export class TerraformWorkspace {
  readonly dir: string;
  readonly cliConfigFile: string;
  private readonly env: Record<string, string | undefined>;
  private readonly terraformBin: string;

  constructor(options: WorkspaceOptions = {}) {
    this.dir = mkdtempSync(join(tmpdir(), "tfws-"));
    this.cliConfigFile = options.cliConfigFile ?? join(this.dir, ".terraformrc");
    if (options.cli) writeCliConfig(this.cliConfigFile, options.cli);
    else if (!options.cliConfigFile) writeFileSync(this.cliConfigFile, "");
    this.env = options.env ?? {};
    this.terraformBin = options.terraformBin ?? "terraform";
  }

  /** Writes the configuration: a string is HCL (main.tf), an object is JSON (main.tf.json). */
  writeConfig(config: string | object): void {
    rmSync(join(this.dir, "main.tf"), { force: true });
    rmSync(join(this.dir, "main.tf.json"), { force: true });
    if (typeof config === "string") writeFileSync(join(this.dir, "main.tf"), config);
    else writeFileSync(join(this.dir, "main.tf.json"), JSON.stringify(config, null, 2));
  }

  /** Runs terraform with the given arguments in this workspace. */
  run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    const env: Record<string, string | undefined> = {
      ...process.env,
      TF_CLI_CONFIG_FILE: this.cliConfigFile,
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      ...this.env,
      ...options.env,
    };
    return new Promise((resolve, reject) => {
      const child = spawn(this.terraformBin, args, { cwd: this.dir, env: env, stdio: ["ignore", "pipe", "pipe"] });
      options.onStart?.(child);
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (b: Buffer) => out.push(b));
      child.stderr.on("data", (b: Buffer) => err.push(b));
      child.on("error", reject);
      child.on("close", (code) => {
        const result = { code: code ?? -1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
        if (options.check && result.code !== 0) {
          reject(new Error(`terraform ${args.join(" ")} exited ${result.code}\n${result.stdout}\n${result.stderr}`));
        } else resolve(result);
      });
    });
  }

  init(options: RunOptions = {}): Promise<RunResult> {
    return this.run(["init", "-input=false", "-no-color"], { check: true, ...options });
  }

  apply(extraArgs: string[] = [], options: RunOptions = {}): Promise<RunResult> {
    return this.run(["apply", "-auto-approve", "-input=false", "-no-color", ...extraArgs], { check: true, ...options });
  }

  /** `plan -detailed-exitcode`: code 0 = no changes, 2 = changes, 1 = error. */
  plan(extraArgs: string[] = [], options: RunOptions = {}): Promise<RunResult> {
    return this.run(["plan", "-detailed-exitcode", "-input=false", "-no-color", ...extraArgs], options);
  }

  destroy(extraArgs: string[] = [], options: RunOptions = {}): Promise<RunResult> {
    return this.run(["destroy", "-auto-approve", "-input=false", "-no-color", ...extraArgs], { check: true, ...options });
  }

  /** The state as `terraform show -json` prints it. */
  async state(): Promise<TerraformStateJson> {
    const result = await this.run(["show", "-json", "-no-color"], { check: true });
    return JSON.parse(result.stdout) as TerraformStateJson;
  }

  /** The state's resources, flattened from the root module (and child modules). */
  async resources(): Promise<TerraformStateResource[]> {
    const state = await this.state();
    const collect = (m: TerraformStateModule | undefined): TerraformStateResource[] =>
      m ? [...(m.resources ?? []), ...(m.child_modules ?? []).flatMap(collect)] : [];
    return collect(state.values?.root_module);
  }

  /** The resources in state that Terraform manages (no data sources). */
  async managedResources(): Promise<TerraformStateResource[]> {
    return (await this.resources()).filter((r) => r.mode === "managed");
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface TerraformStateResource {
  address: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  provider_name: string;
  values: Record<string, unknown>;
  sensitive_values?: Record<string, unknown>;
}

export interface TerraformStateModule {
  resources?: TerraformStateResource[];
  child_modules?: TerraformStateModule[];
}

export interface TerraformStateJson {
  format_version: string;
  terraform_version?: string;
  values?: { root_module: TerraformStateModule; outputs?: Record<string, { value: unknown; sensitive: boolean }> };
}

/** A mirror with the given provider installed, and a workspace configured to use it. */
export function workspaceWithProvider(options: {
  binary: string;
  address: string;
  version: string;
  env?: Record<string, string | undefined>;
}): TerraformWorkspace {
  const ws = new TerraformWorkspace({ env: options.env });
  installWithCliConfig({ ...options, mirrorDir: join(ws.dir, ".mirror"), cliConfig: ws.cliConfigFile });
  return ws;
}
