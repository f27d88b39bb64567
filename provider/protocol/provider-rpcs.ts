// The tfplugin6.Provider RPCs this provider answers, each a translation function
// (decode request → ProviderServer method → encode response), and the rule that a failing
// method ends as an error diagnostic in its response, never as a failed call or a crash.
import type { ProviderServer } from "../framework/provider-server";
import { errorToDiagnostics, toDiagnostics } from "./diagnostics";
import { applyResourceChange } from "./rpc/apply-resource-change";
import { configureProvider } from "./rpc/configure-provider";
import { getMetadata } from "./rpc/get-metadata";
import { getProviderSchema } from "./rpc/get-provider-schema";
import { importResourceState } from "./rpc/import-resource-state";
import { planResourceChange } from "./rpc/plan-resource-change";
import { readDataSource } from "./rpc/read-data-source";
import { readResource } from "./rpc/read-resource";
import { stopProvider } from "./rpc/stop-provider";
import { upgradeResourceState } from "./rpc/upgrade-resource-state";
import { validateDataResourceConfig } from "./rpc/validate-data-resource-config";
import { validateProviderConfig } from "./rpc/validate-provider-config";
import { validateResourceConfig } from "./rpc/validate-resource-config";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Translation = (server: ProviderServer, request: any) => object | Promise<object>;

export const PROVIDER_RPCS: Record<string, Translation> = {
  GetMetadata: getMetadata,
  GetProviderSchema: getProviderSchema,
  ValidateProviderConfig: validateProviderConfig,
  ValidateResourceConfig: validateResourceConfig,
  ValidateDataResourceConfig: validateDataResourceConfig,
  UpgradeResourceState: upgradeResourceState,
  ConfigureProvider: configureProvider,
  ReadResource: readResource,
  PlanResourceChange: planResourceChange,
  ApplyResourceChange: applyResourceChange,
  ImportResourceState: importResourceState,
  ReadDataSource: readDataSource,
  StopProvider: stopProvider,
};

/** Answers one RPC; `onError` sees failures (for logging) after they became diagnostics. */
export async function answerRpc(
  server: () => ProviderServer,
  method: string,
  request: object,
  onError: (method: string, err: unknown) => void = () => {},
): Promise<object> {
  const translate = PROVIDER_RPCS[method];
  if (!translate) throw new Error(`unknown tfplugin6 method ${method}`);
  try {
    return await translate(server(), request);
  } catch (err) {
    onError(method, err);
    const diagnostics = errorToDiagnostics(err);
    if (method === "StopProvider") return { Error: diagnostics.map((d) => d.summary + (d.detail ? `: ${d.detail}` : "")).join("; ") };
    return { diagnostics: toDiagnostics(diagnostics) };
  }
}
