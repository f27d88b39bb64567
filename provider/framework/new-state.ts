// Shapes what create, update, read and data source reads return into a state Terraform
// accepts: the schema's exact attribute set, values the plan fixed carried over verbatim
// (Terraform rejects anything else as "inconsistent result after apply"), and no unknowns.
// Inside a nested attribute the same rule holds per inner attribute: the user's values from
// the plan, inner computed values from the result.
import { formatPath, type AttributePath, type Diagnostics } from "./diagnostics";
import { blockElements, conformObject, counterpart, nullUnknowns, type AttributeContainer, type Nesting } from "./conform";
import { blockEntries, entriesOf, type Attribute } from "./schema";
import { isObjectValue, type ObjectValue, type Value } from "./values";

/** Whether the plan fixed this attribute's value: the user set it, or a default filled it in. */
export function isFixedByPlan(attribute: Attribute, configValue: Value): boolean {
  if (!attribute.computed) return true;
  if (configValue !== null) return Boolean(attribute.optional);
  return attribute.default !== undefined;
}

/** The new state after create or update: the resource's result, with planned values re-asserted. */
export function newStateAfterApply(
  container: AttributeContainer,
  result: ObjectValue,
  planned: ObjectValue,
  config: ObjectValue | null,
  diagnostics: Diagnostics,
): ObjectValue {
  return withoutUnknowns(container, reassertPlanned(container, conformObject(container, result), planned, config), diagnostics);
}

/** A data source's state: configured values kept as the user wrote them, the rest from the read. */
export function dataSourceState(container: AttributeContainer, result: ObjectValue, config: ObjectValue, diagnostics: Diagnostics): ObjectValue {
  const state = conformObject(container, result);
  for (const [name, attribute] of entriesOf(container.attributes)) {
    const configValue = config[name] ?? null;
    if (configValue === null) continue;
    const nested = attribute.nested;
    // In a configured nested value, the user's inner values stand and computed ones come from the read.
    state[name] =
      nested && (isObjectValue(configValue) || Array.isArray(configValue))
        ? reassertElements(nested, nested, state[name], configValue, configValue)
        : configValue;
  }
  return withoutUnknowns(container, state, diagnostics);
}

/** Replaces unknowns (which a state may not hold) with null and reports each as an error. */
export function withoutUnknowns(container: AttributeContainer, state: ObjectValue, diagnostics: Diagnostics): ObjectValue {
  const found: AttributePath[] = [];
  const known = nullUnknowns(container, state, [], found);
  for (const path of found) {
    diagnostics.error("Provider returned an unknown value", `"${formatPath(path)}" is still unknown after the operation; it was stored as null.`, path);
  }
  return known;
}

function reassertPlanned(container: AttributeContainer, state: ObjectValue, planned: ObjectValue, config: ObjectValue | null): ObjectValue {
  const out: ObjectValue = { ...state };
  for (const [name, attribute] of entriesOf(container.attributes)) {
    const configValue = config?.[name] ?? null;
    if (!isFixedByPlan(attribute, configValue)) continue;
    const plannedValue = planned[name] ?? null;
    const nested = attribute.nested;
    // A nested value the plan fixed keeps its elements (the config counts them), each settled inside.
    out[name] =
      nested && (isObjectValue(plannedValue) || Array.isArray(plannedValue))
        ? reassertElements(nested, nested, state[name], plannedValue, configValue)
        : plannedValue;
  }
  for (const [name, block] of blockEntries(container)) {
    // Block counts come from the configuration, so the plan's elements are the ones to keep.
    const settled = reassertElements(block, block, state[name], planned[name], config?.[name]);
    out[name] = block.nesting === "single" ? settled : (settled as Value[]).filter((e) => e !== null);
  }
  return out;
}

/** The planned elements of a block or nested attribute, each re-asserted over its result element. */
function reassertElements(
  holder: { nesting: Nesting },
  container: AttributeContainer,
  result: Value | undefined,
  planned: Value | undefined,
  config: Value | undefined,
): Value {
  const results = blockElements(holder, result);
  const configs = blockElements(holder, config);
  const settled = blockElements(holder, planned).map((element, i) => {
    if (element === null) return null;
    const found = counterpart(holder, container, results, i, element);
    return reassertPlanned(container, found ?? conformObject(container, null), element, counterpart(holder, container, configs, i, element));
  });
  return holder.nesting === "single" ? settled[0] : settled;
}
