// Whatever a client sends, the emulator answers it and stays up: generated methods, paths,
// query strings and bodies against every route it has (fast-check), a 20 MB body, request
// targets the URL parser refuses. Without injected faults no answer is a 5xx, every JSON answer
// parses, none carries a stack trace, and the emulator still serves a valid request after.
import fc from "fast-check";
import { request } from "node:http";
import { TokenAuthority } from "../auth/token-authority";
import { systemClock } from "../clock";
import { startEmulator, type RunningEmulator } from "../index";
import { buildRouter } from "../routes";
import { CONSOLE_PATHS } from "../console/endpoints";
import { TenantStores } from "../store/tenant";
import { call, login, postgresBody, snowflakeBody } from "../testing/test-client";
import { STATS_PATH } from "./middleware";
import { MAX_BODY_BYTES } from "./wire";

const CLIENT_ID = "hostile-client";
const SECRET = "hostile-secret-5c1e";
let emulator: RunningEmulator;
let token: string;
const internalErrors: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 0, log: (l) => l.startsWith("internal error") && internalErrors.push(l) });
  token = await login(emulator.url, CLIENT_ID, SECRET);
});
afterAll(() => emulator.close());

interface RawReply {
  status: number;
  contentType: string;
  text: string;
}

/** One request with the target sent exactly as given (node checks only its characters). */
function raw(method: string, target: string, options: { body?: string; auth?: boolean; headers?: Record<string, string> } = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(`${emulator.url}/`, {
      method,
      path: target,
      agent: false,
      headers: {
        ...(options.auth === false ? {} : { Authorization: `Bearer ${token}` }),
        ...(options.body !== undefined ? { "Content-Type": "application/json" } : {}),
        ...options.headers,
      },
    });
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), text }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/** What no answer may be: a 5xx, JSON that does not parse, a stack trace. */
function troubleWith(reply: RawReply): string | undefined {
  if (reply.status >= 500) return `answered ${reply.status}: ${reply.text.slice(0, 200)}`;
  if (reply.contentType.startsWith("application/json") && reply.text !== "") {
    try {
      JSON.parse(reply.text);
    } catch {
      return `answered JSON that does not parse: ${reply.text.slice(0, 200)}`;
    }
  }
  if (/\n\s+at .+:\d+:\d+/.test(reply.text)) return `answered a stack trace: ${reply.text.slice(0, 200)}`;
  return undefined;
}

/** Every API route, and the emulator's own endpoints (the console's event stream aside: it
 * never ends by design). */
const ROUTES = [
  ...buildRouter({
    stores: new TenantStores(),
    auth: new TokenAuthority({ clientId: CLIENT_ID, secret: SECRET }, 3600),
    clientId: CLIENT_ID,
    deployMs: 0,
    clock: systemClock,
  }).list(),
  ...CONSOLE_PATHS.filter((path) => path !== "/__emulator/events").map((pattern) => ({ method: "GET", pattern })),
  { method: "GET", pattern: STATS_PATH },
  { method: "POST", pattern: "/__emulator/transforms/{id}/run" },
];

/** Text that breaks naive parsing: percent signs, dots, slashes, quotes, unicode, NUL escapes. */
const hostileText = fc.oneof(
  fc.constantFrom(
    "",
    "%",
    "%zz",
    "%00",
    "..",
    "../..",
    "null",
    "undefined",
    "NaN",
    "-1",
    "0",
    "1e309",
    "[]",
    "{}",
    "__proto__",
    "constructor",
    "a".repeat(3000),
    "%E2%82",
    "é",
    "🔑",
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 24, maxLength: 24 }),
);

/** A path segment as a client might put it on the wire: encoded, or raw where node allows. */
const segment = hostileText.map((s) => s.replace(/[^\x21-\x7e]|[/?#]/g, (c) => [...Buffer.from(c)].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")));

const QUERY_KEYS = [
  "page",
  "page_size",
  "wait",
  "secret_returned",
  "partial_name",
  "name",
  "tag_ids",
  "tag_type",
  "tag_name",
  "entity_type",
  "entity_ids",
  "unwind_topics",
  "sort",
  "sort_dir",
  "status",
  "version",
];
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), segment), segment), { maxLength: 5 })
  .map((pairs) => (pairs.length ? "?" + pairs.map(([k, v]) => `${k}=${v}`).join("&") : ""));

/** A body: nothing, anything JSON, text that is not JSON, or a valid one with a part broken. */
const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc
    .tuple(
      fc.constantFrom(postgresBody("fuzz-src"), snowflakeBody("fuzz-dst"), { name: "fuzz-tag", type: ["sources"] }),
      fc.string({ maxLength: 40 }),
      fc.jsonValue(),
    )
    .map(([valid, key, value]) => JSON.stringify({ ...valid, [key || "name"]: value })),
  fc
    .dictionary(
      fc.constantFrom(
        "name",
        "config",
        "connector",
        "source",
        "destination",
        "type",
        "tags",
        "topics",
        "implementation",
        "transforms",
        "partition_count",
        "ids",
      ),
      fc.jsonValue(),
    )
    .map((v) => JSON.stringify(v)),
);

test("property: generated requests on every route get an answer that is not 5xx, and the emulator stays up", async () => {
  const routes = fc.constantFrom(...ROUTES);
  const method = fc.oneof(fc.constant(undefined), fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(
      routes,
      method,
      fc.array(segment, { minLength: 3, maxLength: 3 }),
      query,
      body,
      fc.boolean(),
      async (route, otherMethod, values, q, payload, authorized) => {
        let n = 0;
        const path = route.pattern.replace(/\{\w+\}/g, () => values[n++] || "x");
        const reply = await raw(otherMethod ?? route.method, path + q, { body: payload, auth: authorized || route.pattern === "/auth/access-token" });
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        expect(troubleWith(reply)).toBeUndefined();
      },
    ),
    { numRuns: 400 },
  );
  expect(internalErrors).toEqual([]);
  // The requests reached the handlers, not only the router's and the login's refusals.
  expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 401, 404, 405, 422]));
  if (process.env.FUZZ_FIGURES) process.stderr.write(`statuses: ${JSON.stringify(Object.fromEntries(statuses))}\n`);
  expect((await call(emulator.url, "GET", "/sources", undefined, token)).status).toBe(200);
});

test.each(["//[", "//x:99999", "//%", "http://[", "/%", "/__emulator/transforms/%zz/run", "/sources/%zz", "*"])(
  "the request target %j gets a 4xx, and the emulator stays up",
  async (target) => {
    const reply = await raw("POST", target, { body: "{}" });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(troubleWith(reply)).toBeUndefined();
    expect((await call(emulator.url, "GET", "/sources", undefined, token)).status).toBe(200);
  },
);

/** Sends `size` bytes of body and resolves with the answer, whatever happens to the rest. */
function oversized(size: number, chunked: boolean, path = "/sources"): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(`${emulator.url}${path}`, {
      method: "POST",
      agent: false,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...(chunked ? {} : { "Content-Length": String(size) }) },
    });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8").on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), text }));
      res.on("error", () => resolve({ status: res.statusCode ?? 0, contentType: "", text }));
    });
    // Should the server cut the connection while the rest is being sent, writing it fails.
    req.on("error", (err) => answered || reject(err));
    const chunk = Buffer.alloc(1024 * 1024, "a");
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

test.each([
  ["with its Content-Length", false, "/sources"],
  ["sent chunked", true, "/sources"],
  ["sent chunked to the console's transform runner", true, "/__emulator/transforms/65b000000000000000000001/run"],
])("a 20 MB body %s is refused with 413 and a message; the emulator stays up", async (_how, chunked, path) => {
  const reply = await oversized(20 * 1024 * 1024, chunked, path);
  expect(reply.status).toBe(413);
  expect(JSON.parse(reply.text)).toEqual({ detail: `Request body too large: at most ${MAX_BODY_BYTES} bytes` });
  expect((await call(emulator.url, "GET", "/sources", undefined, token)).status).toBe(200);
});
