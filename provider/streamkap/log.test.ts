import { createLogger, levelFromEnv } from "./log";

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
