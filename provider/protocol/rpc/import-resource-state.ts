import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";

export async function importResourceState(server: ProviderServer, req: { type_name: string; id?: string }) {
  const res = await server.importResourceState(req.type_name, req.id ?? "");
  return {
    imported_resources: res.imported.map((r) => ({
      type_name: r.typeName,
      state: toDynamicValue(r.state),
      private: r.private,
    })),
    diagnostics: toDiagnostics(res.diagnostics),
  };
}
