// Workspaces for the provider's integration tests: our built provider in a private mirror
// under a chosen address, every run's output kept so a test can search all of it (secrets).
import { join } from "node:path";
import { PROVIDER_BINARY } from "../../scripts/lib/paths";
import { PROVIDER_VERSION } from "../../scripts/lib/provider-address";
import { installWithCliConfig } from "../../scripts/lib/terraform-mirror";
import { TerraformWorkspace, type RunOptions, type RunResult } from "../../scripts/lib/terraform-workspace";

/** Collects the stdout and stderr of every terraform run of the workspaces sharing it. */
export class OutputLog {
  private readonly parts: string[] = [];
  add(result: RunResult): void {
    this.parts.push(result.stdout, result.stderr);
  }
  text(): string {
    return this.parts.join("\n");
  }
}

export class RecordingWorkspace extends TerraformWorkspace {
  constructor(
    private readonly log: OutputLog,
    env: Record<string, string | undefined>,
  ) {
    super({ env });
  }

  override async run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    // check is applied here rather than in the base class so that a failing run is recorded too.
    const result = await super.run(args, { ...options, check: false });
    // `show -json` prints the state, which holds secrets by design: not output a user sees.
    if (args[0] !== "show") this.log.add(result);
    if (options.check && result.code !== 0) {
      throw new Error(`terraform ${args.join(" ")} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
    }
    return result;
  }
}

/** A workspace whose mirror holds the built provider under `address` (and nothing else). */
function providerWorkspace(options: { address: string; version: string; log: OutputLog; env: Record<string, string | undefined> }): RecordingWorkspace {
  const ws = new RecordingWorkspace(options.log, options.env);
  installWithCliConfig({
    binary: PROVIDER_BINARY,
    mirrorDir: join(ws.dir, ".mirror"),
    address: options.address,
    version: options.version,
    cliConfig: ws.cliConfigFile,
  });
  return ws;
}

/** "Plan: 1 to add, 0 to change, 0 to destroy." as numbers; undefined when there is no such line. */
export function planCounts(output: string): { add: number; change: number; destroy: number } | undefined {
  const m = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/.exec(output);
  return m ? { add: Number(m[1]), change: Number(m[2]), destroy: Number(m[3]) } : undefined;
}

/** API writes (POST/PUT/DELETE) on a collection among the emulator's request counts. */
export function sourceWrites(requests: Record<string, number>, collection = "sources"): number {
  return Object.entries(requests)
    .filter(([route]) => new RegExp(`^(POST|PUT|DELETE|PATCH) /${collection}`).test(route))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** The workspaces of one test file: our provider under `address`, the environment `env()` gives
 * when each is made, every run's output in one log; cleanup() removes them all. */
export class WorkspaceFactory {
  readonly log = new OutputLog();
  private readonly made: RecordingWorkspace[] = [];

  constructor(private readonly options: { address: string; env: () => Record<string, string | undefined> }) {}

  /** A new workspace with `config` (HCL, or JSON as an object) written and initialized. */
  async create(config: string | object, extraEnv: Record<string, string | undefined> = {}): Promise<RecordingWorkspace> {
    const ws = providerWorkspace({
      address: this.options.address,
      version: PROVIDER_VERSION,
      log: this.log,
      env: { ...this.options.env(), ...extraEnv },
    });
    this.made.push(ws);
    ws.writeConfig(config);
    await ws.init();
    return ws;
  }

  cleanup(): void {
    for (const ws of this.made) ws.cleanup();
  }
}

/** required_providers for `source`, and a sensitive string variable for each name. */
export function hclHeader(source: string, sensitiveVariables: string[]): string {
  const variables = sensitiveVariables.map((name) => `variable "${name}" {\n  type      = string\n  sensitive = true\n}\n`);
  return `
terraform {
  required_providers {
    streamkap = { source = "${source}" }
  }
}

${variables.join("\n")}`;
}
