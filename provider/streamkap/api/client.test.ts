import http from "node:http";
import type { AddressInfo } from "node:net";
import { StreamkapClient } from "./client";
import { createLogger } from "../log";

const CLIENT_ID = "client-abc";
const SECRET = "very-secret-value-123";

interface Recorded {
  method: string;
  url: string;
  auth?: string;
  body?: any;
}

/** A tiny stand-in for the API whose behaviour each test scripts. */
async function startServer(handle: (req: Recorded, res: http.ServerResponse) => void) {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const rec: Recorded = {
        method: req.method!,
        url: req.url!,
        auth: req.headers.authorization,
        body: raw ? JSON.parse(raw) : undefined,
      };
      requests.push(rec);
      handle(rec, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", "X-Request-Id": "req-42", ...headers });
  res.end(JSON.stringify(body));
}

let tokenCount = 0;
function issueToken(rec: Recorded, res: http.ServerResponse, expiresIn = 3600): boolean {
  if (rec.url !== "/auth/access-token") return false;
  if (rec.body?.client_id !== CLIENT_ID || rec.body?.secret !== SECRET) {
    json(res, 401, { detail: "Invalid client credentials" });
    return true;
  }
  tokenCount++;
  json(res, 200, { accessToken: `tok-${tokenCount}-abcdef`, refreshToken: "r", expires: "x", expiresIn });
  return true;
}

const fastRetry = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

function client(url: string, extra: Partial<ConstructorParameters<typeof StreamkapClient>[0]> = {}, logs: string[] = []) {
  return new StreamkapClient({
    host: url,
    clientId: CLIENT_ID,
    secret: SECRET,
    retry: fastRetry,
    logger: createLogger("trace", (l) => logs.push(l)),
    ...extra,
  });
}

const source = {
  id: "65f000000000000000000001",
  name: "orders",
  connector: "postgresql",
  config: { "database.port.user.defined": "5432" },
};

beforeEach(() => (tokenCount = 0));

describe("StreamkapClient", () => {
  test("fetches a token once and sends it as a bearer token", async () => {
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      if (rec.auth !== "Bearer tok-1-abcdef") return json(res, 401, { detail: "bad token" });
      json(res, 200, { total: 1, page: 1, page_size: 10, result: [source] });
    });
    try {
      const c = client(srv.url);
      await c.sources.get(source.id);
      await c.sources.get(source.id);
      expect(srv.requests.filter((r) => r.url === "/auth/access-token")).toHaveLength(1);
      expect(srv.requests[0].body).toEqual({ client_id: CLIENT_ID, secret: SECRET });
    } finally {
      await srv.close();
    }
  });

  test("renews the token once on a 401, and concurrent calls share the renewal", async () => {
    let revoked = false;
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      if (rec.auth === "Bearer tok-1-abcdef" && revoked) return json(res, 401, { detail: "token expired" });
      json(res, 200, { result: [source] });
    });
    try {
      const c = client(srv.url);
      await c.sources.get(source.id);
      revoked = true;
      const results = await Promise.all([c.sources.get(source.id), c.sources.get(source.id), c.sources.get(source.id)]);
      expect(results.every((r) => r?.id === source.id)).toBe(true);
      expect(srv.requests.filter((r) => r.url === "/auth/access-token")).toHaveLength(2);
    } finally {
      await srv.close();
    }
  });

  test("renews a token before it expires", async () => {
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res, 0)) return;
      json(res, 200, { result: [source] });
    });
    try {
      const c = client(srv.url);
      await c.sources.get(source.id);
      await c.sources.get(source.id);
      expect(srv.requests.filter((r) => r.url === "/auth/access-token")).toHaveLength(2);
    } finally {
      await srv.close();
    }
  });

  test("a persistent 401 is an error after one renewal", async () => {
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      json(res, 401, { detail: "not allowed" });
    });
    try {
      await expect(client(srv.url).sources.get("x")).rejects.toThrow(/status 401.*not allowed/);
      expect(srv.requests.filter((r) => r.url === "/auth/access-token")).toHaveLength(2);
    } finally {
      await srv.close();
    }
  });

  test("unwraps the envelope; an empty result or a 404 means gone", async () => {
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      if (rec.url.startsWith("/sources/known")) return json(res, 200, { total: 1, result: [source] });
      if (rec.url.startsWith("/sources/empty")) return json(res, 200, { total: 0, result: [] });
      json(res, 404, { detail: "Source not found" });
    });
    try {
      const c = client(srv.url);
      expect(await c.sources.get("known")).toEqual(source);
      expect(await c.sources.get("empty")).toBeUndefined();
      expect(await c.sources.get("missing")).toBeUndefined();
      expect(srv.requests.find((r) => r.url.startsWith("/sources/known"))!.url).toBe("/sources/known?secret_returned=false");
    } finally {
      await srv.close();
    }
  });

  test("create sends created_from and the query flags; update uses PUT; delete of a gone source is fine", async () => {
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      if (rec.method === "POST") return json(res, 201, { ...source, ...rec.body });
      if (rec.method === "PUT") return json(res, 200, { ...source, ...rec.body });
      if (rec.method === "DELETE" && rec.url.endsWith("/gone")) return json(res, 404, { detail: "not found" });
      if (rec.method === "DELETE") return json(res, 200, source);
      json(res, 200, { total: 1, page: 2, page_size: 5, result: [source] });
    });
    try {
      const c = client(srv.url);
      const created = await c.sources.create({ name: "orders", connector: "postgresql", config: { a: 1 } });
      expect(created.id).toBe(source.id);
      const post = srv.requests.find((r) => r.method === "POST" && r.url.startsWith("/sources"))!;
      expect(post.url).toBe("/sources?wait=true&secret_returned=false");
      expect(post.body).toEqual({ name: "orders", connector: "postgresql", config: { a: 1 }, created_from: "terraform" });

      await c.sources.update(source.id, { name: "orders2", connector: "postgresql", config: {} }, { wait: false });
      const put = srv.requests.find((r) => r.method === "PUT")!;
      expect(put.url).toBe(`/sources/${source.id}?wait=false&secret_returned=false`);
      expect(put.body.created_from).toBeUndefined();

      expect(await c.sources.delete(source.id)).toBe(true);
      expect(await c.sources.delete("gone")).toBe(false);

      const page = await c.sources.list({ page: 2, pageSize: 5, partialName: "ord" });
      expect(page.result).toHaveLength(1);
      expect(srv.requests.at(-1)!.url).toBe("/sources?page=2&page_size=5&partial_name=ord&secret_returned=false");
    } finally {
      await srv.close();
    }
  });

  test("errors name method, path, status, detail and request id, and never the secret or token", async () => {
    const logs: string[] = [];
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      // A hostile echo: the API quoting the password and the token back.
      json(res, 422, {
        detail: [
          { loc: ["body", "config", "database.port"], msg: "value is not a valid integer", type: "type_error.integer" },
          {
            loc: ["body", "config", "database.password"],
            msg: `bad ${"hunter2pass"} and ${rec.auth} and ${SECRET}`,
            type: "value_error",
          },
        ],
      });
    });
    try {
      const err = await client(srv.url, {}, logs)
        .sources.create({ name: "x", connector: "postgresql", config: { "database.password": "hunter2pass" } }, { secrets: ["hunter2pass"] })
        .catch((e: Error) => e);
      const msg = (err as Error).message;
      expect(msg).toContain("POST /sources");
      expect(msg).toContain("422");
      expect(msg).toContain("body.config.database.port: value is not a valid integer (type_error.integer)");
      expect(msg).toContain("req-42");
      expect(msg).not.toContain("hunter2pass");
      expect(msg).not.toContain(SECRET);
      expect(msg).not.toContain("tok-1-abcdef");
      const logText = logs.join("\n");
      expect(logText).toContain("POST /sources → 422");
      expect(logText).not.toContain(SECRET);
      expect(logText).not.toContain("tok-1");
      expect(logText).not.toContain("hunter2pass");
    } finally {
      await srv.close();
    }
  });

  test("bad credentials give a readable error without the secret", async () => {
    const srv = await startServer((rec, res) => issueToken(rec, res) || json(res, 500, {}));
    try {
      const c = new StreamkapClient({
        host: srv.url,
        clientId: CLIENT_ID,
        secret: "wrong-secret-xyz",
        retry: fastRetry,
        logger: createLogger(undefined),
      });
      const err = (await c.sources.get("a").catch((e) => e)) as Error;
      expect(err.message).toMatch(/POST \/auth\/access-token failed with status 401.*Invalid client credentials.*req-42/);
      expect(err.message).not.toContain("wrong-secret-xyz");
    } finally {
      await srv.close();
    }
  });

  test("retries idempotent calls on 503 and honours Retry-After; summarises HTML bodies", async () => {
    let failures = 0;
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      if (rec.method === "GET" && failures < 2) {
        failures++;
        return json(res, 503, { detail: "Service Unavailable" }, { "Retry-After": "0" });
      }
      if (rec.method === "PUT") {
        res.writeHead(502, { "Content-Type": "text/html", "X-Request-Id": "req-html" });
        return res.end("<html><head><title>502 Bad Gateway</title></head>\n<body><h1>nginx</h1></body></html>");
      }
      json(res, 200, { result: [source] });
    });
    try {
      const c = client(srv.url);
      expect((await c.sources.get(source.id))?.id).toBe(source.id);
      expect(srv.requests.filter((r) => r.method === "GET")).toHaveLength(3);
      const err = (await c.sources.update("a", { name: "n", connector: "postgresql", config: {} }).catch((e) => e)) as Error;
      expect(err.message).toBe(
        'Streamkap API PUT /sources/a failed with status 502 Bad Gateway: the server answered with an HTML page titled "502 Bad Gateway" (request id req-html)',
      );
      expect(srv.requests.filter((r) => r.method === "PUT")).toHaveLength(fastRetry.maxAttempts);
    } finally {
      await srv.close();
    }
  });

  test("a create is not resent after a 503 (its outcome is unknown)", async () => {
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      json(res, 503, { detail: "KafkaConnectTimeout" });
    });
    try {
      await expect(client(srv.url).sources.create({ name: "n", connector: "postgresql", config: {} })).rejects.toThrow(/503.*KafkaConnectTimeout/);
      expect(srv.requests.filter((r) => r.url.startsWith("/sources"))).toHaveLength(1);
    } finally {
      await srv.close();
    }
  });

  test("times out a request that gets no answer", async () => {
    // The read is never answered (until the test ends); the login is at once. The timeout is
    // long enough for the login on a busy machine: only the unanswered read can reach it.
    const held: { end(): void }[] = [];
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      held.push(res);
    });
    try {
      const c = client(srv.url, { timeoutMs: 3_000, retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
      await expect(c.sources.get("slow")).rejects.toThrow(/GET \/sources\/slow failed: no answer within 3 s/);
    } finally {
      for (const res of held) res.end();
      await srv.close();
    }
  });

  test("a refused connection is retried, then reported", async () => {
    const srv = await startServer(() => undefined);
    const url = srv.url;
    await srv.close();
    await expect(client(url).sources.get("a")).rejects.toThrow(/connection refused/);
  });
});

describe("StreamkapClient retries and logs", () => {
  test("retries stop at the operation's timeout, not only at the attempt cap", async () => {
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      json(res, 503, { detail: "Service Unavailable" }, { "Retry-After": "0.05" });
    });
    try {
      const c = client(srv.url, { retry: { maxAttempts: 1000, baseDelayMs: 50, maxDelayMs: 50 } });
      // Long enough for many 50 ms retries even on a machine so busy that the login and the first
      // attempt take seconds, and far too short for the 1000 attempts of the cap (at least 50 s);
      // the deadline may end the loop between attempts (the last 503) or during one (no answer
      // within the time left).
      const err = (await c.sources.delete("a", { timeoutMs: 5000 }).catch((e) => e)) as Error;
      expect(err.message).toMatch(/DELETE \/sources\/a failed( with status 503|: no answer within \d+(\.\d)? m?s)/);
      const deletes = srv.requests.filter((r) => r.method === "DELETE").length;
      expect(deletes).toBeGreaterThan(1);
      expect(deletes).toBeLessThan(1000);
    } finally {
      await srv.close();
    }
  });

  test("other 4xx are not retried", async () => {
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      json(res, 409, { detail: "conflict" });
    });
    try {
      await expect(client(srv.url).sources.get("a")).rejects.toThrow(/409/);
      expect(srv.requests.filter((r) => r.url.startsWith("/sources"))).toHaveLength(1);
    } finally {
      await srv.close();
    }
  });

  test("bodies are logged at debug as JSON lines, with secrets, tokens and Authorization masked", async () => {
    const logs: string[] = [];
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      json(res, 201, { ...source, config: { ...rec.body.config, "database.password": rec.body.config["database.password"] } });
    });
    try {
      const c = client(srv.url, { logger: createLogger("debug", (l) => logs.push(l)) });
      await c.sources.create(
        { name: "orders", connector: "postgresql", config: { "database.password": "pw-in-body-991", "database.user": "cdc" } },
        { secrets: ["pw-in-body-991"] },
      );
      const text = logs.join("\n");
      for (const leak of ["pw-in-body-991", SECRET, "tok-1-abcdef"]) expect(text).not.toContain(leak);
      const lines = logs.map((l) => JSON.parse(l));
      const post = lines.find((l) => l["@message"] === "request POST /sources");
      expect(post.body.config).toEqual({ "database.password": "***", "database.user": "cdc" });
      expect(post.headers).toEqual({ Authorization: "***" });
      // A flag named like a secret is not one.
      expect(post.query).toEqual({ wait: true, secret_returned: false });
      const auth = lines.find((l) => l["@message"] === "request POST /auth/access-token");
      expect(auth.body).toEqual({ client_id: CLIENT_ID, secret: "***" });
      const authAnswer = lines.find((l) => /POST \/auth\/access-token → 200/.test(l["@message"]));
      expect(authAnswer.body.accessToken).toBe("***");
      const answer = lines.find((l) => /POST \/sources → 201/.test(l["@message"]));
      expect(answer).toMatchObject({ status: 201, request_id: "req-42" });
      expect(answer.body.config["database.password"]).toBe("***");
    } finally {
      await srv.close();
    }
  });

  test("at info a retry is logged, but no body", async () => {
    const logs: string[] = [];
    let reads = 0;
    const srv = await startServer((rec, res) => {
      if (issueToken(rec, res)) return;
      if (reads++ === 0) return json(res, 503, { detail: "busy-503-detail" }, { "Retry-After": "0" });
      json(res, 200, { result: [source] });
    });
    try {
      await client(srv.url, { logger: createLogger("info", (l) => logs.push(l)) }).sources.get(source.id);
      expect(logs.some((l) => /retrying GET \/sources\/.* after status 503/.test(l))).toBe(true);
      expect(logs.join("\n")).not.toContain('"body"');
      expect(logs.join("\n")).not.toContain("busy-503-detail");
    } finally {
      await srv.close();
    }
  });
});
