import type { ProviderServer } from "../../framework/provider-server";
import { toDiagnostics } from "../diagnostics";
import { toDynamicValue } from "../dynamic-value";
import type { DynamicValueMessage } from "../wire";
import { privateBytes, stateValue } from "./values";

export async function readResource(
  server: ProviderServer,
  req: { type_name: string; current_state?: DynamicValueMessage; private?: Uint8Array },
) {
  const res = await server.readResource(
    req.type_name,
    stateValue(req.current_state, `${req.type_name} current state`),
    privateBytes(req.private),
  );
  return { new_state: toDynamicValue(res.newState), diagnostics: toDiagnostics(res.diagnostics), private: res.private };
}
