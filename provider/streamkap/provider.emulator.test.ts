// The whole provider definition served by the framework core, against the emulator: a
// create is planned and applied, and the next plan finds nothing to change.
import { startEmulatorProcess, type EmulatorProcess } from "../../scripts/lib/emulator-process";
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
  const attrs = server.getProviderSchema({}).resourceSchemas[type].attributes;
  const out: ObjectValue = {};
  for (const [name, attribute] of Object.entries(attrs)) {
    const configured = config[name] ?? null;
    out[name] = configured === null && attribute.computed && prior ? (prior[name] ?? null) : configured;
  }
  return out;
}

function fullConfig(server: FrameworkProviderServer, type: string, set: ObjectValue): ObjectValue {
  const attrs = server.getProviderSchema({}).resourceSchemas[type].attributes;
  return Object.fromEntries(Object.keys(attrs).map((n) => [n, set[n] ?? null]));
}

const clientCapabilities = { deferralAllowed: false, writeOnlyAttributesAllowed: false };

/** Plans and applies a create, refreshes, plans again (empty), and destroys, as Terraform would. */
async function roundTrip(type: string, set: ObjectValue): Promise<ObjectValue> {
  const server = new FrameworkProviderServer(streamkapProvider({}));
  const configured = await server.configureProvider({
    config: { host: emulator.url, client_id: emulator.clientId, secret: emulator.secret },
    terraformVersion: "1.9.0",
    clientCapabilities,
  });
  expect(configured.diagnostics).toEqual([]);
  const config = fullConfig(server, type, set);
  expect(server.validateResourceConfig({ typeName: type, config, clientCapabilities }).diagnostics).toEqual([]);

  const plan = (prior: ObjectValue | null, priorPrivate: Uint8Array | undefined) =>
    server.planResourceChange({
      typeName: type,
      priorState: prior,
      proposedNewState: proposed(server, type, config, prior),
      config,
      priorPrivate,
      providerMeta: null,
      clientCapabilities,
    });
  const read = (state: ObjectValue, priv: Uint8Array | undefined) =>
    server.readResource({ typeName: type, currentState: state, private: priv, providerMeta: null, clientCapabilities });

  const first = await plan(null, undefined);
  expect(first.diagnostics).toEqual([]);
  const applied = await server.applyResourceChange({
    typeName: type,
    priorState: null,
    plannedState: first.plannedState,
    config,
    plannedPrivate: first.plannedPrivate,
    providerMeta: null,
  });
  expect(applied.diagnostics).toEqual([]);
  const state = applied.newState!;
  expect(state.id).toMatch(/^[0-9a-f]{24}$/);

  const refreshed = await read(state, applied.private);
  expect(refreshed.diagnostics).toEqual([]);
  const current = refreshed.newState!;
  expect({ ...current, connector_status: null }).toEqual({ ...state, connector_status: null });

  const second = await plan(current, refreshed.private);
  expect(second.diagnostics).toEqual([]);
  expect(valuesEqual(second.plannedState, current)).toBe(true);
  expect(second.requiresReplace).toEqual([]);

  const destroyed = await server.applyResourceChange({
    typeName: type,
    priorState: current,
    plannedState: null,
    config: null,
    plannedPrivate: undefined,
    providerMeta: null,
  });
  expect(destroyed.diagnostics).toEqual([]);
  expect((await read(current, undefined)).newState).toBeNull();
  return state;
}

test("plan, apply, refresh and an empty second plan for streamkap_source_postgresql", async () => {
  const state = await roundTrip("streamkap_source_postgresql", {
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
  expect(state.topics).toEqual([`source_${state.id}.public.orders`]);
});

test("the same for a destination, streamkap_destination_postgresql, which has no topics", async () => {
  const state = await roundTrip("streamkap_destination_postgresql", {
    name: `plan-${Date.now()}`,
    database_hostname: "warehouse.internal",
    database_database: "analytics",
    connection_username: "loader",
    connection_password: "provider-test-pw",
    table_name_prefix: "cdc_",
  });
  expect(state).not.toHaveProperty("topics");
  expect(state.connector).toBe("postgresql");
});
