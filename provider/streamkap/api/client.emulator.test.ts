// The client and the typed resource against the real emulator process (built by npm run build).
import { sourceCatalog } from "../../../catalog";
import { startEmulatorProcess, type EmulatorProcess } from "../../../scripts/lib/emulator-process";
import { Diagnostics } from "../../framework/diagnostics";
import { UNKNOWN, type ObjectValue } from "../../framework/values";
import { StreamkapClient } from "./client";
import { createLogger } from "../log";
import { typedConnectorResource } from "../connectors/typed-resource";
import { genericConnectorResource } from "../connectors/generic-resource";
import { SOURCES } from "../sources";
import { eventually } from "../../../test/support/eventually";

let emulator: EmulatorProcess;
const logs: string[] = [];

beforeAll(async () => {
  emulator = await startEmulatorProcess({ args: ["--deploy-ms", "20", "--token-ttl", "1"] });
});
afterAll(async () => {
  await emulator?.stop();
});

function client(secret = emulator.secret) {
  return new StreamkapClient({
    host: emulator.url,
    clientId: emulator.clientId,
    secret,
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 50 },
    logger: createLogger("trace", (l) => logs.push(l)),
  });
}

const config = {
  "database.hostname.user.defined": "db.internal",
  "database.port.user.defined": 5432,
  "database.user": "cdc",
  "database.password": "emulator-test-pw",
  "database.dbname": "shop",
  "schema.include.list": "public",
  "table.include.list.user.defined": "public.orders",
};

test("create, read, list, update, delete through the client", async () => {
  const c = client();
  const name = `orders-${Date.now()}`;
  const created = await c.sources.create({ name, connector: "postgresql", config }, { secrets: ["emulator-test-pw"] });
  expect(created.id).toMatch(/^[0-9a-f]{24}$/);
  expect(created.config?.["database.password"] ?? null).toBeNull();

  const read = await c.sources.get(created.id);
  expect(read).toMatchObject({ id: created.id, name, connector: "postgresql" });

  const page = await c.sources.list({ partialName: name, pageSize: 5 });
  expect(page.result.map((s) => s.id)).toContain(created.id);

  const updated = await c.sources.update(created.id, { name: `${name}-2`, connector: "postgresql", config });
  expect(updated.id).toBe(created.id);
  expect((await c.sources.get(created.id))!.name).toBe(`${name}-2`);

  expect(await c.sources.delete(created.id)).toBe(true);
  expect(await c.sources.get(created.id)).toBeUndefined();
  expect(await c.sources.delete(created.id)).toBe(false);
});

test("a duplicate name is a readable 422 with the request id and no secret", async () => {
  const c = client();
  const name = `dup-${Date.now()}`;
  await c.sources.create({ name, connector: "postgresql", config });
  const err = (await c.sources.create({ name, connector: "postgresql", config }, { secrets: ["emulator-test-pw"] }).catch((e) => e)) as Error;
  expect(err.message).toMatch(/POST \/sources failed with status 422.*already exists.*\(request id [^)]+\)/);
  expect(err.message).not.toContain("emulator-test-pw");
  expect(err.message).not.toContain(emulator.secret);
});

test("bad credentials are refused without quoting the secret", async () => {
  const err = (await client("not-the-secret-123")
    .sources.get("0".repeat(24))
    .catch((e) => e)) as Error;
  expect(err.message).toMatch(/401/);
  expect(err.message).not.toContain("not-the-secret-123");
});

test("short-lived tokens are renewed", async () => {
  const c = client();
  const before = (await emulator.stats()).requests["POST /auth/access-token"] ?? 0;
  const logins = async () => ((await emulator.stats()).requests["POST /auth/access-token"] ?? 0) - before;
  await c.sources.list();
  expect(await logins()).toBe(1);
  // Every list succeeds, and once the 1-second token nears its end the client logs in again.
  await eventually(
    "a second login as the first token nears its end",
    async () => (await c.sources.list(), logins()),
    (n) => n >= 2,
  );
});

test("the typed resource round-trips through the API without drift", async () => {
  const resource = typedConnectorResource(SOURCES, sourceCatalog.get("postgresql"));
  const ctx = { client: client(), diagnostics: new Diagnostics(), signal: new AbortController().signal };
  const planned: ObjectValue = {};
  for (const [n, a] of Object.entries(resource.schema.attributes)) planned[n] = a.default ?? (a.computed ? UNKNOWN : null);
  Object.assign(planned, {
    name: `typed-${Date.now()}`,
    database_hostname: "db.internal",
    database_user: "cdc",
    database_password: "emulator-test-pw",
    database_dbname: "shop",
    schema_include_list: "public",
    table_include_list: "public.orders",
    database_port: 6543,
  });
  const created = await resource.create({ planned, config: planned }, ctx);
  const read = await resource.read({ state: created }, ctx);
  // connector_status moves on in the background; everything else must match what was planned.
  expect({ ...read, connector_status: null }).toEqual({ ...created, connector_status: null });
  expect(read!.database_port).toBe(6543);
  expect(read!.database_password).toBe("emulator-test-pw");
  await resource.delete({ state: created }, ctx);
  expect(await resource.read({ state: created }, ctx)).toBeNull();
});

test("the generic resource keeps the user's spelling of echoed values", async () => {
  const resource = genericConnectorResource(SOURCES);
  const ctx = { client: client(), diagnostics: new Diagnostics(), signal: new AbortController().signal };
  const { "database.password": password, ...plain } = config;
  const planned: ObjectValue = {
    id: UNKNOWN,
    name: `generic-${Date.now()}`,
    connector: "postgresql",
    config: { ...Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, String(v)])), "heartbeat.enabled": "true" },
    secret_config: { "database.password": password },
    connector_status: UNKNOWN,
    topics: UNKNOWN,
  };
  const created = await resource.create({ planned, config: planned }, ctx);
  const read = await resource.read({ state: created }, ctx);
  expect(read!.config).toEqual(planned.config);
  expect(read!.secret_config).toEqual(planned.secret_config);
  await resource.delete({ state: created }, ctx);
});

test("nothing secret reached the client's log", () => {
  const text = logs.join("\n");
  expect(text).toContain("POST /sources");
  expect(text).not.toContain("emulator-test-pw");
  expect(text).not.toContain(emulator.secret);
  expect(text).not.toMatch(/Bearer/);
});
