// Logging only observes. At trace, with generated adversarial secrets (the client secret and a
// source's password), create, read, list, update and delete through the client against the
// emulator all succeed, every log line is valid JSON, and no secret is in any line. A logger
// that fails is dropped and counted, never thrown into the request.
import fc from "fast-check";
import { startEmulator } from "../../../emulator";
import { adversarialSecret, leaksOf } from "../../../test/support/adversarial-secrets";
import { postgresApiConfig } from "../../../test/support/source-config";
import { createLogger } from "../log";
import { StreamkapClient } from "./client";
import { HttpEngine } from "./transport/http-engine";
import type { Logger } from "./transport/logger";

const CLIENT_ID = "logging-client";

test("property: at trace, any client secret and password: every operation succeeds and nothing leaks", async () => {
  await fc.assert(
    fc.asyncProperty(adversarialSecret(), adversarialSecret(), async (secret, password) => {
      const emulator = await startEmulator({ clientId: CLIENT_ID, secret, deployMs: 0 });
      const lines: string[] = [];
      try {
        const client = new StreamkapClient({ host: emulator.url, clientId: CLIENT_ID, secret, logger: createLogger("trace", (l) => lines.push(l)) });
        const secrets = [password];
        const config = postgresApiConfig(password);
        const created = await client.sources.create({ name: "orders-cdc", connector: "postgresql", config }, { secrets });
        expect(await client.sources.get(created.id)).toMatchObject({ id: created.id, name: "orders-cdc" });
        expect((await client.sources.list({ partialName: "orders" })).result.map((s) => s.id)).toEqual([created.id]);
        await client.sources.update(
          created.id,
          { name: "orders-cdc-2", connector: "postgresql", config: { ...config, "database.port.user.defined": 6543 } },
          { secrets },
        );
        expect(await client.sources.delete(created.id)).toBe(true);
      } finally {
        await emulator.close();
      }
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(leaksOf(secret, lines, ["secret"])).toEqual([]);
      expect(leaksOf(password, lines, ["database.password"])).toEqual([]);
    }),
    {
      numRuns: 25,
      examples: [
        ["!", "connector"],
        ["s", "true"],
        ['"', "{"],
        ["\\", "name"],
        ["null", "🔑"],
        ["x".repeat(5000), "s"],
      ],
    },
  );
});

test("a logger that throws costs its line, never the request: the failure is counted", async () => {
  const emulator = await startEmulator({ clientId: CLIENT_ID, secret: "logging-secret", deployMs: 0 });
  try {
    const broken: Logger = {
      enabled: () => true,
      log: () => {
        throw new Error("disk full");
      },
    };
    const engine = new HttpEngine({ host: emulator.url, clientId: CLIENT_ID, secret: "logging-secret", logger: broken });
    const res = await engine.request<{ result: unknown[] }>({ method: "GET", path: "/sources", idempotent: true, deadline: Date.now() + 30_000 });
    expect(res.status).toBe(200);
    expect(engine.logFailures).toBeGreaterThanOrEqual(4);
  } finally {
    await emulator.close();
  }
});
