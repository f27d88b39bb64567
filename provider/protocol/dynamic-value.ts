// The value codec between tfplugin6 DynamicValue and framework Values. Terraform encodes
// values as cty msgpack: objects and maps are msgpack maps, lists/sets/tuples arrays, null is
// nil, and an unknown value is an extension: type 0 for a plain unknown, type 12 for a
// refined unknown (a msgpack map of refinements, e.g. "not null" or a string prefix). Refined
// unknowns keep their payload verbatim so a plan can hand it back unchanged (cty-msgpack.ts).
import type { Value } from "../framework/values";
import { decodeCtyMsgpack as decodeMsgpack, encodeCtyMsgpack as encodeMsgpack } from "./cty-msgpack";

export { decodeMsgpack, encodeMsgpack };

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
