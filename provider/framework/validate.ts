// Configuration checks every provider, resource and data source gets for free: unsupported
// arguments, required and read-only attributes, types, block counts and deprecations, then
// each attribute's own validators (schema.ts) on a value of the right type.
// Unknown values (from other resources) are not known yet, so only their presence counts.
// Nested attributes are checked inside with the same rules, at paths like `transforms[0].id`.
// Messages describe a value's kind, never its content: it may be a secret.
import { formatPath, type AttributePath, type Diagnostics } from "./diagnostics";
import { describeKind, describeType, type AttributeContainer } from "./conform";
import { blockEntries, entriesOf, type AttributeType, type Block, type NestedAttributes } from "./schema";
import { isObjectValue, isUnknown, type ObjectValue, type Value } from "./values";

export function validateConfig(container: AttributeContainer, config: ObjectValue, diagnostics: Diagnostics, path: AttributePath = []): void {
  for (const name of Object.keys(config)) {
    if (!(name in container.attributes) && !(name in (container.blocks ?? {}))) {
      diagnostics.error("Unsupported argument", `An argument named "${name}" is not expected here.`, [...path, { attribute: name }]);
    }
  }
  for (const [name, attribute] of entriesOf(container.attributes)) {
    const value = config[name] ?? null;
    const at = [...path, { attribute: name }];
    if (value === null) {
      if (attribute.required) diagnostics.error("Missing required argument", `The argument "${formatPath(at)}" is required, but no definition was found.`, at);
      continue;
    }
    if (attribute.computed && !attribute.optional && !attribute.required) {
      diagnostics.error("Invalid configuration for read-only attribute", `"${formatPath(at)}" is set by the provider and cannot be configured.`, at);
      continue;
    }
    if (attribute.deprecated) diagnostics.warning("Deprecated attribute", attribute.deprecated, at);
    const reported = diagnostics.items.length;
    if (attribute.nested) validateNested(attribute.nested, attribute.type, value, at, diagnostics);
    else checkType(attribute.type, value, at, diagnostics);
    // Validators see only values whose shape checked out (nothing reported on them).
    if (attribute.validators && !isUnknown(value) && diagnostics.items.length === reported) {
      for (const validator of attribute.validators) validator({ value, path: at, config, diagnostics });
    }
  }
  for (const [name, block] of blockEntries(container)) {
    validateBlock(block, config[name] ?? null, [...path, { attribute: name }], diagnostics);
  }
}

function validateBlock(block: Block, value: Value, path: AttributePath, diagnostics: Diagnostics): void {
  if (value === null || isUnknown(value)) return;
  if (block.nesting === "single") {
    if (isObjectValue(value)) validateConfig(block, value, diagnostics, path);
    else diagnostics.error("Invalid block", `"${formatPath(path)}" must be a single block.`, path);
    return;
  }
  if (!Array.isArray(value)) {
    diagnostics.error("Invalid block", `"${formatPath(path)}" must be a list of blocks.`, path);
    return;
  }
  if (block.maxItems !== undefined && value.length > block.maxItems) {
    diagnostics.error("Too many blocks", `No more than ${block.maxItems} "${formatPath(path)}" blocks are allowed.`, path);
  }
  value.forEach((item, i) => {
    if (isObjectValue(item)) validateConfig(block, item, diagnostics, [...path, { index: i }]);
  });
}

/** Each object of a nested attribute checked as a configuration of its own; a wrong shape is a type error. */
function validateNested(nested: NestedAttributes, type: AttributeType, value: Value, path: AttributePath, diagnostics: Diagnostics): void {
  if (isUnknown(value)) return;
  const elements = nested.nesting === "single" ? (isObjectValue(value) ? [value] : undefined) : Array.isArray(value) ? value : undefined;
  if (elements === undefined) {
    checkType(type, value, path, diagnostics);
    return;
  }
  elements.forEach((element, i) => {
    const at = nested.nesting === "single" ? path : [...path, { index: i }];
    if (element === null || isUnknown(element)) return;
    if (isObjectValue(element)) validateConfig(nested, element, diagnostics, at);
    else diagnostics.error("Incorrect attribute value type", `"${formatPath(at)}": an object is required, but ${describeKind(element)} was given.`, at);
  });
}

/** Adds an error (with the path) for each part of the value that is not of the type; unknowns pass. */
export function checkType(type: AttributeType, value: Value, path: AttributePath, diagnostics: Diagnostics): void {
  if (value === null || isUnknown(value)) return;
  const wrong = () =>
    diagnostics.error(
      "Incorrect attribute value type",
      `"${formatPath(path)}": a ${describeType(type)} is required, but ${describeKind(value)} was given.`,
      path,
    );
  if (type === "string") {
    if (typeof value !== "string") wrong();
  } else if (type === "number") {
    // Numbers too large for a double arrive from the wire as decimal strings.
    const ok = (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)));
    if (!ok) wrong();
  } else if (type === "bool") {
    if (typeof value !== "boolean") wrong();
  } else if ("map" in type) {
    if (!isObjectValue(value)) {
      wrong();
      return;
    }
    for (const [k, v] of Object.entries(value)) checkType(type.map, v, [...path, { key: k }], diagnostics);
  } else if ("list" in type || "set" in type) {
    if (!Array.isArray(value)) {
      wrong();
      return;
    }
    const element = "list" in type ? type.list : type.set;
    value.forEach((v, i) => checkType(element, v, [...path, { index: i }], diagnostics));
  } else {
    if (!isObjectValue(value)) {
      wrong();
      return;
    }
    for (const [k, t] of Object.entries(type.object)) checkType(t, value[k] ?? null, [...path, { attribute: k }], diagnostics);
    for (const k of Object.keys(value)) {
      if (!(k in type.object)) diagnostics.error("Unsupported attribute", `"${formatPath(path)}" has no attribute named "${k}".`, [...path, { attribute: k }]);
    }
  }
}
