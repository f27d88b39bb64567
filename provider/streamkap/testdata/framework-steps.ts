// For tests that call a resource directly, without the protocol: the steps the framework
// (framework/core.ts) takes around the resource's own hooks, so that what the attributes
// declare (plan modifiers, validators) is part of what such a test sees.
import type { AttributeContainer } from "../../framework/conform";
import type { AttributePath, Diagnostics } from "../../framework/diagnostics";
import { applyPlanModifiers } from "../../framework/plan";
import type { PlanModification, PlanRequest, Resource } from "../../framework/resource";
import { isObjectValue, isUnknown, type ObjectValue, type Value } from "../../framework/values";

/** The resource's modifyPlan, then its attributes' plan modifiers. */
export function plannedBy(
  resource: Pick<Resource, "schema" | "modifyPlan">,
  req: PlanRequest,
  diagnostics: Diagnostics,
): PlanModification & { planned: ObjectValue } {
  const own = resource.modifyPlan?.(req, diagnostics);
  return { planned: applyPlanModifiers(resource.schema, req.prior, own?.planned ?? req.planned, req.config), requiresReplace: own?.requiresReplace };
}

/** The attributes' validators (as validateConfig runs them on every known value, in nested
 * attributes and blocks too), then the resource's own validate: without the framework's type
 * and required-ness checks, so that a partial configuration can be checked. */
export function validatedBy(resource: Pick<Resource, "schema" | "validate">, config: ObjectValue, diagnostics: Diagnostics): void {
  runValidators(resource.schema, config, diagnostics, []);
  resource.validate?.(config, diagnostics);
}

function runValidators(container: AttributeContainer, config: ObjectValue, diagnostics: Diagnostics, path: AttributePath): void {
  const inner = (holder: { nesting: string }, nested: AttributeContainer, value: Value, at: AttributePath) => {
    if (holder.nesting === "single") {
      if (isObjectValue(value)) runValidators(nested, value, diagnostics, at);
    } else if (Array.isArray(value)) {
      value.forEach((element, index) => isObjectValue(element) && runValidators(nested, element, diagnostics, [...at, { index }]));
    }
  };
  for (const [name, attribute] of Object.entries(container.attributes)) {
    const value = config[name] ?? null;
    const at: AttributePath = [...path, { attribute: name }];
    if (value === null || isUnknown(value)) continue;
    if (attribute.nested) inner(attribute.nested, attribute.nested, value, at);
    for (const validator of attribute.validators ?? []) validator({ value, path: at, config, diagnostics });
  }
  for (const [name, block] of Object.entries(container.blocks ?? {})) inner(block, block, config[name] ?? null, [...path, { attribute: name }]);
}
