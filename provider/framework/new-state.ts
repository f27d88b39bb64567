// Shapes what create, update, read and data source reads return into a state Terraform
// accepts: the schema's exact attribute set, values the plan fixed carried over verbatim
// (Terraform rejects anything else as "inconsistent result after apply"), and no unknowns.
import { formatPath, type AttributePath, type Diagnostics } from "./diagnostics";
import { blockElements, conformObject, nullUnknowns, type AttributeContainer } from "./conform";
import type { Attribute } from "./schema";
import type { ObjectValue, Value } from "./values";

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
  for (const name of Object.keys(container.attributes)) {
    if ((config[name] ?? null) !== null) state[name] = config[name];
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
  for (const [name, attribute] of Object.entries(container.attributes)) {
    if (isFixedByPlan(attribute, config?.[name] ?? null)) out[name] = planned[name] ?? null;
  }
  for (const [name, block] of Object.entries(container.blocks ?? {})) {
    // Block counts come from the configuration, so the plan's elements are the ones to keep.
    const plannedElements = blockElements(block, planned[name]);
    const resultElements = blockElements(block, state[name]);
    const configElements = blockElements(block, config?.[name]);
    const settled = plannedElements.map((element, i) =>
      element === null ? null : reassertPlanned(block, resultElements[i] ?? conformObject(block, null), element, configElements[i] ?? null),
    );
    out[name] = block.nesting === "single" ? settled[0] : settled.filter((e): e is ObjectValue => e !== null);
  }
  return out;
}
