import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import type { DynamicValueMessage } from "../wire";
import { objectValue } from "./values";

export async function readDataSource(server: ProviderServer, req: { type_name: string; config?: DynamicValueMessage }) {
  const res = await server.readDataSource(req.type_name, objectValue(req.config, `${req.type_name} config`));
  return { state: toDynamicValue(res.state), diagnostics: toDiagnostics(res.diagnostics) };
}
