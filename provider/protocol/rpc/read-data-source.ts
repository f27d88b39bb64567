// ReadDataSource: the data source's configuration for ProviderServer.readDataSource, and the
// state it reads encoded.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import { clientCapabilities, objectValue, stateValue } from "./values";
import type { ReadDataSourceRequest } from "../messages.generated";

export async function readDataSource(server: ProviderServer, req: ReadDataSourceRequest) {
  const res = await server.readDataSource({
    typeName: req.type_name ?? "",
    config: objectValue(req.config, `${req.type_name} config`),
    providerMeta: stateValue(req.provider_meta, `${req.type_name} provider_meta`),
    clientCapabilities: clientCapabilities(req.client_capabilities),
  });
  return { state: toDynamicValue(res.state), diagnostics: toDiagnostics(res.diagnostics) };
}
