// What must never be printed: values known to be secret (the client secret, tokens issued,
// a resource's sensitive values) and fields whose name or catalog entry says they are.
//
// Masking works on values, never on serialized text: a structure is copied with its string
// leaves masked (a log line is serialized only afterwards), so no secret can corrupt what is
// logged, whatever characters it holds ("s", "true", `"`, "{", "\", a key name). A secret of at
// least MIN_SUBSTRING_SECRET characters is masked wherever it occurs inside a string; a shorter
// one, or one that reads as a JSON literal (true, null, 42), is masked only where a field holds
// exactly it: masking every "s" of a log would hide everything and protect nothing.
import { isSecretKey } from "../../../../catalog/secret-keys";

export const MASK = "***";

/** Secrets at least this long are masked inside longer strings and free text. */
export const MIN_SUBSTRING_SECRET = 6;

/** Deeper than this, a structure is replaced rather than walked (a log needs no more). */
const MAX_DEPTH = 20;

/** Whether a field holds a secret, by its name or its catalog entry (the catalog's one rule). */
export const isSensitiveKey = isSecretKey;

/** Whether a secret is masked wherever it occurs (true), or only as a whole field value. */
export function maskedAsSubstring(secret: string): boolean {
  return secret.length >= MIN_SUBSTRING_SECRET && !isJsonLiteral(secret);
}

function isJsonLiteral(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed === null || typeof parsed !== "object";
  } catch {
    return false;
  }
}

/** The secrets sorted for masking: whole-value ones, and substring ones longest first (so a
 * secret containing another is masked whole). */
export class SecretValues {
  private readonly whole = new Set<string>();
  private readonly inner: string[];

  constructor(secrets: Iterable<string>) {
    const inner = new Set<string>();
    for (const s of secrets) {
      if (!s) continue;
      this.whole.add(s);
      if (maskedAsSubstring(s)) inner.add(s);
    }
    this.inner = [...inner].sort((a, b) => b.length - a.length);
  }

  /** A string value: masked whole when it is a secret, else each long secret inside it masked. */
  maskString(value: string): string {
    if (this.whole.has(value)) return MASK;
    return this.maskText(value);
  }

  /** Free text (a message, a path): only long secrets can be told apart from ordinary words. */
  maskText(text: string): string {
    let out = text;
    for (const s of this.inner) if (out.includes(s)) out = out.split(s).join(MASK);
    return out;
  }

  /** A copy fit for a log: sensitive fields masked at any depth (null stays null, so a log still
   * shows whether a secret was set), string leaves and keys masked as above. */
  maskValue(value: unknown, depth = 0): unknown {
    if (typeof value === "string") return this.maskString(value);
    if (value === null || typeof value !== "object") return value;
    if (depth >= MAX_DEPTH) return "[nested too deep to log]";
    if (Array.isArray(value)) return value.map((v) => this.maskValue(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // A flag such as secret_returned=false says nothing secret; any other value is masked.
      const sensitive = isSensitiveKey(k) && v !== null && v !== undefined && typeof v !== "boolean";
      out[this.maskText(k)] = sensitive ? MASK : this.maskValue(v, depth + 1);
    }
    return out;
  }
}

/** Free text with every long secret masked (see SecretValues.maskText). */
export function redact(text: string, secrets: Iterable<string>): string {
  return new SecretValues(secrets).maskText(text);
}

/** A copy of a request or response body fit for a log (see SecretValues.maskValue). */
export function redactBody(body: unknown, secrets: Iterable<string>): unknown {
  return new SecretValues(secrets).maskValue(body);
}
