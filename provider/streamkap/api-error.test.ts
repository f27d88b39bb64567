import { describeBody, StreamkapApiError } from "./api-error";
import { createLogger, levelFromEnv } from "./log";

describe("StreamkapApiError", () => {
  test("puts method, path, status, detail and request id on one line", () => {
    const e = new StreamkapApiError({
      method: "get",
      path: "/sources/x",
      status: 503,
      statusText: "Service Unavailable",
      body: { detail: "KafkaConnectTimeout" },
      requestId: "r-1",
    });
    expect(e.message).toBe(
      "Streamkap API GET /sources/x failed with status 503 Service Unavailable: KafkaConnectTimeout (request id r-1)"
    );
    expect(e.status).toBe(503);
  });

  test("masks every secret given", () => {
    const e = new StreamkapApiError(
      { method: "POST", path: "/sources", status: 422, body: { detail: "password pw123 rejected" } },
      ["pw123"]
    );
    expect(e.message).toContain("password *** rejected");
  });

  test("summarises bodies", () => {
    expect(describeBody([{ a: 1 }])).toBe('[{"a":1}]');
    expect(describeBody("<!DOCTYPE html><html><body>gateway</body></html>")).toBe("the server answered with an HTML page");
    expect(describeBody({ detail: [{ loc: ["body", "name"], msg: "field required", type: "missing" }] })).toBe(
      "body.name: field required (missing)"
    );
    expect(describeBody("line one\n  line two")).toBe("line one line two");
  });
});

describe("logging", () => {
  test("TF_LOG_PROVIDER and TF_LOG choose the level", () => {
    expect(levelFromEnv({})).toBeUndefined();
    expect(levelFromEnv({ TF_LOG: "DEBUG" })).toBe("debug");
    expect(levelFromEnv({ TF_LOG: "ERROR", TF_LOG_PROVIDER: "trace" })).toBe("trace");
    expect(levelFromEnv({ TF_LOG: "off" })).toBeUndefined();
  });
  test("lines below the level are dropped", () => {
    const lines: string[] = [];
    const log = createLogger("info", (l) => lines.push(l));
    log.log("debug", "hidden");
    log.log("warn", "shown");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ "@level": "warn", "@message": "shown", "@module": "provider.streamkap" });
    // Terraform's plugin client parses this exact layout (six fraction digits).
    expect(JSON.parse(lines[0])["@timestamp"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });
});
