// Every catalog connector as a typed resource, through the real terraform against the
// emulator: a required-fields-only configuration and one with every field set to a valid
// non-default value each apply, plan clean and destroy. All 25 resources share one workspace.
import { sourceCatalog, type Connector } from "../catalog";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE, PROVIDER_VERSION } from "../scripts/lib/provider-address";
import { everyFieldValues, requiredOnlyValues, secretValues, type AttributeValues } from "./support/catalog-configs";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { StreamkapApi } from "../scripts/lib/streamkap-api";

jest.setTimeout(300_000);

const connectors = sourceCatalog.all();
let emulator: EmulatorProcess;
let api: StreamkapApi;
let ws: RecordingWorkspace;
const workspaces = new WorkspaceFactory({ address: PROVIDER_ADDRESS, env: () => emulatorEnv(emulator) });
const log = workspaces.log;

beforeAll(async () => {
  emulator = await startEmulatorProcess({ args: ["--deploy-ms", "20"] });
  api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
  ws = await workspaces.create(workspaceConfig(() => ({})));
});

afterAll(async () => {
  await emulator?.stop();
  workspaces.cleanup();
});

function workspaceConfig(valuesOf: (c: Connector) => AttributeValues, suffix = ""): object {
  const resource: Record<string, Record<string, object>> = {};
  for (const c of connectors) resource[c.terraform_resource] = { x: { name: `${c.id}-${suffix}`, ...valuesOf(c) } };
  return {
    terraform: { required_providers: { streamkap: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION } } },
    ...(suffix ? { resource } : {}),
  };
}

async function applyPlanCleanDestroy(valuesOf: (c: Connector) => AttributeValues, suffix: string): Promise<void> {
  ws.writeConfig(workspaceConfig(valuesOf, suffix));
  await ws.apply();

  const sources = await api.listSources();
  expect(sources.map((s) => s.connector).sort()).toEqual(connectors.map((c) => c.id).sort());
  const managed = await ws.managedResources();
  expect(managed.map((r) => r.type).sort()).toEqual(connectors.map((c) => c.terraform_resource).sort());

  const plan = await ws.plan();
  expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: "" });

  await ws.destroy();
  expect(await api.listSources()).toEqual([]);
}

test("required fields only: every connector applies, plans clean and destroys", async () => {
  await applyPlanCleanDestroy(requiredOnlyValues, "required");
});

test("every field set to a non-default value: every connector applies, plans clean and destroys", async () => {
  await applyPlanCleanDestroy(everyFieldValues, "full");
});

test("the API holds every configured value, and no secret reaches terraform's output", async () => {
  ws.writeConfig(workspaceConfig(everyFieldValues, "echo"));
  await ws.apply();
  const byConnector = new Map((await api.listSources()).map((s) => [s.connector, s]));
  const secrets: string[] = [];
  for (const c of connectors) {
    const values = everyFieldValues(c);
    secrets.push(...secretValues(c, values));
    const held = await api.getSource(byConnector.get(c.id)!.id, true);
    for (const f of c.fields) {
      // The API keeps every value as a string, as Kafka Connect does.
      const sent = values[f.tf_name];
      expect([c.id, f.api_key, String(held!.config[f.api_key])]).toEqual([
        c.id,
        f.api_key,
        typeof sent === "object" ? JSON.stringify(sent) : String(sent),
      ]);
    }
  }
  await ws.destroy();
  expect(await api.listSources()).toEqual([]);
  const output = log.text();
  expect(secrets.length).toBeGreaterThan(0);
  expect(secrets.filter((s) => output.includes(s))).toEqual([]);
});
