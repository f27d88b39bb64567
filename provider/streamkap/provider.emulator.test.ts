// The whole provider definition served by the framework core, against the emulator: a
// create is planned and applied, and the next plan finds nothing to change.
import { startEmulatorProcess, type EmulatorProcess } from "../../test/support/emulator";
import { FrameworkProviderServer } from "../framework/core";
import { valuesEqual, type ObjectValue } from "../framework/values";
import { streamkapProvider } from "./provider";

let emulator: EmulatorProcess;
beforeAll(async () => {
  emulator = await startEmulatorProcess({ args: ["--deploy-ms", "10"] });
});
afterAll(async () => {
  await emulator?.stop();
});

/** Terraform's proposed new state: configured values, prior values for computed ones left null. */
function proposed(server: FrameworkProviderServer, type: string, config: ObjectValue, prior: ObjectValue | null): ObjectValue {
  const attrs = server.getProviderSchema().resourceSchemas[type].attributes;
  const out: ObjectValue = {};
  for (const [name, attribute] of Object.entries(attrs)) {
    const configured = config[name] ?? null;
    out[name] = configured === null && attribute.computed && prior ? prior[name] ?? null : configured;
  }
  return out;
}

function fullConfig(server: FrameworkProviderServer, type: string, set: ObjectValue): ObjectValue {
  const attrs = server.getProviderSchema().resourceSchemas[type].attributes;
  return Object.fromEntries(Object.keys(attrs).map((n) => [n, set[n] ?? null]));
}

test("plan, apply, refresh and an empty second plan for streamkap_source_postgresql", async () => {
  const server = new FrameworkProviderServer(streamkapProvider({}));
  const configured = await server.configureProvider(
    { host: emulator.url, client_id: emulator.clientId, secret: emulator.secret },
    "1.9.0"
  );
  expect(configured.diagnostics).toEqual([]);

  const type = "streamkap_source_postgresql";
  const config = fullConfig(server, type, {
    name: `plan-${Date.now()}`,
    database_hostname: "db.internal",
    database_user: "cdc",
    database_password: "provider-test-pw",
    database_dbname: "shop",
    schema_include_list: "public",
    table_include_list: "public.orders",
    database_port: 6543,
    heartbeat_enabled: false,
  });
  expect(server.validateResourceConfig(type, config).diagnostics).toEqual([]);

  const plan = await server.planResourceChange(type, null, proposed(server, type, config, null), config, undefined);
  expect(plan.diagnostics).toEqual([]);
  const applied = await server.applyResourceChange(type, null, plan.plannedState, config, plan.plannedPrivate);
  expect(applied.diagnostics).toEqual([]);
  const state = applied.newState!;
  expect(state.id).toMatch(/^[0-9a-f]{24}$/);

  const refreshed = await server.readResource(type, state, applied.private);
  expect(refreshed.diagnostics).toEqual([]);
  const current = refreshed.newState!;
  expect({ ...current, connector_status: null }).toEqual({ ...state, connector_status: null });

  const second = await server.planResourceChange(
    type,
    current,
    proposed(server, type, config, current),
    config,
    refreshed.private
  );
  expect(second.diagnostics).toEqual([]);
  expect(valuesEqual(second.plannedState, current)).toBe(true);
  expect(second.requiresReplace).toEqual([]);

  const destroyed = await server.applyResourceChange(type, current, null, null, undefined);
  expect(destroyed.diagnostics).toEqual([]);
  expect((await server.readResource(type, current, undefined)).newState).toBeNull();
});
