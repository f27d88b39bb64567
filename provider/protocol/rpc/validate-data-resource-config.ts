// ValidateDataResourceConfig: a data source's configuration (values may be unknown) for
// ProviderServer.validateDataResourceConfig.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { objectValue } from "./values";
import type { ValidateDataResourceConfigRequest } from "../messages.generated";

export function validateDataResourceConfig(server: ProviderServer, req: ValidateDataResourceConfigRequest) {
  const res = server.validateDataResourceConfig({ typeName: req.type_name ?? "", config: objectValue(req.config, `${req.type_name} config`) });
  return { diagnostics: toDiagnostics(res.diagnostics) };
}
