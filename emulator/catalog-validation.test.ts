// The emulator validates every connector's writes from the catalog: a body with all required
// keys is accepted, leaving any one of them out is a 422 naming that key, and values outside
// the allowed values or ranges are 422 too.
import { sourceCatalog, type CatalogField } from "../catalog";
import { apiConfig, everyFieldValues, requiredOnlyValues } from "../test/support/catalog-configs";
import { startEmulator, type RunningEmulator } from "./index";
import { call, login } from "./test-client";

let emulator: RunningEmulator;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({ clientId: "c", secret: "s", deployMs: 0, log: () => {} });
  token = await login(emulator.url, "c", "s");
});
afterAll(() => emulator.close());

const create = (name: string, connector: string, config: Record<string, unknown>) =>
  call(emulator.url, "POST", "/sources?wait=false", { name, connector, created_from: "api", config }, token);

describe.each(sourceCatalog.all().map((c) => [c.id, c] as const))("%s", (_id, connector) => {
  test("every required key present is accepted; any one missing is a 422 naming it", async () => {
    const config = apiConfig(connector, requiredOnlyValues(connector));
    const ok = await create(`${connector.id}-ok`, connector.id, config);
    expect(ok.status).toBe(201);
    for (const key of Object.keys(config)) {
      const { [key]: _left, ...rest } = config;
      const r = await create(`${connector.id}-missing`, connector.id, rest);
      expect([key, r.status]).toEqual([key, 422]);
      expect(r.json.detail).toEqual([expect.objectContaining({ loc: ["body", "config", key], type: "missing" })]);
    }
  });

  test("a value outside its allowed values or range is a 422 naming the key", async () => {
    const base = apiConfig(connector, everyFieldValues(connector));
    const checked = connector.fields.filter((f) => f.enum || f.min !== undefined || f.max !== undefined || f.map_value_fields);
    for (const field of checked) {
      const r = await create(`${connector.id}-bad`, connector.id, { ...base, [field.api_key]: invalidValue(field) });
      expect([field.api_key, r.status]).toEqual([field.api_key, 422]);
      expect(r.json.detail[0].loc).toEqual(["body", "config", field.api_key]);
    }
  });
});

/** A value the catalog forbids for a field that has allowed values, a range or map entries. */
function invalidValue(field: CatalogField): unknown {
  if (field.enum) return "not-an-allowed-value";
  if (field.map_value_fields) return { "dbo.orders": {} }; // an entry without its required fields
  return field.max !== undefined ? field.max + 1 : field.min! - 1;
}
