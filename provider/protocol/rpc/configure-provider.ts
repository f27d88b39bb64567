// ConfigureProvider: the provider block's configuration, Terraform's version and its
// capabilities for ProviderServer.configureProvider.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { clientCapabilities, objectValue } from "./values";
import type { ConfigureProviderRequest } from "../messages.generated";

export async function configureProvider(server: ProviderServer, req: ConfigureProviderRequest) {
  const res = await server.configureProvider({
    terraformVersion: req.terraform_version ?? "",
    config: objectValue(req.config, "provider config"),
    clientCapabilities: clientCapabilities(req.client_capabilities),
  });
  return { diagnostics: toDiagnostics(res.diagnostics) };
}
