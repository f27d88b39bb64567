// ImportResourceState: the import id for ProviderServer.importResourceState, and the partial
// states it returns encoded for Terraform's following ReadResource.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import { clientCapabilities } from "./values";
import type { ImportResourceStateRequest } from "../messages.generated";

export async function importResourceState(server: ProviderServer, req: ImportResourceStateRequest) {
  const res = await server.importResourceState({
    typeName: req.type_name ?? "",
    id: req.id ?? "",
    clientCapabilities: clientCapabilities(req.client_capabilities),
  });
  return {
    imported_resources: res.imported.map((r) => ({
      type_name: r.typeName,
      state: toDynamicValue(r.state),
      private: r.private,
    })),
    diagnostics: toDiagnostics(res.diagnostics),
  };
}
