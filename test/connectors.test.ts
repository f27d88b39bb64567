// Every catalog connector of every kind as a typed resource, through the real terraform against
// the emulator: a required-fields-only configuration and one with every field set to a valid
// non-default value each apply, plan clean and destroy. The resources of one kind (25 sources,
// 24 destinations) share one workspace.
import { catalogFor, CONNECTOR_KINDS, encodeMap, type Connector, type ConnectorKind } from "../catalog";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE, PROVIDER_VERSION } from "../scripts/lib/provider-address";
import { everyFieldValues, requiredOnlyValues, secretValues, type AttributeValues } from "./support/catalog-configs";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { StreamkapApi, type Collection } from "../scripts/lib/streamkap-api";

jest.setTimeout(300_000);

let emulator: EmulatorProcess;
let api: StreamkapApi;
let ws: RecordingWorkspace;
const workspaces = new WorkspaceFactory({ address: PROVIDER_ADDRESS, env: () => emulatorEnv(emulator) });
const log = workspaces.log;

beforeAll(async () => {
  emulator = await startEmulatorProcess({ args: ["--deploy-ms", "20"] });
  api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
  ws = await workspaces.create(workspaceConfig([], () => ({})));
});

afterAll(async () => {
  await emulator?.stop();
  workspaces.cleanup();
});

function workspaceConfig(connectors: readonly Connector[], valuesOf: (c: Connector) => AttributeValues, suffix = ""): object {
  const resource: Record<string, Record<string, object>> = {};
  for (const c of connectors) resource[c.terraform_resource] = { x: { name: `${c.id}-${suffix}`, ...valuesOf(c) } };
  return {
    terraform: { required_providers: { streamkap: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION } } },
    ...(suffix ? { resource } : {}),
  };
}

describe.each(CONNECTOR_KINDS.map((kind) => [kind]))("%s connectors", (kind: ConnectorKind) => {
  const connectors = catalogFor(kind).all();
  const collection: Collection = `${kind}s`;
  const config = (valuesOf: (c: Connector) => AttributeValues, suffix: string) => workspaceConfig(connectors, valuesOf, `${kind}-${suffix}`);

  async function applyPlanCleanDestroy(valuesOf: (c: Connector) => AttributeValues, suffix: string): Promise<void> {
    ws.writeConfig(config(valuesOf, suffix));
    await ws.apply();

    const held = await api.list(collection);
    expect(held.map((s) => s.connector).sort()).toEqual(connectors.map((c) => c.id).sort());
    const managed = await ws.managedResources();
    expect(managed.map((r) => r.type).sort()).toEqual(connectors.map((c) => c.terraform_resource).sort());

    const plan = await ws.plan();
    expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: "" });

    await ws.destroy();
    expect(await api.list(collection)).toEqual([]);
  }

  test("required fields only: every connector applies, plans clean and destroys", async () => {
    await applyPlanCleanDestroy(requiredOnlyValues, "required");
  });

  test("every field set to a non-default value: every connector applies, plans clean and destroys", async () => {
    await applyPlanCleanDestroy(everyFieldValues, "full");
  });

  test("the API holds every configured value, and no secret reaches terraform's output", async () => {
    ws.writeConfig(config(everyFieldValues, "echo"));
    await ws.apply();
    const byConnector = new Map((await api.list(collection)).map((s) => [s.connector, s]));
    const secrets: string[] = [];
    for (const c of connectors) {
      const values = everyFieldValues(c);
      secrets.push(...secretValues(c, values));
      const held = await api.get(collection, byConnector.get(c.id)!.id, true);
      for (const f of c.fields) {
        // The API keeps every value as a string, as Kafka Connect does, in its wire encoding.
        const sent = f.type === "map" ? encodeMap(f, values[f.tf_name] as Record<string, unknown>) : values[f.tf_name];
        const expected = typeof sent === "object" ? JSON.stringify(sent) : String(sent);
        expect([c.id, f.api_key, String(held!.config[f.api_key])]).toEqual([c.id, f.api_key, expected]);
      }
    }
    await ws.destroy();
    expect(await api.list(collection)).toEqual([]);
    const output = log.text();
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.filter((s) => output.includes(s))).toEqual([]);
  });
});
