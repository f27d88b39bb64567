// The hand-written cty msgpack codec against @msgpack/msgpack (an independent implementation,
// used here only): the same bytes out for any value, the same value back from any encoding.
import { decode, encode } from "@msgpack/msgpack";
import fc from "fast-check";
import { Unknown, UNKNOWN, type Value } from "../framework/values";
import { decodeCtyMsgpack, encodeCtyMsgpack, MsgpackError } from "./cty-msgpack";

const plain = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ maxLength: 300 }),
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
    fc.maxSafeInteger(),
    fc.double({ noNaN: true }),
    fc.array(tie("value"), { maxLength: 20 }),
    fc.dictionary(
      fc.string({ maxLength: 12 }).filter((k) => k !== "__proto__"),
      tie("value"),
      { maxKeys: 20 },
    ),
  ),
})).value;

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("cty msgpack codec", () => {
  test("encodes any value exactly as @msgpack/msgpack does, and decodes it back", () => {
    fc.assert(
      fc.property(plain, (value) => {
        const ours = encodeCtyMsgpack(value);
        expect(hex(ours)).toBe(hex(encode(value)));
        expect(decodeCtyMsgpack(ours)).toEqual(decode(ours));
      }),
    );
  });

  test("strings around each length boundary of the str forms", () => {
    for (const length of [0, 1, 31, 32, 33, 255, 256, 65535, 65536]) {
      for (const text of ["x".repeat(length), "é".repeat(Math.ceil(length / 2))]) {
        const ours = encodeCtyMsgpack({ [text.slice(0, 40)]: text });
        expect(hex(ours)).toBe(hex(encode({ [text.slice(0, 40)]: text })));
        expect(decodeCtyMsgpack(ours)).toEqual({ [text.slice(0, 40)]: text });
      }
    }
  });

  test("decodes the longer forms another encoder may choose", () => {
    // str8 "a", uint16 5, int32 -1, float32 1.5, array16 [true], map16 {"k": nil}, uint64 2^40, int64 -2^40
    const wire = "94 d9 01 61 cd 0005 d2 ffffffff 93 ca 3fc00000 dc 0001 c3 de 0001 a1 6b c0";
    expect(decodeCtyMsgpack(Buffer.from(wire.replace(/\s+/g, ""), "hex"))).toEqual(["a", 5, -1, [1.5, [true], { k: null }]]);
    expect(decodeCtyMsgpack(Buffer.from("cf0000010000000000", "hex"))).toBe(2 ** 40);
    expect(decodeCtyMsgpack(Buffer.from("d3ffffff0000000000", "hex"))).toBe(-(2 ** 40));
  });

  test("unknowns: plain, refined with their payload kept, inside containers", () => {
    const refined = new Unknown(Uint8Array.of(0x81, 0x01, 0xc3));
    const wire = encodeCtyMsgpack({ a: UNKNOWN, b: [refined] });
    expect(hex(wire)).toBe("82a161d40000a16291c7030c8101c3");
    const back = decodeCtyMsgpack(wire) as { a: Unknown; b: Unknown[] };
    expect(back.a).toBeInstanceOf(Unknown);
    expect(back.a.refinement).toBeUndefined();
    expect(hex(back.b[0].refinement!)).toBe("8101c3");
    // A one-byte refinement takes the fixext1 form, as @msgpack/msgpack writes it.
    expect(hex(encodeCtyMsgpack(new Unknown(Uint8Array.of(0x80))))).toBe("d40c80");
  });

  test("a large value grows the output buffer and comes back whole", () => {
    const big = { list: Array.from({ length: 5000 }, (_, i) => ({ id: `id-${i}`, text: "é".repeat(i % 70) })) };
    expect(decodeCtyMsgpack(encodeCtyMsgpack(big))).toEqual(big);
    expect(decodeCtyMsgpack(encodeCtyMsgpack({ k: "v" }))).toEqual({ k: "v" });
  });

  test("malformed input is refused without quoting it", () => {
    expect(() => decodeCtyMsgpack(Buffer.from("a3 6162".replace(" ", ""), "hex"))).toThrow(MsgpackError);
    expect(() => decodeCtyMsgpack(Buffer.from("c0c0", "hex"))).toThrow("1 extra bytes");
    expect(() => decodeCtyMsgpack(Buffer.from("c1", "hex"))).toThrow("0xc1");
    expect(() => decodeCtyMsgpack(Buffer.from("82a16bc0", "hex"))).toThrow("ends early");
    expect(() => decodeCtyMsgpack(Buffer.from("81a5616263", "hex"))).toThrow("ends early");
    expect(() => decodeCtyMsgpack(Buffer.from("81a95f5f70726f746f5f5fc0", "hex"))).toThrow("__proto__");
  });
});
