// ValidateResourceConfig: a resource's configuration (values may be unknown) for
// ProviderServer.validateResourceConfig.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { clientCapabilities, objectValue } from "./values";
import type { ValidateResourceConfigRequest } from "../messages.generated";

export function validateResourceConfig(server: ProviderServer, req: ValidateResourceConfigRequest) {
  const res = server.validateResourceConfig({
    typeName: req.type_name ?? "",
    config: objectValue(req.config, `${req.type_name} config`),
    clientCapabilities: clientCapabilities(req.client_capabilities),
  });
  return { diagnostics: toDiagnostics(res.diagnostics) };
}
