// The tfplugin6.Provider RPCs this provider answers, each a translation function
// (decode request → ProviderServer method → encode response), and the rule that a failing
// method ends as an error diagnostic in its response, never as a failed call or a crash.
import type { ProviderServer } from "../framework/provider-server";
import type { ProviderRpcMessages } from "./messages.generated";
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

type Rpc = keyof ProviderRpcMessages;

/** One RPC's translation, typed by the proto's messages (messages.generated.ts): a handler
 * that reads a field its request does not have, or answers one its response does not have,
 * does not compile. */
type Translation<M extends Rpc> = (
  server: ProviderServer,
  request: ProviderRpcMessages[M]["request"],
) => ProviderRpcMessages[M]["response"] | Promise<ProviderRpcMessages[M]["response"]>;

const TRANSLATIONS = {
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
} satisfies { [M in Rpc]?: Translation<M> };

/** Every RPC this provider answers, by method name, for dispatch on a decoded request. */
export const PROVIDER_RPCS: Readonly<Record<string, (server: ProviderServer, request: object) => object | Promise<object>>> = TRANSLATIONS as Record<
  string,
  (server: ProviderServer, request: object) => object | Promise<object>
>;

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
