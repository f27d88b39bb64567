// ValidateProviderConfig: the provider block's configuration (values may be unknown) for
// ProviderServer.validateProviderConfig.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import type { DynamicValueMessage } from "../wire";
import { objectValue } from "./values";

export function validateProviderConfig(server: ProviderServer, req: { config?: DynamicValueMessage }) {
  const res = server.validateProviderConfig({ config: objectValue(req.config, "provider config") });
  return { diagnostics: toDiagnostics(res.diagnostics) };
}
