// ValidateDataResourceConfig: a data source's configuration (values may be unknown) for
// ProviderServer.validateDataResourceConfig.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import type { DynamicValueMessage } from "../wire";
import { objectValue } from "./values";

export function validateDataResourceConfig(server: ProviderServer, req: { type_name: string; config?: DynamicValueMessage }) {
  const res = server.validateDataResourceConfig({ typeName: req.type_name, config: objectValue(req.config, `${req.type_name} config`) });
  return { diagnostics: toDiagnostics(res.diagnostics) };
}
