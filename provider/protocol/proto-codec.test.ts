// The descriptor-driven codec against protobufjs (an independent implementation, used here as
// the reference): for random messages of every type in the descriptor, the same bytes out of
// encode, and the same plain object out of decode as protobufjs's toObject with the
// conversions the provider always used (int64 as numbers, enums as names, no defaults).
import fc from "fast-check";
import * as protobuf from "protobufjs";
import descriptor from "./descriptor.json";
import { ProtoCodecs, ProtoError, type DescriptorNamespace } from "./proto-codec";

const CONVERSION: protobuf.IConversionOptions = { longs: Number, enums: String, defaults: false };
const root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);
const codecs = new ProtoCodecs(descriptor as DescriptorNamespace);

const reference = {
  encode: (typeName: string, value: object) => {
    const type = root.lookupType(typeName);
    return Buffer.from(type.encode(type.fromObject(value)).finish());
  },
  decode: (typeName: string, bytes: Buffer) => {
    const type = root.lookupType(typeName);
    return type.toObject(type.decode(bytes), CONVERSION);
  },
};

const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: "grapheme-composite", minLength: 40, maxLength: 90 }));
const int64 = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  fc.maxSafeInteger(),
  fc.constantFrom(0, -1, 2 ** 32, -(2 ** 32), 2 ** 53 - 1, -(2 ** 53 - 1)),
);

/** A random plain object of the message type, nested messages down to `depth` levels. */
function messageArbitrary(typeName: string, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const type = root.lookupType(typeName);
  type.resolveAll();
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of type.fieldsArray) {
    const value = valueArbitrary(field, depth);
    if (value === undefined) continue;
    if (field.map)
      fields[field.name] = fc.dictionary(
        text.filter((k) => k !== "__proto__"),
        value,
        { maxKeys: 3 },
      );
    else if (field.repeated) fields[field.name] = fc.array(value, { maxLength: 3 });
    else fields[field.name] = value;
  }
  return fc.record(fields, { requiredKeys: [] });
}

function valueArbitrary(field: protobuf.Field, depth: number): fc.Arbitrary<unknown> | undefined {
  switch (field.type) {
    case "string":
      return text;
    case "bytes":
      return fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b));
    case "bool":
      return fc.boolean();
    case "int64":
      return int64;
  }
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) return fc.oneof(fc.constantFrom(...Object.keys(resolved.values)), fc.integer({ min: 0, max: 6 }));
  if (depth === 0) return undefined;
  return messageArbitrary(resolved!.fullName.slice(1), depth - 1);
}

const messageNames = codecs.messageNames();

describe("protobuf codec", () => {
  test("knows every message of the descriptor", () => {
    expect(messageNames).toEqual(expect.arrayContaining(["tfplugin6.PlanResourceChange.Request", "tfplugin6.Schema.Block", "plugin.Empty"]));
    for (const name of messageNames) expect(() => codecs.codec(name)).not.toThrow();
  });

  test.each(messageNames)("%s: the bytes protobufjs writes, and the object protobufjs reads back", (typeName) => {
    fc.assert(
      fc.property(messageArbitrary(typeName, 3), (value) => {
        const expected = reference.encode(typeName, value);
        expect(codecs.encode(typeName, value).toString("hex")).toBe(expected.toString("hex"));
        expect(codecs.decode(typeName, expected)).toEqual(reference.decode(typeName, expected));
      }),
      { numRuns: 60 },
    );
  });

  test("absent, null and undefined fields are left out; present defaults are written", () => {
    const bytes = codecs.encode("tfplugin6.ReadResource.Request", {
      type_name: "",
      current_state: null,
      private: undefined,
      client_capabilities: { deferral_allowed: false },
    });
    expect(bytes.toString("hex")).toBe(
      reference.encode("tfplugin6.ReadResource.Request", { type_name: "", client_capabilities: { deferral_allowed: false } }).toString("hex"),
    );
    expect(codecs.decode("tfplugin6.ReadResource.Request", bytes)).toEqual({ type_name: "", client_capabilities: { deferral_allowed: false } });
    expect(
      codecs.decode("tfplugin6.PlanResourceChange.Response", codecs.encode("tfplugin6.PlanResourceChange.Response", { requires_replace: [], diagnostics: [] })),
    ).toEqual({});
  });

  test("decoded bytes share the input's memory, and a Uint8Array input works as a Buffer does", () => {
    const encoded = codecs.encode("tfplugin6.DynamicValue", { msgpack: Buffer.from([0x81, 0xa1, 0x61, 0x01]) });
    const decoded = codecs.decode("tfplugin6.DynamicValue", encoded) as { msgpack: Buffer };
    expect(Buffer.isBuffer(decoded.msgpack)).toBe(true);
    expect(decoded.msgpack.buffer).toBe(encoded.buffer);
    expect(codecs.decode("tfplugin6.DynamicValue", new Uint8Array(encoded))).toEqual(decoded);
  });

  test("unknown fields of every wire type are skipped, as protobufjs skips them", () => {
    const known = codecs.encode("tfplugin6.ValidateResourceConfig.Request", { type_name: "x_thing", config: { msgpack: Buffer.from([0x80]) } });
    const unknown = Buffer.from([
      ...[0xf8, 0x06, 0x96, 0x01], // field 111, varint 150
      ...[0xf9, 0x06, 1, 2, 3, 4, 5, 6, 7, 8], // field 111, 64-bit
      ...[0xfa, 0x06, 0x02, 0xaa, 0xbb], // field 111, length-delimited
      ...[0xfb, 0x06, 0x08, 0x01, 0xfc, 0x06], // field 111, a group holding field 1 = 1
      ...[0xfd, 0x06, 1, 2, 3, 4], // field 111, 32-bit
    ]);
    const bytes = Buffer.concat([unknown, known]);
    expect(codecs.decode("tfplugin6.ValidateResourceConfig.Request", bytes)).toEqual(reference.decode("tfplugin6.ValidateResourceConfig.Request", bytes));
  });

  test("truncated or malformed messages are refused with a ProtoError", () => {
    const bytes = codecs.encode("tfplugin6.PlanResourceChange.Request", { type_name: "x_thing", prior_state: { msgpack: Buffer.alloc(20, 0x90) } });
    for (let cut = 1; cut < bytes.length; cut++) {
      const truncated = bytes.subarray(0, cut);
      let failed: unknown;
      try {
        codecs.decode("tfplugin6.PlanResourceChange.Request", truncated);
      } catch (err) {
        failed = err;
      }
      // A cut between two fields is a shorter valid message; any other cut is an error.
      if (failed !== undefined) expect(failed).toBeInstanceOf(ProtoError);
      else expect(() => reference.decode("tfplugin6.PlanResourceChange.Request", Buffer.from(truncated))).not.toThrow();
    }
    expect(() => codecs.decode("tfplugin6.DynamicValue", Buffer.from([0x0f]))).toThrow(ProtoError); // wire type 7
    expect(() => codecs.decode("tfplugin6.DynamicValue", Buffer.from([0x08, 0x01]))).toThrow(/wire type 0/); // bytes field sent as a varint
    expect(() => codecs.decode("tfplugin6.NoSuchMessage", Buffer.alloc(0))).toThrow(/no message type/);
  });
});
