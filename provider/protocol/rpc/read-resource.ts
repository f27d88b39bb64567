// ReadResource (refresh): the current state and its private bytes for
// ProviderServer.readResource, and the refreshed state encoded (null when the object is gone).
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import { clientCapabilities, privateBytes, stateValue } from "./values";
import type { ReadResourceRequest } from "../messages.generated";

export async function readResource(server: ProviderServer, req: ReadResourceRequest) {
  const res = await server.readResource({
    typeName: req.type_name ?? "",
    currentState: stateValue(req.current_state, `${req.type_name} current state`),
    private: privateBytes(req.private),
    providerMeta: stateValue(req.provider_meta, `${req.type_name} provider_meta`),
    clientCapabilities: clientCapabilities(req.client_capabilities),
  });
  return { new_state: toDynamicValue(res.newState), diagnostics: toDiagnostics(res.diagnostics), private: res.private };
}
