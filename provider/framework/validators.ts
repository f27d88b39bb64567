// Validators the framework offers for any attribute (schema.ts AttributeValidator). Checks that
// are about Streamkap (ids, tag ids, durations) live with the attributes that use them.
import { formatPath } from "./diagnostics";
import type { AttributeValidator } from "./schema";

/** A string that must be one of `allowed`: an error naming the attribute, the allowed values
 * and the value given. */
export function oneOf(allowed: readonly string[]): AttributeValidator {
  return ({ value, path, diagnostics }) => {
    if (typeof value !== "string" || allowed.includes(value)) return;
    const where = formatPath(path);
    diagnostics.error(`Invalid ${where}`, `${where} must be one of ${allowed.map((s) => JSON.stringify(s)).join(", ")}, got ${JSON.stringify(value)}.`, path);
  };
}
