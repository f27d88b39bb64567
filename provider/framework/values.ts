// Terraform values as the framework sees them: plain JavaScript data, with unknown values
// (known only after apply) as instances of Unknown. A refined unknown keeps the refinement
// bytes Terraform sent, so that a plan can hand them back unchanged.

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

/** Whether a value is wholly known: no unknown anywhere inside it. */
export function isWhollyKnown(v: Value): boolean {
  if (isUnknown(v)) return false;
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  if (isObjectValue(v)) return Object.values(v).every(isWhollyKnown);
  return true;
}

/** Deep equality of two values; unknowns equal only unknowns. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) && isUnknown(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  }
  if (isObjectValue(a) && isObjectValue(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && valuesEqual(a[k], b[k]));
  }
  return false;
}
