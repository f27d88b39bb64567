// What must never be printed: values known to be secret (the client secret, tokens issued,
// a resource's sensitive values) and fields whose name or catalog entry says they are.
import { isSecretKey } from "../../../../catalog/secret-keys";

export const MASK = "***";

/** Replaces every occurrence of each secret with a mask. Short secrets are masked too. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s) out = out.split(s).join(MASK);
  }
  return out;
}

/** Whether a field holds a secret, by its name or its catalog entry (the catalog's one rule). */
export const isSensitiveKey = isSecretKey;

/** A copy of a request or response body fit for a log: sensitive fields masked at any depth
 * (null stays null, so a log still shows whether a secret was set), then known secret values
 * masked wherever they occur. */
export function redactBody(body: unknown, secrets: Iterable<string>): unknown {
  const masked = maskFields(body, 0);
  const text = redact(JSON.stringify(masked) ?? "null", secrets);
  return JSON.parse(text) as unknown;
}

function maskFields(value: unknown, depth: number): unknown {
  if (depth > 20 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => maskFields(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // A flag such as secret_returned=false says nothing secret; any other value is masked.
    const masked = isSensitiveKey(k) && v !== null && v !== undefined && typeof v !== "boolean";
    out[k] = masked ? MASK : maskFields(v, depth + 1);
  }
  return out;
}
