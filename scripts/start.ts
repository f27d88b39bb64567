// npm start: deploy the quickstart with the real cdktf CLI and Terraform.
// With STREAMKAP_HOST (and STREAMKAP_CLIENT_ID, STREAMKAP_SECRET) set, against that API;
// otherwise against the bundled emulator, whose data persists in .streamkap/emulator so that a
// second run finds the source it made and changes nothing.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulatorProcess } from "./lib/emulator-process";
import { REPO_ROOT } from "./lib/paths";
import { deployQuickstart, type StreamkapEndpoint } from "./lib/quickstart";

const workDir = join(REPO_ROOT, ".streamkap");

/** The quickstart database password: TF_VAR_db_password, or one generated once and kept
 * (readable by the owner only), so that every run plans the same secret. */
function dbPassword(): string {
  if (process.env.TF_VAR_db_password) return process.env.TF_VAR_db_password;
  const file = join(workDir, "db-password");
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main(): Promise<void> {
  mkdirSync(workDir, { recursive: true });
  const external = process.env.STREAMKAP_HOST;
  const emulator = external
    ? undefined
    : await startEmulatorProcess({ dataDir: join(workDir, "emulator") });
  const streamkap: StreamkapEndpoint = emulator
    ? { host: emulator.url, clientId: emulator.clientId, secret: emulator.secret }
    : { host: external!, clientId: process.env.STREAMKAP_CLIENT_ID ?? "", secret: process.env.STREAMKAP_SECRET ?? "" };
  console.log(emulator ? `Streamkap emulator at ${emulator.url} (data in .streamkap/emulator)` : `Streamkap API at ${external}`);

  try {
    const { run, outputs } = await deployQuickstart({ projectDir: REPO_ROOT, workDir, streamkap, dbPassword: dbPassword(), echo: true });
    if (run.code !== 0 || !outputs) {
      console.error(`cdktf deploy failed (exit ${run.code})`);
      process.exitCode = 1;
      return;
    }
    console.log(`\nsource orders-cdc: id ${outputs.source_id}, connector status ${outputs.connector_status}`);
  } finally {
    await emulator?.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
