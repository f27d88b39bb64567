import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import type { DynamicValueMessage } from "../wire";
import { privateBytes, stateValue } from "./values";

export async function applyResourceChange(
  server: ProviderServer,
  req: {
    type_name: string;
    prior_state?: DynamicValueMessage;
    planned_state?: DynamicValueMessage;
    config?: DynamicValueMessage;
    planned_private?: Uint8Array;
  },
) {
  const res = await server.applyResourceChange(
    req.type_name,
    stateValue(req.prior_state, `${req.type_name} prior state`),
    stateValue(req.planned_state, `${req.type_name} planned state`),
    stateValue(req.config, `${req.type_name} config`),
    privateBytes(req.planned_private),
  );
  return { new_state: toDynamicValue(res.newState), private: res.private, diagnostics: toDiagnostics(res.diagnostics) };
}
