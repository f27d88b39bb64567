// The boundary between protocol/ and the framework: one method per tfplugin6 RPC, in plain
// JavaScript values. protocol/ decodes each request (msgpack/JSON → Value), calls the method
// and encodes the answer; it knows nothing about resources. The framework implements this
// interface over Provider/Resource definitions (see core.ts).
import type { Diagnostic, AttributePath } from "./diagnostics";
import type { Schema } from "./schema";
import type { ObjectValue } from "./values";

/** A resource or data source state object, or null for "no object". */
export type StateValue = ObjectValue | null;

export interface ProviderSchemaResponse {
  provider: Schema;
  resourceSchemas: Record<string, Schema>;
  dataSourceSchemas: Record<string, Schema>;
  diagnostics: Diagnostic[];
}

export interface WithDiagnostics {
  diagnostics: Diagnostic[];
}

export interface ProviderServer {
  getProviderSchema(): ProviderSchemaResponse;
  getMetadata(): { resources: string[]; dataSources: string[]; diagnostics: Diagnostic[] };

  validateProviderConfig(config: ObjectValue): WithDiagnostics;
  configureProvider(config: ObjectValue, terraformVersion: string): Promise<WithDiagnostics>;
  /** Terraform asked the provider to stop (Ctrl-C): cancel work in flight. Returns an error text, if any. */
  stopProvider(): Promise<string | undefined>;

  validateResourceConfig(typeName: string, config: ObjectValue): WithDiagnostics;
  /** `rawStateJson` is the state as stored in the state file (UpgradeResourceState.raw_state.json). */
  upgradeResourceState(typeName: string, version: number, rawStateJson: string): WithDiagnostics & { upgradedState: StateValue };
  readResource(
    typeName: string,
    currentState: StateValue,
    priv: Uint8Array | undefined,
  ): Promise<WithDiagnostics & { newState: StateValue; private?: Uint8Array }>;
  planResourceChange(
    typeName: string,
    priorState: StateValue,
    proposedNewState: StateValue,
    config: StateValue,
    priorPrivate: Uint8Array | undefined,
  ): Promise<WithDiagnostics & { plannedState: StateValue; requiresReplace: AttributePath[]; plannedPrivate?: Uint8Array }>;
  applyResourceChange(
    typeName: string,
    priorState: StateValue,
    plannedState: StateValue,
    config: StateValue,
    plannedPrivate: Uint8Array | undefined,
  ): Promise<WithDiagnostics & { newState: StateValue; private?: Uint8Array }>;
  importResourceState(
    typeName: string,
    id: string,
  ): Promise<WithDiagnostics & { imported: { typeName: string; state: ObjectValue; private?: Uint8Array }[] }>;

  validateDataResourceConfig(typeName: string, config: ObjectValue): WithDiagnostics;
  readDataSource(typeName: string, config: ObjectValue): Promise<WithDiagnostics & { state: StateValue }>;
}
