// Plan modifiers the framework offers for computed attributes whose value a write changes
// (UseStateForUnknown and RequiresReplace are flags on the attribute, see schema.ts). A
// resource declares them on the attribute; the framework runs them on every plan
// (plan.ts applyPlanModifiers), so no resource restates the rule.
import { writesAny } from "./plan";
import type { AttributePlanModifier } from "./schema";
import { UNKNOWN, valuesEqual, type ObjectValue, type Value } from "./values";

/**
 * A status after a write: unknown (or what `whenWriting` plans from the plan, e.g. the
 * desired state the apply waits for) when the plan writes the object, else kept from state,
 * so that a plan with nothing to write keeps whatever the last refresh saw (even Broken) and
 * shows no change.
 */
export function statusAfterWrite(whenWriting: (planned: ObjectValue) => Value = () => UNKNOWN): AttributePlanModifier {
  return ({ name, attributes, prior, planned }) => (writesAny(attributes, prior, planned) ? whenWriting(planned) : (prior?.[name] ?? null));
}

/** A value the API derives from some settings: kept from state unless one of `settings`
 * changes (or on create), then unknown until the apply learns it. */
export function unknownWhenChanged(settings: readonly string[]): AttributePlanModifier {
  return ({ name, attributes, prior, planned }) => {
    const changed = prior === null || settings.some((s) => !valuesEqual(planned[s] ?? null, prior[s] ?? null, attributes[s]?.type));
    return changed ? UNKNOWN : (prior[name] ?? null);
  };
}
