// ValidateProviderConfig: the provider block's configuration (values may be unknown) for
// ProviderServer.validateProviderConfig.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { objectValue } from "./values";
import type { ValidateProviderConfigRequest } from "../messages.generated";

export function validateProviderConfig(server: ProviderServer, req: ValidateProviderConfigRequest) {
  const res = server.validateProviderConfig({ config: objectValue(req.config, "provider config") });
  return { diagnostics: toDiagnostics(res.diagnostics) };
}
