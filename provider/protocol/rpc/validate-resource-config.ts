import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import type { DynamicValueMessage } from "../wire";
import { objectValue } from "./values";

export function validateResourceConfig(server: ProviderServer, req: { type_name: string; config?: DynamicValueMessage }) {
  const res = server.validateResourceConfig(req.type_name, objectValue(req.config, `${req.type_name} config`));
  return { diagnostics: toDiagnostics(res.diagnostics) };
}
