// ApplyResourceChange: decodes the prior and planned states, the config and the plan's private
// bytes for ProviderServer.applyResourceChange, and encodes the new state it returns.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import { privateBytes, stateValue } from "./values";
import type { ApplyResourceChangeRequest } from "../messages.generated";

export async function applyResourceChange(server: ProviderServer, req: ApplyResourceChangeRequest) {
  const res = await server.applyResourceChange({
    typeName: req.type_name ?? "",
    priorState: stateValue(req.prior_state, `${req.type_name} prior state`),
    plannedState: stateValue(req.planned_state, `${req.type_name} planned state`),
    config: stateValue(req.config, `${req.type_name} config`),
    plannedPrivate: privateBytes(req.planned_private),
    providerMeta: stateValue(req.provider_meta, `${req.type_name} provider_meta`),
  });
  return { new_state: toDynamicValue(res.newState), private: res.private, diagnostics: toDiagnostics(res.diagnostics) };
}
