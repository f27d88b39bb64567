// For tests that call a resource directly, without the protocol: the steps the framework
// (framework/core.ts) takes around the resource's own hooks, so that what the attributes
// declare (plan modifiers) is part of what such a test sees.
import type { Diagnostics } from "../../framework/diagnostics";
import { applyPlanModifiers } from "../../framework/plan";
import type { PlanModification, PlanRequest, Resource } from "../../framework/resource";
import type { ObjectValue } from "../../framework/values";

/** The resource's modifyPlan, then its attributes' plan modifiers. */
export function plannedBy(resource: Pick<Resource, "schema" | "modifyPlan">, req: PlanRequest, diagnostics: Diagnostics): PlanModification & { planned: ObjectValue } {
  const own = resource.modifyPlan?.(req, diagnostics);
  return { planned: applyPlanModifiers(resource.schema, req.prior, own?.planned ?? req.planned, req.config), requiresReplace: own?.requiresReplace };
}

