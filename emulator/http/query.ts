// Query-string parameters as the API reads them: the `wait` and `secret_returned` flags,
// whole numbers in a range (paging), and lists of values; each bad value reported as a 422
// entry.
import type { ValidationError } from "../connectors/validation";

export type Flags = { ok: true; wait: boolean; secretReturned: boolean } | { ok: false; errors: ValidationError[] };

export function queryFlags(query: URLSearchParams): Flags {
  const errors: ValidationError[] = [];
  const wait = boolParam(query, "wait", true, errors);
  const secretReturned = boolParam(query, "secret_returned", false, errors);
  return errors.length ? { ok: false, errors } : { ok: true, wait, secretReturned };
}

export function boolParam(query: URLSearchParams, key: string, fallback: boolean, errors: ValidationError[]): boolean {
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

export const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

/** `page` (from 1) and `page_size` (default 10). */
export function pageParams(query: URLSearchParams, errors: ValidationError[]): { page: number; pageSize: number } {
  return {
    page: intParam(query, "page", 1, 1, Number.MAX_SAFE_INTEGER, errors),
    pageSize: intParam(query, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, errors),
  };
}

/** The page's slice of a listing. */
export function pageOf<T>(items: T[], paging: { page: number; pageSize: number }): T[] {
  return items.slice((paging.page - 1) * paging.pageSize, paging.page * paging.pageSize);
}

/** Every value of a parameter that may repeat (`tag_ids=a&tag_ids=b`) or hold a comma list
 * (`entity_type=sources,destinations`); undefined when the parameter is absent. */
export function listParam(query: URLSearchParams, key: string): string[] | undefined {
  const raw = query.getAll(key);
  if (raw.length === 0) return undefined;
  return raw
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}
