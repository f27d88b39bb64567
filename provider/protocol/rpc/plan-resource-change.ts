// PlanResourceChange: decodes the prior and proposed states and the config (unknowns and
// refined unknowns included) for ProviderServer.planResourceChange, and encodes the plan and
// its requires_replace paths.
import type { ProviderServer } from "../../framework/provider-server";
import { toAttributePath, toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import { clientCapabilities, privateBytes, stateValue } from "./values";
import type { PlanResourceChangeRequest } from "../messages.generated";

export async function planResourceChange(server: ProviderServer, req: PlanResourceChangeRequest) {
  const res = await server.planResourceChange({
    typeName: req.type_name ?? "",
    priorState: stateValue(req.prior_state, `${req.type_name} prior state`),
    proposedNewState: stateValue(req.proposed_new_state, `${req.type_name} proposed state`),
    config: stateValue(req.config, `${req.type_name} config`),
    priorPrivate: privateBytes(req.prior_private),
    providerMeta: stateValue(req.provider_meta, `${req.type_name} provider_meta`),
    clientCapabilities: clientCapabilities(req.client_capabilities),
  });
  return {
    planned_state: toDynamicValue(res.plannedState),
    requires_replace: res.requiresReplace.map(toAttributePath),
    planned_private: res.plannedPrivate,
    diagnostics: toDiagnostics(res.diagnostics),
  };
}
