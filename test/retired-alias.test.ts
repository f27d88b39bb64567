// HCL written for the official provider 2.x may still set attributes whose API setting
// Streamkap has since dropped (sqlserver's snapshot_large_table_threshold). It must apply and
// plan clean with a deprecation warning, and the dropped setting must not be sent.
import { OFFICIAL_PROVIDER_ADDRESS } from "../scripts/lib/provider-address";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { StreamkapApi } from "../scripts/lib/streamkap-api";

jest.setTimeout(120_000);

let emulator: EmulatorProcess;
let ws: RecordingWorkspace;
const workspaces = new WorkspaceFactory({ address: OFFICIAL_PROVIDER_ADDRESS, env: () => ({ ...emulatorEnv(emulator), TF_VAR_pw: "retired-alias-pw" }) });

beforeAll(async () => {
  emulator = await startEmulatorProcess({ args: ["--deploy-ms", "20"] });
  ws = await workspaces.create(`
terraform {
  required_providers {
    streamkap = { source = "streamkap-com/streamkap" }
  }
}
provider "streamkap" {}
variable "pw" {
  type      = string
  sensitive = true
}
resource "streamkap_source_sqlserver" "legacy" {
  name                           = "legacy-sqlserver"
  database_hostname              = "mssql.internal"
  database_user                  = "cdc"
  database_password              = var.pw
  database_names                 = "sales"
  schema_include_list            = "dbo"
  table_include_list             = "dbo.Orders"
  snapshot_parallelism           = 2
  snapshot_large_table_threshold = 12000
}
`);
});

afterAll(async () => {
  workspaces.cleanup();
  await emulator?.stop();
});

test("a retired attribute applies with a deprecation warning, is not sent, and plans clean", async () => {
  // validate -json lists every diagnostic; the human output folds similar warnings together.
  const validate = JSON.parse((await ws.run(["validate", "-json"])).stdout) as {
    valid: boolean;
    diagnostics: { severity: string; detail: string }[];
  };
  expect(validate.valid).toBe(true);
  expect(validate.diagnostics).toContainEqual(
    expect.objectContaining({ severity: "warning", detail: expect.stringContaining("snapshot_large_table_threshold has no effect any more") }),
  );
  await ws.apply();
  const [source] = await new StreamkapApi(emulator.url, emulator.clientId, emulator.secret).listSources();
  expect(source.config).not.toHaveProperty(["streamkap.snapshot.large.table.threshold"]);
  expect(source.config["streamkap.snapshot.parallelism"]).toBe("2");
  const plan = await ws.plan();
  expect(plan.stdout).toContain("No changes.");
  expect(plan.code).toBe(0);
  await ws.destroy();
});
