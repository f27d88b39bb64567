// Secrets chosen to break whatever treats a log as text: one letter, JSON's literals and
// punctuation, a key name, escapes, unicode, very long. With fast-check arbitraries that
// generate more of the same kind, and the check that none of them leaked.
import fc from "fast-check";
import { maskedAsSubstring } from "../../provider/streamkap/api/transport/redaction";

export const ADVERSARIAL_SECRETS = [
  "s",
  "e",
  "true",
  "null",
  "false",
  "0",
  "42",
  '"',
  "{",
  "}",
  "[",
  ":",
  ",",
  "\\",
  "\\u0041",
  "name",
  "connector",
  "Bearer",
  "é",
  "🔑",
  "päss wörd",
  '{"a":1}',
  "x".repeat(5000),
];

/** Characters that matter to JSON, logs and shells, plus ordinary ones. */
const TRICKY = fc.constantFrom(..."sStTrRuUeEnNlL0123456789\"'{}[]:,\\/ \t\n-_.=&?#%@*é🔑".replace("*", "").split(""));

/** A secret a user might have, or one built to hurt: never empty, never holding the mask's
 * character, never a NUL (no environment variable can carry one). */
export function adversarialSecret(): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(...ADVERSARIAL_SECRETS),
      fc.string({ unit: TRICKY, minLength: 1, maxLength: 12 }),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }),
      fc.string({ unit: "binary", minLength: 6, maxLength: 40 }),
    )
    .filter((s) => s.length > 0 && !s.includes("*") && !s.includes("\u0000") && s.trim() === s);
}

/** Every line of hclog JSON in which `secret` shows: a secret masked wherever it occurs, in any
 * text or key; a short or literal one (masked only where a field holds it), as the value of a
 * field named in `holders` (where it was set). Empty when it never leaked. */
export function leaksOf(secret: string, lines: string[], holders: string[]): string[] {
  const inside = maskedAsSubstring(secret);
  return lines.filter((line) => {
    const parsed: unknown = JSON.parse(line);
    if (inside) return line.includes(secret) || stringsOf(parsed).some((s) => s.includes(secret));
    return valuesNamed(parsed, holders).includes(secret);
  });
}

function valuesNamed(value: unknown, names: string[]): unknown[] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [...(names.includes(k) ? [v] : []), ...valuesNamed(v, names)]);
}

/** Every string in a parsed line: values and keys, at any depth. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [...(Array.isArray(value) ? [] : [k]), ...stringsOf(v)]);
}

/** The same search over terraform's text log (TF_LOG=trace), where a provider's JSON line is
 * re-printed as `message: key=value body="map[field:value ...]"`, quoted and escaped once or
 * twice. A long secret leaks where any of its renderings occurs; a short or literal one where a
 * field named in `holders` shows it as its whole value. Returns the offending lines. */
export function textLeaksOf(secret: string, text: string, holders: string[]): string[] {
  const renderings = [...new Set([secret, escapedOnce(secret), escapedOnce(escapedOnce(secret))])];
  const lines = text.split("\n");
  if (maskedAsSubstring(secret)) return lines.filter((line) => renderings.some((r) => line.includes(r)));
  const quote = String.raw`(?:\\*")?`;
  const patterns = holders.flatMap((holder) =>
    renderings.map((r) => new RegExp(`${escapeRegExp(holder)}${quote}\\s*[:=]\\s*${quote}${escapeRegExp(r)}(?=$|[\\s\\]},"\\\\])`)),
  );
  return lines.filter((line) => patterns.some((p) => p.test(line)));
}

/** A string as it shows inside a quoted JSON or Go string (both escape \ and " alike). */
function escapedOnce(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
