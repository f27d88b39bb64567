// UpgradeResourceState: the stored state's JSON and schema version for
// ProviderServer.upgradeResourceState, and the state in the current schema encoded.
import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import type { UpgradeResourceStateRequest } from "../messages.generated";

/** raw_state carries the state as stored in the state file (JSON); the legacy flatmap is not supported. */
export function upgradeResourceState(server: ProviderServer, req: UpgradeResourceStateRequest) {
  const json = req.raw_state?.json;
  if (!json || json.length === 0) {
    throw new Error(`${req.type_name}: state has no JSON form (legacy flatmap state is not supported)`);
  }
  const res = server.upgradeResourceState({ typeName: req.type_name ?? "", version: req.version ?? 0, rawStateJson: Buffer.from(json).toString("utf8") });
  return { upgraded_state: toDynamicValue(res.upgradedState), diagnostics: toDiagnostics(res.diagnostics) };
}
