import type { ProviderServer } from "../../framework/provider-server";
import { toAttributePath, toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import type { DynamicValueMessage } from "../wire";
import { privateBytes, stateValue } from "./values";

export async function planResourceChange(
  server: ProviderServer,
  req: {
    type_name: string;
    prior_state?: DynamicValueMessage;
    proposed_new_state?: DynamicValueMessage;
    config?: DynamicValueMessage;
    prior_private?: Uint8Array;
  },
) {
  const res = await server.planResourceChange(
    req.type_name,
    stateValue(req.prior_state, `${req.type_name} prior state`),
    stateValue(req.proposed_new_state, `${req.type_name} proposed state`),
    stateValue(req.config, `${req.type_name} config`),
    privateBytes(req.prior_private),
  );
  return {
    planned_state: toDynamicValue(res.plannedState),
    requires_replace: res.requiresReplace.map(toAttributePath),
    planned_private: res.plannedPrivate,
    diagnostics: toDiagnostics(res.diagnostics),
  };
}
