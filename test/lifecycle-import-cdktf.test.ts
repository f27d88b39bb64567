// examples/import-existing through cdktf synth and the real terraform against the emulator:
// generateConfigForImport writes the existing source's configuration, importFrom adopts it.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Testing } from "cdktf";
import { ImportExistingStack } from "../examples/import-existing/main";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { StreamkapApi } from "../scripts/lib/streamkap-api";
import { WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { PROVIDER_ADDRESS } from "../scripts/lib/provider-address";
import { postgresApiConfig } from "./support/source-config";

jest.setTimeout(180_000);

const dbPassword = "import-cdktf-pw-0b9e77";
let emulator: EmulatorProcess;
let api: StreamkapApi;
let ws: RecordingWorkspace;
let id: string;
const workspaces = new WorkspaceFactory({ address: PROVIDER_ADDRESS, env: () => ({ ...emulatorEnv(emulator), TF_VAR_db_password: dbPassword }) });

beforeAll(async () => {
  emulator = await startEmulatorProcess({ args: ["--deploy-ms", "100"] });
  api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
  id = (
    await api.createSource({
      name: "orders-cdc",
      connector: "postgresql",
      // As examples/import-existing expects to find it.
      config: postgresApiConfig(dbPassword, { "database.hostname.user.defined": "db.internal.example.com", "database.user": "streamkap_cdc" }),
    })
  ).id;
});

afterAll(async () => {
  await emulator?.stop();
  workspaces.cleanup();
});

function synth(step: "generate" | "adopt"): object {
  const app = Testing.app();
  const stack = new ImportExistingStack(app, "import-existing", { sourceId: id, step });
  return JSON.parse(Testing.synth(stack));
}

test("generateConfigForImport: terraform writes the source's configuration, the secret left for the user", async () => {
  ws = await workspaces.create(synth("generate"));
  const plan = await ws.plan(["-generate-config-out=generated.tf"]);
  expect(plan.stdout + plan.stderr).not.toMatch(/Secrets were not imported/);
  const text = readFileSync(join(ws.dir, "generated.tf"), "utf8");
  expect(text).toMatch(/name\s+= "orders-cdc"/);
  expect(text).toMatch(/database_hostname\s+= "db\.internal\.example\.com"/);
  expect(text).toMatch(/table_include_list\s+= "public\.orders"/);
  // Terraform never writes a sensitive value into generated configuration.
  expect(text).toMatch(/database_password\s+= null # sensitive/);
  expect(text).not.toContain(dbPassword);
});

test("importFrom adopts the source with nothing to change, its secret read back; then plans are clean", async () => {
  // Step 2 replaces step 1's files: the construct now declares the resource itself.
  rmSync(join(ws.dir, "generated.tf"));
  ws.writeConfig(synth("adopt"));
  const plan = await ws.plan();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toMatch(/Plan: 1 to import, 0 to add, 0 to change, 0 to destroy/);
  await ws.apply();
  const state = (await ws.managedResources())[0];
  expect(state.values).toMatchObject({ id, connector_status: "Active" });
  expect((await api.listSources()).map((s) => s.id)).toEqual([id]);
  expect((await ws.plan()).code).toBe(0);
  expect(workspaces.log.text()).not.toContain(dbPassword);
});
