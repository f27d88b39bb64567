// GetMetadata: the resource and data source type names, with the same server capabilities
// GetProviderSchema announces.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { SERVER_CAPABILITIES } from "./get-provider-schema";
import type { GetMetadataRequest } from "../messages.generated";

export function getMetadata(server: ProviderServer, _req: GetMetadataRequest) {
  const res = server.getMetadata({});
  return {
    server_capabilities: SERVER_CAPABILITIES,
    diagnostics: toDiagnostics(res.diagnostics),
    resources: res.resources.map((type_name) => ({ type_name })),
    data_sources: res.dataSources.map((type_name) => ({ type_name })),
  };
}
