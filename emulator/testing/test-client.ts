// A minimal JSON client over node:http for the emulator's own tests.
import { request } from "node:http";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../index";

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed JSON body, or undefined when the body is not JSON. */
  json: any;
}

export function call(baseUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<Reply> {
  const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}${path}`,
      {
        method,
        agent: false,
        headers: {
          Accept: "application/json",
          ...(payload !== undefined ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) } : {}),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (d: string) => (text += d));
        res.on("end", () => {
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

export async function login(baseUrl: string, clientId: string, secret: string): Promise<string> {
  const reply = await call(baseUrl, "POST", "/auth/access-token", { client_id: clientId, secret });
  if (reply.status !== 200) throw new Error(`login answered ${reply.status}: ${reply.text}`);
  return reply.json.accessToken as string;
}

/** A valid postgresql source create body; override any part. */
export function postgresBody(name: string, config: Record<string, unknown> = {}): Record<string, unknown> {
  return createBody("postgresql", name, {
    "database.hostname.user.defined": "db.internal",
    "database.port.user.defined": 5433,
    "database.user": "cdc",
    "database.password": "pg-s3cret-value",
    "database.dbname": "shop",
    "schema.include.list": "public",
    "table.include.list.user.defined": "public.orders,public.items",
    "heartbeat.enabled": false,
    ...config,
  });
}

/** A valid ClickHouse destination create body; override any part. */
export function clickhouseBody(name: string, config: Record<string, unknown> = {}): Record<string, unknown> {
  return createBody("clickhouse", name, {
    hostname: "ch.internal",
    "connection.username": "loader",
    "connection.password": "ch-s3cret-value",
    database: "analytics",
    port: 9440,
    ssl: false,
    ...config,
  });
}

/** A valid Snowflake destination create body (it has a set-once key and a map of strings). */
export function snowflakeBody(name: string, config: Record<string, unknown> = {}): Record<string, unknown> {
  return createBody("snowflake", name, {
    "snowflake.url.name": "acme.snowflakecomputing.com",
    "snowflake.user.name": "loader",
    "snowflake.private.key": "-----BEGIN PRIVATE KEY-----x",
    "snowflake.database.name": "ANALYTICS",
    "snowflake.schema.name": "RAW",
    ...config,
  });
}

/** An update body: a create body without created_from, which only a create sends. */
export function updateBody(created: Record<string, unknown>): Record<string, unknown> {
  const { created_from: _sentOnCreate, ...body } = created;
  return body;
}

function createBody(connector: string, name: string, config: Record<string, unknown>): Record<string, unknown> {
  return { name, connector, created_from: "terraform", config };
}

/** A pipeline create body joining a source and a destination as the API answered them. */
export function pipelineBody(
  name: string,
  source: { id: string; name: string },
  destination: { id: string; name: string },
  topics: string[] = ["public.orders"],
): Record<string, unknown> {
  return {
    name,
    snapshot_new_tables: true,
    source: { id: source.id, name: source.name, connector: "postgresql", topics },
    destination: { id: destination.id, name: destination.name, connector: "clickhouse" },
    transforms: [],
    topic_auto_discovery_transforms: [],
    created_from: "terraform",
  };
}

export type Api = (method: string, path: string, body?: unknown) => Promise<Reply>;

/** For a test file: an in-process emulator started before its tests and closed after them,
 * and `api`, a call logged in to it. */
export function emulatorForTests(options: EmulatorOptions & { clientId: string; secret: string }): { api: Api; url: () => string } {
  let emulator: RunningEmulator;
  let token: string;
  beforeAll(async () => {
    emulator = await startEmulator(options);
    token = await login(emulator.url, options.clientId, options.secret);
  });
  afterAll(() => emulator.close());
  return { api: (method, path, body) => call(emulator.url, method, path, body, token), url: () => emulator.url };
}
