// Request-side helpers shared by the RPC translations: DynamicValue → object or state, and
// empty private bytes → undefined.
import { isObjectValue, type ObjectValue } from "../../framework/values";
import type { StateValue } from "../../framework/provider-server";
import { fromDynamicValue, type DynamicValueMessage } from "../dynamic-value";

/** A value that must be an object (configurations). */
export function objectValue(dv: DynamicValueMessage | undefined, what: string): ObjectValue {
  const v = fromDynamicValue(dv);
  if (!isObjectValue(v)) throw new Error(`${what}: expected an object value from Terraform`);
  return v;
}

/** A resource state: an object, or null for "no object". */
export function stateValue(dv: DynamicValueMessage | undefined, what: string): StateValue {
  const v = fromDynamicValue(dv);
  if (v !== null && !isObjectValue(v)) throw new Error(`${what}: expected an object or null from Terraform`);
  return v;
}

export function privateBytes(b: Uint8Array | undefined): Uint8Array | undefined {
  return b && b.length > 0 ? b : undefined;
}
