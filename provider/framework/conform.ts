// Shapes values to a schema: the exact attribute set Terraform demands (missing → null,
// extras dropped) and values converted to their attribute type where the conversion is
// lossless (e.g. an API number for a string attribute). Unknown values pass through as the
// very same object, so refined unknowns reach Terraform unchanged.
import { DiagnosticsError, formatPath, type AttributePath } from "./diagnostics";
import { blockEntries, entriesOf, type Attribute, type AttributeType, type Block, type NestedAttributes } from "./schema";
import { isObjectValue, isUnknown, valuesEqual, type ObjectValue, type Value } from "./values";

/** What a schema, a nested block and a nested attribute's element have in common: attributes,
 * and maybe nested blocks. */
export interface AttributeContainer {
  attributes: Record<string, Attribute>;
  blocks?: Record<string, Block>;
}

/** How a block or a nested attribute holds its objects. */
export type Nesting = Block["nesting"] | NestedAttributes["nesting"];

/** Describes a type for messages: "string", "map of string", ... */
export function describeType(type: AttributeType): string {
  if (typeof type === "string") return type;
  if ("map" in type) return `map of ${describeType(type.map)}`;
  if ("list" in type) return `list of ${describeType(type.list)}`;
  if ("set" in type) return `set of ${describeType(type.set)}`;
  return "object";
}

/** Describes a value's kind for messages, never its content (it may be a secret). */
export function describeKind(value: Value): string {
  if (value === null) return "null";
  if (isUnknown(value)) return "an unknown value";
  if (Array.isArray(value)) return "a list";
  if (isObjectValue(value)) return "an object";
  return `a ${typeof value === "boolean" ? "bool" : typeof value}`;
}

function mismatch(type: AttributeType, value: Value, path: AttributePath): DiagnosticsError {
  const where = formatPath(path);
  return DiagnosticsError.single(
    "Value does not match the schema",
    `${where ? where + ": " : ""}a ${describeType(type)} is required, but ${describeKind(value)} was given.`,
    path,
  );
}

type PathStep = AttributePath[number];

/** The path of a child: built only where it is used (an error, or a container's children), as
 * most values are scalars that conform without one. */
function childPath(parent: AttributePath, step: PathStep | undefined): AttributePath {
  return step === undefined ? parent : [...parent, step];
}

/** Converts a value to an attribute type; throws a DiagnosticsError (with the path) when it cannot. */
export function conformValue(type: AttributeType, value: Value | undefined, path: AttributePath = []): Value {
  return conformAt(type, value, path, undefined);
}

/** conformValue for the child `step` of `parent`. */
function conformAt(type: AttributeType, value: Value | undefined, parent: AttributePath, step: PathStep | undefined): Value {
  if (value === undefined || value === null) return null;
  if (isUnknown(value)) return value;
  if (type === "string") {
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    throw mismatch(type, value, childPath(parent, step));
  }
  if (type === "number") {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
    throw mismatch(type, value, childPath(parent, step));
  }
  if (type === "bool") {
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    throw mismatch(type, value, childPath(parent, step));
  }
  const path = childPath(parent, step);
  if ("map" in type) {
    if (!isObjectValue(value)) throw mismatch(type, value, path);
    const out: ObjectValue = {};
    for (const k of Object.keys(value)) out[k] = conformAt(type.map, value[k], path, { key: k });
    return out;
  }
  if ("list" in type || "set" in type) {
    if (!Array.isArray(value)) throw mismatch(type, value, path);
    const element = "list" in type ? type.list : type.set;
    return value.map((v, i) => conformAt(element, v, path, { index: i }));
  }
  if (!isObjectValue(value)) throw mismatch(type, value, path);
  const out: ObjectValue = {};
  for (const [k, t] of entriesOf(type.object)) out[k] = conformAt(t, value[k], path, { attribute: k });
  return out;
}

/**
 * The object with exactly the container's attributes and blocks. Absent single blocks are
 * null; absent list blocks are empty lists, as Terraform itself represents them.
 */
export function conformObject(container: AttributeContainer, value: ObjectValue | null | undefined, path: AttributePath = []): ObjectValue {
  const source = value ?? {};
  const out: ObjectValue = {};
  for (const [name, attribute] of entriesOf(container.attributes)) {
    out[name] = conformAt(attribute.type, source[name], path, { attribute: name });
  }
  for (const [name, block] of blockEntries(container)) {
    out[name] = conformBlock(block, source[name], [...path, { attribute: name }]);
  }
  return out;
}

function conformBlock(block: Block, value: Value | undefined, path: AttributePath): Value {
  if (isUnknown(value)) return value;
  if (block.nesting === "single") {
    if (value === undefined || value === null) return null;
    if (!isObjectValue(value)) throw DiagnosticsError.single("Value does not match the schema", `${formatPath(path)}: a block is required.`, path);
    return conformObject(block, value, path);
  }
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw DiagnosticsError.single("Value does not match the schema", `${formatPath(path)}: a list of blocks is required.`, path);
  return value.map((item, i) => {
    const itemPath = [...path, { index: i }];
    if (isUnknown(item)) return item;
    if (!isObjectValue(item)) throw DiagnosticsError.single("Value does not match the schema", `${formatPath(itemPath)}: a block is required.`, itemPath);
    return conformObject(block, item, itemPath);
  });
}

/** The elements of a block or nested attribute value as objects (or null), whatever its nesting. */
export function blockElements(holder: { nesting: Nesting }, value: Value | undefined): (ObjectValue | null)[] {
  if (holder.nesting === "single") return [isObjectValue(value) ? value : null];
  return Array.isArray(value) ? value.map((v) => (isObjectValue(v) ? v : null)) : [];
}

/** The path of one element: `name` for single nesting, `name[i]` for a list or set (Terraform's
 * own set paths step by element value, which tfplugin6 cannot carry; the index says which). */
export function blockElementPath(holder: { nesting: Nesting }, path: AttributePath, name: string, index: number): AttributePath {
  return holder.nesting === "single" ? [...path, { attribute: name }] : [...path, { attribute: name }, { index }];
}

/**
 * The element of `candidates` (config, prior or result elements) that corresponds to element
 * `index` of a value whose element is `reference`: the same index for single and list nesting;
 * for a set, which has no order, the first candidate that agrees with `reference` on every
 * attribute known and non-null in both (computed values one side lacks do not count).
 */
export function counterpart(
  holder: { nesting: Nesting },
  container: AttributeContainer,
  candidates: (ObjectValue | null)[],
  index: number,
  reference: ObjectValue | null,
): ObjectValue | null {
  if (holder.nesting !== "set") return candidates[index] ?? null;
  if (reference === null) return null;
  const agrees = (candidate: ObjectValue) =>
    entriesOf(container.attributes).every(([name, a]) => {
      const [x, y] = [reference[name] ?? null, candidate[name] ?? null];
      return x === null || y === null || isUnknown(x) || isUnknown(y) || valuesEqual(x, y, a.type);
    });
  return candidates.find((c): c is ObjectValue => c !== null && agrees(c)) ?? null;
}

/** Replaces every unknown in a value of this type with null, collecting the paths replaced. */
export function nullUnknownValues(type: AttributeType, value: Value, path: AttributePath, found: AttributePath[]): Value {
  return nullUnknownsAt(type, value, path, undefined, found);
}

/** nullUnknownValues for the child `step` of `parent`: a scalar needs no path of its own. */
function nullUnknownsAt(type: AttributeType, value: Value, parent: AttributePath, step: PathStep | undefined, found: AttributePath[]): Value {
  if (isUnknown(value)) {
    found.push(childPath(parent, step));
    return null;
  }
  if (value === null || typeof value !== "object") return value;
  if (typeof type === "string") return value;
  const path = childPath(parent, step);
  if ("map" in type && isObjectValue(value)) {
    const out: ObjectValue = {};
    for (const k of Object.keys(value)) out[k] = nullUnknownsAt(type.map, value[k], path, { key: k }, found);
    return out;
  }
  if (("list" in type || "set" in type) && Array.isArray(value)) {
    const element = "list" in type ? type.list : type.set;
    return value.map((v, i) => nullUnknownsAt(element, v, path, { index: i }, found));
  }
  if ("object" in type && isObjectValue(value)) {
    const out: ObjectValue = {};
    for (const k of Object.keys(value)) out[k] = nullUnknownsAt(type.object[k] ?? "string", value[k], path, { attribute: k }, found);
    return out;
  }
  return value;
}

/** Replaces every unknown in a conformed object with null, collecting the paths replaced. */
export function nullUnknowns(container: AttributeContainer, value: ObjectValue, path: AttributePath, found: AttributePath[]): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, attribute] of entriesOf(container.attributes)) {
    out[name] = nullUnknownsAt(attribute.type, value[name] ?? null, path, { attribute: name }, found);
  }
  for (const [name, block] of blockEntries(container)) {
    const v = value[name] ?? null;
    if (isUnknown(v)) {
      found.push([...path, { attribute: name }]);
      out[name] = block.nesting === "single" ? null : [];
    } else if (block.nesting === "single") {
      out[name] = isObjectValue(v) ? nullUnknowns(block, v, [...path, { attribute: name }], found) : null;
    } else {
      out[name] = (Array.isArray(v) ? v : []).map((item, i) => {
        const itemPath = [...path, { attribute: name }, { index: i }];
        if (isUnknown(item)) found.push(itemPath);
        return isObjectValue(item) ? nullUnknowns(block, item, itemPath, found) : null;
      });
    }
  }
  return out;
}
