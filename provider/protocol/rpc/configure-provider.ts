import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import type { DynamicValueMessage } from "../wire";
import { objectValue } from "./values";

export async function configureProvider(
  server: ProviderServer,
  req: { terraform_version?: string; config?: DynamicValueMessage },
) {
  const res = await server.configureProvider(objectValue(req.config, "provider config"), req.terraform_version ?? "");
  return { diagnostics: toDiagnostics(res.diagnostics) };
}
