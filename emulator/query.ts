// Query-string parameters as the API reads them: the `wait` and `secret_returned` flags and
// whole numbers in a range (paging), each bad value reported as a 422 entry.
import type { ValidationError } from "./validation";

export type Flags = { ok: true; wait: boolean; secretReturned: boolean } | { ok: false; errors: ValidationError[] };

export function queryFlags(query: URLSearchParams): Flags {
  const errors: ValidationError[] = [];
  const wait = boolParam(query, "wait", true, errors);
  const secretReturned = boolParam(query, "secret_returned", false, errors);
  return errors.length ? { ok: false, errors } : { ok: true, wait, secretReturned };
}

function boolParam(query: URLSearchParams, key: string, fallback: boolean, errors: ValidationError[]): boolean {
  const raw = query.get(key);
  if (raw === null) return fallback;
  const value = raw.toLowerCase();
  if (["true", "1", "yes", "on"].includes(value)) return true;
  if (["false", "0", "no", "off"].includes(value)) return false;
  errors.push({ loc: ["query", key], msg: "Input should be a valid boolean", type: "bool_parsing" });
  return fallback;
}

export function intParam(query: URLSearchParams, key: string, fallback: number, min: number, max: number, errors: ValidationError[]): number {
  const raw = query.get(key);
  if (raw === null) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    errors.push({ loc: ["query", key], msg: `Input should be a whole number from ${min} to ${max}`, type: "int_parsing" });
    return fallback;
  }
  return n;
}
