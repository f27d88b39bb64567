// Plan computation for create and update, the counterpart of terraform-plugin-framework's
// plan modifiers: defaults, computed attributes as unknown or kept from state, and the
// attributes whose change forces a replacement. The aim is that an update plan shows only
// what changes, and a plan with nothing changed equals the prior state.
import type { AttributePath } from "./diagnostics";
import { blockElementPath, blockElements, conformObject, type AttributeContainer } from "./conform";
import type { Attribute } from "./schema";
import { UNKNOWN, isObjectValue, valuesEqual, type ObjectValue, type Value } from "./values";

/** Whether a user may set the attribute (as opposed to a computed-only attribute). */
export function isConfigurable(attribute: Attribute): boolean {
  return Boolean(attribute.required || attribute.optional);
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
  for (const name of Object.keys(container.attributes)) {
    if (!valuesEqual(withDefaults[name] ?? null, beforeAdjust[name] ?? null)) planned[name] = withDefaults[name];
  }
  return planned;
}

/** Paths of `requiresReplace` attributes whose planned value differs from the prior one. */
export function replacePaths(container: AttributeContainer, prior: ObjectValue, planned: ObjectValue, path: AttributePath = []): AttributePath[] {
  const paths: AttributePath[] = [];
  for (const [name, attribute] of Object.entries(container.attributes)) {
    if (attribute.requiresReplace && !valuesEqual(planned[name] ?? null, prior[name] ?? null)) paths.push([...path, { attribute: name }]);
  }
  for (const [name, block] of Object.entries(container.blocks ?? {})) {
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
  for (const [name, attribute] of Object.entries(container.attributes)) {
    if ((config?.[name] ?? null) !== null || !attribute.computed) continue;
    if (attribute.default !== undefined) {
      // Defaults are set once, before any adjustment; later passes keep what stands.
      if (mode === "unknown" || mode === "defaults-only") out[name] = attribute.default;
      continue;
    }
    out[name] = computedValue(attribute, prior?.[name] ?? null, mode, planned[name] ?? null);
  }
  for (const [name, block] of Object.entries(container.blocks ?? {})) {
    const value = planned[name];
    const configs = blockElements(block, config?.[name]);
    const priors = blockElements(block, prior?.[name]);
    const fill = (element: ObjectValue, i: number) => fillPlan(block, element, configs[i] ?? null, priors[i] ?? null, mode);
    if (block.nesting === "single") out[name] = isObjectValue(value) ? fill(value, 0) : value ?? null;
    else if (Array.isArray(value)) out[name] = value.map((element, i) => (isObjectValue(element) ? fill(element, i) : element));
  }
  return out;
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

/** Whether any attribute a user can set (blocks included) is planned differently from the prior state. */
function configurableDiffers(container: AttributeContainer, planned: ObjectValue, prior: ObjectValue): boolean {
  for (const [name, attribute] of Object.entries(container.attributes)) {
    if (isConfigurable(attribute) && !valuesEqual(planned[name] ?? null, prior[name] ?? null)) return true;
  }
  for (const [name, block] of Object.entries(container.blocks ?? {})) {
    const after = blockElements(block, planned[name]);
    const before = blockElements(block, prior[name]);
    if (after.length !== before.length) return true;
    for (let i = 0; i < after.length; i++) {
      const a = after[i];
      const b = before[i];
      if (a === null || b === null) {
        if (a !== b) return true;
      } else if (configurableDiffers(block, a, b)) return true;
    }
  }
  return false;
}
