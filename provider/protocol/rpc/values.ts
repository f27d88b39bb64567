// Request-side helpers shared by the RPC translations: DynamicValue → object or state, empty
// private bytes → undefined, and client capabilities with absent fields as false.
import { isObjectValue, type ObjectValue } from "../../framework/values";
import type { ClientCapabilities, StateValue } from "../../framework/provider-server";
import { fromDynamicValue, type DynamicValueMessage } from "../dynamic-value";
import type { ClientCapabilitiesMessage } from "../wire";

/** A value that must be an object (configurations). */
export function objectValue(dv: DynamicValueMessage | undefined, what: string): ObjectValue {
  const v = fromDynamicValue(dv);
  if (!isObjectValue(v)) throw new Error(`${what}: expected an object value from Terraform`);
  return v;
}

/** A resource state: an object, or null for "no object". Also provider_meta, which is null or a block's object. */
export function stateValue(dv: DynamicValueMessage | undefined, what: string): StateValue {
  const v = fromDynamicValue(dv);
  if (v !== null && !isObjectValue(v)) throw new Error(`${what}: expected an object or null from Terraform`);
  return v;
}

export function privateBytes(b: Uint8Array | undefined): Uint8Array | undefined {
  return b && b.length > 0 ? b : undefined;
}

export function clientCapabilities(m: ClientCapabilitiesMessage | undefined): ClientCapabilities {
  return { deferralAllowed: m?.deferral_allowed ?? false, writeOnlyAttributesAllowed: m?.write_only_attributes_allowed ?? false };
}
