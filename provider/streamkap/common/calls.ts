// Pieces every resource of this provider uses the same way around its API calls: the id a
// state holds, a failed call turned into one diagnostic, and the plan's known values kept
// after an apply.
import { DiagnosticsError } from "../../framework/diagnostics";
import { isWhollyKnown, type ObjectValue, type Value } from "../../framework/values";

/** After create or update, the plan's known values stand (Terraform requires it) and the
 * values it left unknown come from the API's answer. A status the API reports is always the
 * API's: it differs from the plan only when the apply fails, and then it says why. */
export function resolvePlanned(planned: ObjectValue, fromApi: ObjectValue, statusAttribute = "connector_status"): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, value] of Object.entries(planned)) {
    out[name] = isWhollyKnown(value) ? value : (fromApi[name] ?? null);
  }
  for (const [name, value] of Object.entries(fromApi)) if (!(name in out)) out[name] = value;
  if (fromApi[statusAttribute] !== undefined) out[statusAttribute] = fromApi[statusAttribute];
  return out;
}

export function stringOrUndefined(v: Value | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** The id a state or plan holds; a resource call without one is a framework bug. */
export function requireId(state: ObjectValue): string {
  const id = stringOrUndefined(state.id);
  if (!id) throw new Error("the resource has no id in state");
  return id;
}

/** Runs an API call; a failure becomes one diagnostic whose summary says what was being
 * done and whose detail is the API client's (already redacted) explanation. */
export async function describedCall<T>(summary: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof DiagnosticsError) throw err;
    throw DiagnosticsError.single(summary, err instanceof Error ? err.message : "unexpected failure");
  }
}

export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
