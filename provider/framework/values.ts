// Terraform values as the framework sees them: plain JavaScript data, with unknown values
// (known only after apply) as instances of Unknown. A refined unknown keeps the refinement
// bytes Terraform sent, so that a plan can hand them back unchanged.
import type { AttributeType } from "./types";

export class Unknown {
  /** The msgpack payload of a refined unknown (extension type 12), kept verbatim. */
  constructor(readonly refinement?: Uint8Array) {}
  toString(): string {
    return "(known after apply)";
  }
}

/** A plain unknown value, without refinements. */
export const UNKNOWN = new Unknown();

export type Value = null | string | number | boolean | Unknown | Value[] | ObjectValue;
export interface ObjectValue {
  [name: string]: Value;
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export function isObjectValue(v: unknown): v is ObjectValue {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Unknown);
}

/** A value as text for a message or a request body: a primitive as String() spells it, an
 * unknown as "(known after apply)", a list or object as JSON (never "[object Object]"). */
export function textOf(v: Value | undefined): string {
  if (v === null || v === undefined || typeof v !== "object" || isUnknown(v)) return String(v);
  return JSON.stringify(v);
}

/** Whether a value is wholly known: no unknown anywhere inside it. */
export function isWhollyKnown(v: Value): boolean {
  if (isUnknown(v)) return false;
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  if (isObjectValue(v)) return Object.values(v).every(isWhollyKnown);
  return true;
}

/**
 * Deep equality of two values; unknowns equal only unknowns. Given the values' type, sets
 * (anywhere inside it) compare as Terraform compares them: unordered, so ["b","a"] equals
 * ["a","b"]. Without a type, every array compares in order.
 */
export function valuesEqual(a: Value, b: Value, type?: AttributeType): boolean {
  if (a === b) return true;
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) && isUnknown(b);
  const element =
    type === undefined || typeof type === "string" ? undefined : "list" in type ? type.list : "set" in type ? type.set : "map" in type ? type.map : undefined;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    if (type !== undefined && typeof type !== "string" && "set" in type) return sameElements(a, b, element);
    return a.every((x, i) => valuesEqual(x, b[i], element));
  }
  if (isObjectValue(a) && isObjectValue(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const inner = (k: string) => (type !== undefined && typeof type !== "string" && "object" in type ? type.object[k] : element);
    return ka.length === kb.length && ka.every((k) => k in b && valuesEqual(a[k], b[k], inner(k)));
  }
  return false;
}

/** Whether two arrays of equal length hold the same elements in any order (each matched once). */
function sameElements(a: Value[], b: Value[], element: AttributeType | undefined): boolean {
  const unmatched = [...b];
  return a.every((x) => {
    const i = unmatched.findIndex((y) => valuesEqual(x, y, element));
    if (i < 0) return false;
    unmatched.splice(i, 1);
    return true;
  });
}
