import { describeBody, StreamkapApiError } from "./api-error";

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
    expect(e.message).toBe("Streamkap API GET /sources/x failed with status 503 Service Unavailable: KafkaConnectTimeout (request id r-1)");
    expect(e.status).toBe(503);
  });

  test("masks every secret given: inside the text when long enough to tell apart, as a whole value when short", () => {
    const e = new StreamkapApiError({ method: "POST", path: "/sources", status: 422, body: { detail: "password pw12345 rejected" } }, ["pw12345"]);
    expect(e.message).toContain("password *** rejected");
    const short = new StreamkapApiError({ method: "POST", path: "/sources", status: 422, body: { detail: "s" } }, ["s"]);
    expect(short.message).toBe("Streamkap API POST /sources failed with status 422: ***");
  });

  test("summarises bodies", () => {
    expect(describeBody([{ a: 1 }])).toBe('[{"a":1}]');
    expect(describeBody("<!DOCTYPE html><html><body>gateway</body></html>")).toBe("the server answered with an HTML page");
    expect(describeBody({ detail: [{ loc: ["body", "name"], msg: "field required", type: "missing" }] })).toBe("body.name: field required (missing)");
    expect(describeBody("line one\n  line two")).toBe("line one line two");
  });
});
