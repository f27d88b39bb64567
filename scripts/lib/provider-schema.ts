// The provider's schema exactly as Terraform sees it: install the built provider into a
// throwaway filesystem mirror and ask the real terraform for `providers schema -json`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE, PROVIDER_VERSION } from "./provider-address";
import { installWithCliConfig } from "./terraform-mirror";

export interface ProviderSchemaDocument {
  format_version: string;
  provider_schemas: Record<string, unknown>;
}

export function readProviderSchema(binary: string): ProviderSchemaDocument {
  const dir = mkdtempSync(join(tmpdir(), "streamkap-schema-"));
  try {
    const cliConfig = join(dir, "terraform.rc");
    installWithCliConfig({ binary, mirrorDir: join(dir, "mirror"), address: PROVIDER_ADDRESS, version: PROVIDER_VERSION, cliConfig });
    const work = join(dir, "work");
    mkdirSync(work);
    writeFileSync(
      join(work, "main.tf.json"),
      JSON.stringify({ terraform: { required_providers: { streamkap: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION } } } }),
    );
    const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
    execFileSync("terraform", ["init", "-input=false", "-no-color"], { cwd: work, env, stdio: ["ignore", "ignore", "inherit"] });
    const out = execFileSync("terraform", ["providers", "schema", "-json"], { cwd: work, env, maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(out.toString("utf8")) as ProviderSchemaDocument;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
