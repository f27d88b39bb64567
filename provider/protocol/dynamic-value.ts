// The value codec between tfplugin6 DynamicValue and framework Values. Terraform encodes
// values as cty msgpack: objects and maps are msgpack maps, lists/sets/tuples arrays, null is
// nil, and an unknown value is an extension: type 0 for a plain unknown, type 12 for a
// refined unknown (a msgpack map of refinements, e.g. "not null" or a string prefix). Refined
// unknowns keep their payload verbatim so a plan can hand it back unchanged.
import { Decoder, Encoder, ExtensionCodec } from "@msgpack/msgpack";
import { Unknown, type Value } from "../framework/values";

const PLAIN_UNKNOWN_EXT = 0;
const REFINED_UNKNOWN_EXT = 12;
const PLAIN_UNKNOWN_PAYLOAD = Uint8Array.of(0);

function buildExtensionCodec(): ExtensionCodec {
  const codec = new ExtensionCodec();
  // Any extension Terraform sends stands for an unknown; only type 12 carries refinements.
  // Only types 0 and 12 encode: the encoder asks every registered type for every value.
  for (let type = 0; type <= 127; type++) {
    const refined = type === REFINED_UNKNOWN_EXT;
    codec.register({
      type,
      encode:
        type === PLAIN_UNKNOWN_EXT
          ? (v) => (v instanceof Unknown && !v.refinement ? PLAIN_UNKNOWN_PAYLOAD : null)
          : refined
            ? (v) => (v instanceof Unknown && v.refinement ? v.refinement : null)
            : () => null,
      decode: (data) => (refined ? new Unknown(Uint8Array.from(data)) : new Unknown()),
    });
  }
  return codec;
}

const extensionCodec = buildExtensionCodec();
// Integers that are exact int64 values go out as msgpack ints, everything else as float64,
// which is what this encoder does for JavaScript numbers by default.
const encoder = new Encoder({ extensionCodec, ignoreUndefined: false });
const decoder = new Decoder({ extensionCodec });

/** Encodes a Value as cty msgpack. */
export function encodeMsgpack(value: Value): Uint8Array {
  return encoder.encode(value);
}

/** Decodes cty msgpack into a Value. */
export function decodeMsgpack(bytes: Uint8Array): Value {
  return decoder.decode(bytes) as Value;
}

/** The wire shape of tfplugin6.DynamicValue as protocol/ handles it. */
export interface DynamicValueMessage {
  msgpack?: Uint8Array;
  json?: Uint8Array;
}

/** DynamicValue → Value. An absent or empty DynamicValue is null. */
export function fromDynamicValue(dv: DynamicValueMessage | null | undefined): Value {
  if (dv?.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack);
  if (dv?.json && dv.json.length > 0) return JSON.parse(Buffer.from(dv.json).toString("utf8")) as Value;
  return null;
}

/** Value → DynamicValue, always msgpack. */
export function toDynamicValue(value: Value): DynamicValueMessage {
  return { msgpack: encodeMsgpack(value) };
}
