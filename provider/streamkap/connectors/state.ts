// Pieces of state every connector resource builds the same way from an API object.
import { DiagnosticsError } from "../../framework/diagnostics";
import type { ObjectValue, Value } from "../../framework/values";
import { isWhollyKnown } from "../../framework/values";
import type { ApiConnector } from "../api/api-types";
import { hasTopics, type ConnectorKind } from "./kind";

/** id, name, connector, connector_status (and topics, for kinds that write them) as the API
 * reports them. */
export function commonState(kind: ConnectorKind, found: ApiConnector): ObjectValue {
  const state: ObjectValue = {
    id: found.id,
    name: typeof found.name === "string" ? found.name : null,
    connector: typeof found.connector === "string" ? found.connector : null,
    connector_status: typeof found.connector_status === "string" ? found.connector_status : null,
  };
  if (hasTopics(kind)) state.topics = Array.isArray(found.topics) ? found.topics.map((t) => String(t)) : null;
  return state;
}

/** After create or update, the plan's known values stand (Terraform requires it) and the
 * values it left unknown come from the API's answer. The connector status is always the
 * API's: it differs from the plan only when the apply fails, and then it says why. */
export function resolvePlanned(planned: ObjectValue, fromApi: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, value] of Object.entries(planned)) {
    out[name] = isWhollyKnown(value) ? value : fromApi[name] ?? null;
  }
  for (const [name, value] of Object.entries(fromApi)) if (!(name in out)) out[name] = value;
  if (fromApi.connector_status !== undefined) out.connector_status = fromApi.connector_status;
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
