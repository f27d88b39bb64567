import { helpText, parseArgs } from "./args";

test("parses every switch into options", () => {
  const parsed = parseArgs([
    "--port",
    "0",
    "--host",
    "127.0.0.1",
    "--data-dir",
    "/tmp/x",
    "--client-id",
    "c",
    "--secret",
    "s",
    "--latency-ms",
    "5",
    "--fault-rate",
    "0.25",
    "--lost-response-rate=0.1",
    "--token-ttl",
    "1.5",
    "--deploy-ms",
    "20",
    "--seed",
    "42",
  ]);
  expect(parsed).toEqual({
    kind: "run",
    options: {
      port: 0,
      host: "127.0.0.1",
      dataDir: "/tmp/x",
      clientId: "c",
      secret: "s",
      latencyMs: 5,
      faultRate: 0.25,
      lostResponseRate: 0.1,
      tokenTtlSeconds: 1.5,
      deployMs: 20,
      seed: 42,
    },
  });
});

test("rejects unknown switches, missing and out-of-range values", () => {
  expect(parseArgs(["--nope"])).toEqual({ kind: "error", message: "unknown option --nope" });
  expect(parseArgs(["--seed"])).toEqual({ kind: "error", message: "--seed needs a value" });
  expect(parseArgs(["--fault-rate", "-0.1"]).kind).toBe("error");
  expect(parseArgs(["--token-ttl", "0"]).kind).toBe("error");
  expect(parseArgs(["--port", "70000"]).kind).toBe("error");
});

test("help names the default credentials", () => {
  expect(helpText()).toContain("(default: emulator-client)");
  expect(helpText()).toContain("(default: emulator-secret)");
  expect(parseArgs(["--help"])).toEqual({ kind: "help" });
});

test("--issued-tokens-file names the test aid's file", () => {
  expect(parseArgs(["--issued-tokens-file", "/tmp/tokens"])).toEqual({ kind: "run", options: { issuedTokensFile: "/tmp/tokens" } });
  expect(helpText()).toContain("--issued-tokens-file");
});

test("--fixtures names the file preloading the tenant, and the help says what it holds", () => {
  expect(parseArgs(["--fixtures", "/tmp/tenant.json"])).toEqual({ kind: "run", options: { fixtures: "/tmp/tenant.json" } });
  expect(helpText()).toMatch(/--fixtures <string> .*"pipelines": \[\.\.\.\].*changes nothing/);
});
