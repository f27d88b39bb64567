import { acceptsProtocol6, handshakeLine, hasMagicCookie, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "./handshake";

describe("go-plugin handshake rules", () => {
  test("magic cookie", () => {
    expect(hasMagicCookie({ [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE })).toBe(true);
    expect(hasMagicCookie({})).toBe(false);
    expect(hasMagicCookie({ [MAGIC_COOKIE_KEY]: "nope" })).toBe(false);
  });

  test("protocol 6 must be on offer", () => {
    expect(acceptsProtocol6({ PLUGIN_PROTOCOL_VERSIONS: "6,5" })).toBe(true);
    expect(acceptsProtocol6({ PLUGIN_PROTOCOL_VERSIONS: "5" })).toBe(false);
    expect(acceptsProtocol6({})).toBe(true);
  });

  test("line format: certificate DER in base64 without padding", () => {
    const der = Buffer.from([1, 2, 3, 4]); // base64 "AQIDBA=="
    expect(handshakeLine("/tmp/x/plugin.sock", der)).toBe("1|6|unix|/tmp/x/plugin.sock|grpc|AQIDBA\n");
    expect(handshakeLine("/tmp/x/plugin.sock")).toBe("1|6|unix|/tmp/x/plugin.sock|grpc|\n");
  });
});
