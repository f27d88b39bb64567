// Typed reads of attributes from an ObjectValue, for resource code. A wrong type or an
// unknown value throws a DiagnosticsError pointing at the attribute; messages name the
// value's kind only, never its content.
import { DiagnosticsError, attr } from "./diagnostics";
import { describeKind } from "./conform";
import { isObjectValue, isUnknown, type ObjectValue, type Value } from "./values";

function read(obj: ObjectValue, name: string): Value {
  const value = obj[name] ?? null;
  if (isUnknown(value)) {
    throw DiagnosticsError.single("Value not yet known", `"${name}" is not known until apply, but is needed now.`, attr(name));
  }
  return value;
}

function wrongType(name: string, expected: string, value: Value): DiagnosticsError {
  return DiagnosticsError.single("Unexpected attribute type", `"${name}" should be ${expected}, but is ${describeKind(value)}.`, attr(name));
}

/** Whether the attribute holds a value that is known (null counts as known). */
export function isKnownAttribute(obj: ObjectValue, name: string): boolean {
  return !isUnknown(obj[name] ?? null);
}

export function getString(obj: ObjectValue, name: string): string | null {
  const value = read(obj, name);
  if (value === null || typeof value === "string") return value;
  throw wrongType(name, "a string", value);
}

export function getNumber(obj: ObjectValue, name: string): number | null {
  const value = read(obj, name);
  if (value === null || typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  throw wrongType(name, "a number", value);
}

export function getBool(obj: ObjectValue, name: string): boolean | null {
  const value = read(obj, name);
  if (value === null || typeof value === "boolean") return value;
  throw wrongType(name, "a bool", value);
}

/** A map of strings; null when unset. Unknown entries are refused like unknown attributes. */
export function getStringMap(obj: ObjectValue, name: string): Record<string, string> | null {
  const value = read(obj, name);
  if (value === null) return null;
  if (!isObjectValue(value)) throw wrongType(name, "a map of string", value);
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isUnknown(item)) throw DiagnosticsError.single("Value not yet known", `"${name}[${JSON.stringify(key)}]" is not known until apply, but is needed now.`, attr(name, { key }));
    if (typeof item !== "string") throw DiagnosticsError.single("Unexpected attribute type", `"${name}[${JSON.stringify(key)}]" should be a string, but is ${describeKind(item)}.`, attr(name, { key }));
    out[key] = item;
  }
  return out;
}

export function getStringList(obj: ObjectValue, name: string): string[] | null {
  const value = read(obj, name);
  if (value === null) return null;
  if (!Array.isArray(value)) throw wrongType(name, "a list of string", value);
  return value.map((item, index) => {
    if (typeof item === "string") return item;
    throw DiagnosticsError.single("Unexpected attribute type", `"${name}[${index}]" should be a known string, but is ${describeKind(item)}.`, attr(name, { index }));
  });
}

/** Like getString, but a null value is an error too. */
export function requireString(obj: ObjectValue, name: string): string {
  const value = getString(obj, name);
  if (value === null) throw DiagnosticsError.single("Missing value", `"${name}" must be set.`, attr(name));
  return value;
}
