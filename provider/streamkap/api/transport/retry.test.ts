import { isRetryable, nextRetryDelayMs, parseRetryAfter, retryDelayMs } from "./retry";

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 };

describe("isRetryable", () => {
  test("follows the status, not the wording", () => {
    for (const status of [429, 502, 503, 504]) expect(isRetryable({ status }, true)).toBe(true);
    for (const status of [400, 401, 404, 409, 422, 500]) expect(isRetryable({ status }, true)).toBe(false);
  });
  test("a POST is resent only when the server certainly did not act", () => {
    expect(isRetryable({ status: 429 }, false)).toBe(true);
    expect(isRetryable({ status: 503 }, false)).toBe(false);
    expect(isRetryable({ code: "ECONNREFUSED" }, false)).toBe(true);
    expect(isRetryable({ code: "ECONNRESET" }, false)).toBe(false);
    expect(isRetryable({ code: "ECONNRESET" }, true)).toBe(true);
    expect(isRetryable({}, true)).toBe(false);
  });
});

describe("retryDelayMs", () => {
  test("grows exponentially with jitter and is capped", () => {
    expect(retryDelayMs(1, policy, undefined, () => 0)).toBe(50);
    expect(retryDelayMs(1, policy, undefined, () => 1)).toBe(100);
    expect(retryDelayMs(3, policy, undefined, () => 1)).toBe(400);
    expect(retryDelayMs(10, policy, undefined, () => 1)).toBe(1000);
  });
  test("Retry-After wins, as seconds or a date, within the cap", () => {
    expect(retryDelayMs(1, policy, "0.5")).toBe(500);
    expect(retryDelayMs(1, policy, "30")).toBe(1000);
    const now = () => Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("not a date")).toBeUndefined();
  });
});

describe("nextRetryDelayMs", () => {
  const now = () => 1_000_000;
  test("no retry once the attempts are used up", () => {
    expect(nextRetryDelayMs(4, policy, now() + 60_000, undefined, now)).toBeUndefined();
    expect(nextRetryDelayMs(3, policy, now() + 60_000, undefined, now)).toBeGreaterThan(0);
  });
  test("no retry whose wait would end past the operation's deadline", () => {
    expect(nextRetryDelayMs(1, policy, now() + 400, "0.5", now)).toBeUndefined();
    expect(nextRetryDelayMs(1, policy, now() + 600, "0.5", now)).toBe(500);
  });
});
