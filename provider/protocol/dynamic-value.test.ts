import { Unknown, UNKNOWN, type Value } from "../framework/values";
import { decodeMsgpack, encodeMsgpack, fromDynamicValue, toDynamicValue } from "./dynamic-value";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const bytes = (h: string) => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ""), "hex"));

describe("msgpack value codec", () => {
  test.each<[string, Value, string]>([
    ["null", null, "c0"],
    ["true", true, "c3"],
    ["false", false, "c2"],
    ["small int", 7, "07"],
    ["negative int", -5, "fb"],
    ["int beyond 32 bits", 2 ** 40, "cf 0000010000000000"],
    ["float", 1.5, "cb 3ff8000000000000"],
    ["unsafe integer goes out as float64", 2 ** 60, "cb 43b0000000000000"],
    ["string", "hé", "a3 68c3a9"],
    ["empty list", [], "90"],
    ["list", ["a", null], "92 a161 c0"],
    ["empty map", {}, "80"],
    ["map", { k: "v" }, "81 a16b a176"],
    ["unknown", UNKNOWN, "d4 00 00"],
  ])("%s encodes as cty msgpack and decodes back", (_name, value, wire) => {
    expect(hex(encodeMsgpack(value))).toBe(wire.replace(/\s+/g, ""));
    const decoded = decodeMsgpack(bytes(wire));
    if (value instanceof Unknown) {
      expect(decoded).toBeInstanceOf(Unknown);
      expect((decoded as Unknown).refinement).toBeUndefined();
    } else expect(decoded).toEqual(value);
  });

  test("a refined unknown keeps its refinements byte for byte", () => {
    // ext8, type 12, payload {1: true (not null), 2: "b-" (string prefix)}
    const wire = "c7 07 0c 82 01 c3 02 a2 62 2d";
    const decoded = decodeMsgpack(bytes(wire));
    expect(decoded).toBeInstanceOf(Unknown);
    expect(hex((decoded as Unknown).refinement!)).toBe("8201c302a2622d");
    expect(hex(encodeMsgpack(decoded))).toBe(wire.replace(/\s+/g, ""));
  });

  test("a whole resource object with nested values and unknowns survives decode → encode unchanged", () => {
    const wire = bytes(
      "86" +
        "a2 6964 d4 00 00" + // id: unknown
        "a4 6e616d65 a3 616263" + // name: "abc"
        "a4 73697a65 cb 4004000000000000" + // size: 2.5
        "a4 74616773 82 a161 a131 a162 c0" + // tags: {a: "1", b: null}
        "a4 6c697374 93 01 c3 d4 00 00" + // list: [1, true, unknown]
        "a3 726566 c7 03 0c 81 01 c3", // ref: refined unknown, ext8 payload {1: true}
    );
    const value = decodeMsgpack(wire);
    expect(value).toMatchObject({ name: "abc", size: 2.5, tags: { a: "1", b: null } });
    expect(hex(encodeMsgpack(value))).toBe(hex(wire));
  });

  test("any other extension type is treated as unknown", () => {
    expect(decodeMsgpack(bytes("d4 05 00"))).toBeInstanceOf(Unknown);
  });

  test("DynamicValue: msgpack preferred, JSON decoded, absent is null", () => {
    expect(fromDynamicValue(toDynamicValue({ a: [1, "x"] }))).toEqual({ a: [1, "x"] });
    expect(fromDynamicValue({ json: Buffer.from('{"id":"x","n":3,"m":{"k":null}}') })).toEqual({ id: "x", n: 3, m: { k: null } });
    expect(fromDynamicValue(undefined)).toBeNull();
    expect(fromDynamicValue({ msgpack: new Uint8Array(0) })).toBeNull();
  });
});
