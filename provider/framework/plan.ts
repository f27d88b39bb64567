// Plan computation for create and update, the counterpart of terraform-plugin-framework's
// plan modifiers: defaults, computed attributes as unknown or kept from state, and the
// attributes whose change forces a replacement. The aim is that an update plan shows only
// what changes, and a plan with nothing changed equals the prior state. Nested attributes
// (`source = { ... }`, `transforms = [{ ... }]`) are planned inside, element by element, with
// the same rules, as the framework applies plan modifiers at every attribute path.
import type { AttributePath } from "./diagnostics";
import { blockElementPath, blockElements, conformObject, counterpart, type AttributeContainer, type Nesting } from "./conform";
import { blockEntries, entriesOf, nestedType, type Attribute, type AttributePlanModifier } from "./schema";
import { UNKNOWN, isObjectValue, isWhollyKnown, valuesEqual, type ObjectValue, type Value } from "./values";

/** Whether a user may set the attribute (as opposed to a computed-only attribute). */
export function isConfigurable(attribute: Attribute): boolean {
  return Boolean(attribute.required || attribute.optional);
}

/** Whether the plan writes the object: a create, or an update changing an attribute the user
 * sets (top level; a block such as timeouts alone writes nothing). */
export function writesAny(attributes: Record<string, Attribute>, prior: ObjectValue | null, planned: ObjectValue): boolean {
  if (prior === null) return true;
  return entriesOf(attributes).some(
    ([name, attribute]) => isConfigurable(attribute) && !valuesEqual(planned[name] ?? null, prior[name] ?? null, attribute.type),
  );
}

const modifiedAttributes = new WeakMap<Record<string, Attribute>, readonly [string, readonly AttributePlanModifier[]][]>();

/** The top-level attributes that carry plan modifiers, found once per schema. */
function withPlanModifiers(attributes: Record<string, Attribute>): readonly [string, readonly AttributePlanModifier[]][] {
  let found = modifiedAttributes.get(attributes);
  if (!found) {
    found = entriesOf(attributes).flatMap(([name, a]) =>
      a.planModifiers?.length ? [[name, a.planModifiers] as [string, readonly AttributePlanModifier[]]] : [],
    );
    modifiedAttributes.set(attributes, found);
  }
  return found;
}

/**
 * Runs the plan modifiers of the container's attributes, in schema order, over a finished plan
 * (the framework's rules and the resource's own modifyPlan applied), so that a rule such as
 * "a status is unknown after a write" sees what the plan finally writes. The same object back
 * when no attribute has a modifier.
 */
export function applyPlanModifiers(container: AttributeContainer, prior: ObjectValue | null, planned: ObjectValue, config: ObjectValue): ObjectValue {
  const modified = withPlanModifiers(container.attributes);
  if (modified.length === 0) return planned;
  const out = { ...planned };
  for (const [name, modifiers] of modified) {
    for (const modify of modifiers) out[name] = modify({ name, attributes: container.attributes, prior, planned: out, config });
  }
  return out;
}

/** The plan for a new object: defaults applied, computed attributes the config leaves null unknown. */
export function planCreate(container: AttributeContainer, proposed: ObjectValue, config: ObjectValue | null): ObjectValue {
  return fillPlan(container, conformObject(container, proposed), config, null, "unknown");
}

/**
 * The plan for an existing object. Computed attributes the config leaves null keep their prior
 * value when `useStateForUnknown` is set or when nothing the user configures changes;
 * otherwise they become unknown.
 */
export function planUpdate(
  container: AttributeContainer,
  prior: ObjectValue,
  proposed: ObjectValue,
  config: ObjectValue | null,
  adjust: (planned: ObjectValue) => ObjectValue = (planned) => planned,
): ObjectValue {
  // The resource's own plan changes (adjust) come before the question "did anything change?",
  // so that one which puts back what a default changed leaves a no-op plan equal to the prior.
  const beforeAdjust = fillPlan(container, conformObject(container, proposed), config, prior, "defaults-only");
  const withDefaults = adjust(beforeAdjust);
  const changed = configurableDiffers(container, withDefaults, prior);
  const planned = fillPlan(container, withDefaults, config, prior, changed ? "unknown-unless-kept" : "prior");
  // A value the resource planned itself stands, computed or not.
  for (const [name, attribute] of entriesOf(container.attributes)) {
    if (!valuesEqual(withDefaults[name] ?? null, beforeAdjust[name] ?? null, attribute.type)) planned[name] = withDefaults[name];
    // Terraform compares sets unordered: an equal set in another order is no change, and the
    // prior's order makes a no-op plan equal the prior state.
    const was = prior[name] ?? null;
    if (isWhollyKnown(was) && valuesEqual(planned[name] ?? null, was, attribute.type)) planned[name] = was;
  }
  return planned;
}

/**
 * Paths of `requiresReplace` attributes whose planned value differs from the prior one. Inside
 * a nested attribute, as in the framework, each planned element's inner attributes compare
 * with the same path in the prior state (`transforms[1].id`; null when the prior has no such
 * element; in a set, an equal prior element or none), so removing an element replaces nothing.
 */
export function replacePaths(container: AttributeContainer, prior: ObjectValue, planned: ObjectValue, path: AttributePath = []): AttributePath[] {
  const paths: AttributePath[] = [];
  for (const [name, attribute] of entriesOf(container.attributes)) {
    if (attribute.requiresReplace && !valuesEqual(planned[name] ?? null, prior[name] ?? null, attribute.type)) paths.push([...path, { attribute: name }]);
    const nested = attribute.nested;
    if (!nested) continue;
    const elementType = nestedType({ nesting: "single", attributes: nested.attributes });
    const before = blockElements(nested, prior[name]);
    blockElements(nested, planned[name]).forEach((element, i) => {
      if (element === null) return;
      const was = nested.nesting === "set" ? before.find((b) => b !== null && valuesEqual(b, element, elementType)) : before[i];
      paths.push(...replacePaths(nested, was ?? {}, element, blockElementPath(nested, path, name, i)));
    });
  }
  for (const [name, block] of blockEntries(container)) {
    const before = blockElements(block, prior[name]);
    const after = blockElements(block, planned[name]);
    const anyReplacing = Object.values(block.attributes).some((a) => a.requiresReplace);
    if (anyReplacing && before.length !== after.length) {
      paths.push([...path, { attribute: name }]);
      continue;
    }
    after.forEach((element, i) => {
      const elementPath = blockElementPath(block, path, name, i);
      const was = before[i] ?? null;
      if (element && was) paths.push(...replacePaths(block, was, element, elementPath));
      else if ((element === null) !== (was === null) && anyReplacing) paths.push(elementPath);
    });
  }
  return paths;
}

/** How computed attributes the config leaves null are planned. */
type ComputedMode = "unknown" | "defaults-only" | "prior" | "unknown-unless-kept";

function fillPlan(container: AttributeContainer, planned: ObjectValue, config: ObjectValue | null, prior: ObjectValue | null, mode: ComputedMode): ObjectValue {
  const out: ObjectValue = { ...planned };
  for (const [name, attribute] of entriesOf(container.attributes)) {
    const configValue = config?.[name] ?? null;
    if (configValue === null && attribute.computed) {
      // Defaults are set once, before any adjustment; later passes keep what stands.
      if (attribute.default === undefined) out[name] = computedValue(attribute, prior?.[name] ?? null, mode, planned[name] ?? null);
      else if (mode === "unknown" || mode === "defaults-only") out[name] = attribute.default;
    } else if (attribute.nested && configValue !== null) {
      // Configured nested objects get their inner defaults and unknowns; a whole nested
      // attribute planned from a default, the prior or as unknown is taken as it is.
      out[name] = fillElements(attribute.nested, attribute.nested, planned[name] ?? null, configValue, prior?.[name] ?? null, mode);
    }
  }
  for (const [name, block] of blockEntries(container)) {
    out[name] = fillElements(block, block, planned[name] ?? null, config?.[name] ?? null, prior?.[name] ?? null, mode);
  }
  return out;
}

/** Plans each element of a block or nested attribute against its config and prior element. */
function fillElements(holder: { nesting: Nesting }, container: AttributeContainer, value: Value, config: Value, prior: Value, mode: ComputedMode): Value {
  const configs = blockElements(holder, config);
  const priors = blockElements(holder, prior);
  const fill = (element: ObjectValue, i: number) => {
    const elementConfig = counterpart(holder, container, configs, i, element);
    return fillPlan(container, element, elementConfig, counterpart(holder, container, priors, i, elementConfig), mode);
  };
  if (holder.nesting === "single") return isObjectValue(value) ? fill(value, 0) : value;
  return Array.isArray(value) ? value.map((element, i) => (isObjectValue(element) ? fill(element, i) : element)) : value;
}

function computedValue(attribute: Attribute, prior: Value, mode: ComputedMode, proposed: Value): Value {
  switch (mode) {
    case "unknown":
      return UNKNOWN;
    case "defaults-only":
      return proposed;
    case "prior":
      return prior;
    case "unknown-unless-kept":
      // A null prior has nothing worth keeping: the value is still to be learned.
      return attribute.useStateForUnknown && prior !== null ? prior : UNKNOWN;
  }
}

/** Whether any attribute a user can set (inside nested attributes and blocks too) is planned
 * differently from the prior state; inner computed values the proposal left null do not count. */
function configurableDiffers(container: AttributeContainer, planned: ObjectValue, prior: ObjectValue): boolean {
  for (const [name, attribute] of entriesOf(container.attributes)) {
    if (!isConfigurable(attribute)) continue;
    const [after, before] = [planned[name] ?? null, prior[name] ?? null];
    const bothNested = attribute.nested && (isObjectValue(after) || Array.isArray(after)) && (isObjectValue(before) || Array.isArray(before));
    if (bothNested ? elementsDiffer(attribute.nested!, attribute.nested!, after, before) : !valuesEqual(after, before, attribute.type)) return true;
  }
  for (const [name, block] of blockEntries(container)) {
    if (elementsDiffer(block, block, planned[name] ?? null, prior[name] ?? null)) return true;
  }
  return false;
}

function elementsDiffer(holder: { nesting: Nesting }, container: AttributeContainer, planned: Value, prior: Value): boolean {
  const after = blockElements(holder, planned);
  const before = blockElements(holder, prior);
  if (after.length !== before.length) return true;
  return after.some((a, i) => {
    const b = counterpart(holder, container, before, i, a);
    return a === null || b === null ? a !== b : configurableDiffers(container, a, b);
  });
}
