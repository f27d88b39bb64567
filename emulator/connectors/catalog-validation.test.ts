// The emulator validates every connector's writes, sources and destinations alike, from the
// catalog: a body with all required keys is accepted, leaving any one of them out is a 422
// naming that key, every field refuses a value of the wrong kind or outside its allowed values
// or range with a 422 naming it, and a body with every field set echoes each value back as
// Kafka Connect stores it.
import { encodeMap, everyConnector, type CatalogField, type Connector } from "../../catalog";
import { apiConfig, everyFieldValues, requiredOnlyValues } from "../../test/support/catalog-configs";
import { startEmulator, type RunningEmulator } from "../index";
import { KINDS } from "./kinds";
import { call, login } from "../testing/test-client";
import { toConfigString } from "./validation";

let emulator: RunningEmulator;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({ clientId: "c", secret: "s", deployMs: 0, log: () => {} });
  token = await login(emulator.url, "c", "s");
});
afterAll(() => emulator.close());

const create = (connector: Connector, name: string, config: Record<string, unknown>, query = "wait=false") => {
  const path = KINDS.find((k) => k.kind === connector.kind)!.path;
  return call(emulator.url, "POST", `${path}?${query}`, { name, connector: connector.id, created_from: "api", config }, token);
};

describe.each(everyConnector().map((c) => [`${c.kind} ${c.id}`, c] as const))("%s", (_label, connector) => {
  test("every required key present is accepted; any one missing is a 422 naming it", async () => {
    const config = apiConfig(connector, requiredOnlyValues(connector));
    const ok = await create(connector, `${connector.id}-ok`, config);
    expect(ok.status).toBe(201);
    for (const key of Object.keys(config)) {
      const { [key]: _left, ...rest } = config;
      const r = await create(connector, `${connector.id}-missing`, rest);
      expect([key, r.status]).toEqual([key, 422]);
      expect(r.json.detail).toEqual([expect.objectContaining({ loc: ["body", "config", key], type: "missing" })]);
    }
  });

  test("every field set is accepted and echoed back as a string", async () => {
    const config = apiConfig(connector, everyFieldValues(connector));
    const r = await create(connector, `${connector.id}-every`, config, "wait=false&secret_returned=true");
    expect(r.status).toBe(201);
    for (const [key, value] of Object.entries(config)) expect([key, r.json.config[key]]).toEqual([key, toConfigString(value)]);
  });

  test("a value of the wrong kind, or outside its allowed values or range, is a 422 naming the key", async () => {
    const base = apiConfig(connector, everyFieldValues(connector));
    for (const field of connector.fields) {
      const r = await create(connector, `${connector.id}-bad`, { ...base, [field.api_key]: invalidValue(field) });
      expect([field.api_key, r.status]).toEqual([field.api_key, 422]);
      expect(r.json.detail).toEqual([expect.objectContaining({ loc: ["body", "config", field.api_key], type: "value_error" })]);
    }
  });
});

/** A value the catalog forbids for the field: outside its allowed values or range where it
 * has them, of the wrong kind otherwise. */
function invalidValue(field: CatalogField): unknown {
  if (field.enum) return "not-an-allowed-value";
  switch (field.type) {
    case "int":
      if (field.max !== undefined) return field.max + 1;
      return field.min !== undefined ? field.min - 1 : "seven";
    case "bool":
      return "maybe";
    case "map":
      // An entry that is neither an object nor a string fits no map, sent in the field's encoding.
      return encodeMap(field, { "dbo.orders": 5 });
    case "list":
      return "not-a-list";
    case "string":
      return { not: "a string" };
  }
}
