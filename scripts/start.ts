// npm start: deploy the quickstart flow (PostgreSQL source → Snowflake destination through a
// pipeline) with the real cdktf CLI and Terraform, then print the three ids and statuses.
// With STREAMKAP_HOST (and STREAMKAP_CLIENT_ID, STREAMKAP_SECRET, TF_VAR_db_password,
// TF_VAR_snowflake_private_key) set, against that API; otherwise against the bundled emulator,
// whose data and generated secrets persist in .streamkap/ so that a second run changes nothing.
import { join } from "node:path";
import { REPO_ROOT } from "./lib/paths";
import { startQuickstart } from "./lib/quickstart";

startQuickstart({ projectDir: REPO_ROOT, workDir: join(REPO_ROOT, ".streamkap"), env: process.env, log: (line) => console.log(line), echo: true })
  .then((result) => {
    process.exitCode = result.code;
  })
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
