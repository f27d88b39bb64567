// The boundary between protocol/ and the framework: one method per tfplugin6 RPC taking one
// request object and returning one response object, in plain JavaScript values (as
// terraform-plugin-framework's fwserver does). protocol/ decodes each request, calls the method
// and encodes the answer; the framework implements it over resource definitions (core.ts).
// Requests carry every field of our tfplugin6.proto that is cheap to decode, used or not, so
// a field the framework starts to use changes the core, not every layer's signatures.
import type { Diagnostic, AttributePath } from "./diagnostics";
import type { Schema } from "./schema";
import type { ObjectValue } from "./values";

/** A resource or data source state object, or null for "no object". */
export type StateValue = ObjectValue | null;

export interface WithDiagnostics {
  diagnostics: Diagnostic[];
}

/** What Terraform says it can handle (tfplugin6 ClientCapabilities); absent fields are false. */
export interface ClientCapabilities {
  /** Terraform accepts a deferred answer (Deferred in the response) instead of a result. */
  deferralAllowed: boolean;
  writeOnlyAttributesAllowed: boolean;
}

/** The provider_meta block of the calling module; null unless the provider declares a provider_meta schema. */
export type ProviderMeta = ObjectValue | null;

// GetProviderSchema, GetMetadata and StopProvider requests have no fields in tfplugin6.
type NoFields = Record<string, never>;

export type GetProviderSchemaRequest = NoFields;
export interface GetProviderSchemaResponse extends WithDiagnostics {
  provider: Schema;
  resourceSchemas: Record<string, Schema>;
  dataSourceSchemas: Record<string, Schema>;
}

export type GetMetadataRequest = NoFields;
export interface GetMetadataResponse extends WithDiagnostics {
  resources: string[];
  dataSources: string[];
}

export interface ValidateProviderConfigRequest {
  config: ObjectValue;
}
export type ValidateProviderConfigResponse = WithDiagnostics;

export interface ConfigureProviderRequest {
  terraformVersion: string;
  config: ObjectValue;
  clientCapabilities: ClientCapabilities;
}
export type ConfigureProviderResponse = WithDiagnostics;

export type StopProviderRequest = NoFields;
export interface StopProviderResponse {
  /** Why the provider could not stop, if it could not. */
  error?: string;
}

export interface ValidateResourceConfigRequest {
  typeName: string;
  config: ObjectValue;
  clientCapabilities: ClientCapabilities;
}
export type ValidateResourceConfigResponse = WithDiagnostics;

export interface UpgradeResourceStateRequest {
  typeName: string;
  /** The schema version the state was written with. */
  version: number;
  /** The state as stored in the state file (raw_state.json). */
  rawStateJson: string;
}
export interface UpgradeResourceStateResponse extends WithDiagnostics {
  upgradedState: StateValue;
}

export interface ReadResourceRequest {
  typeName: string;
  currentState: StateValue;
  private: Uint8Array | undefined;
  providerMeta: ProviderMeta;
  clientCapabilities: ClientCapabilities;
}
export interface ReadResourceResponse extends WithDiagnostics {
  newState: StateValue;
  private?: Uint8Array;
}

export interface PlanResourceChangeRequest {
  typeName: string;
  priorState: StateValue;
  proposedNewState: StateValue;
  config: StateValue;
  priorPrivate: Uint8Array | undefined;
  providerMeta: ProviderMeta;
  clientCapabilities: ClientCapabilities;
}
export interface PlanResourceChangeResponse extends WithDiagnostics {
  plannedState: StateValue;
  requiresReplace: AttributePath[];
  plannedPrivate?: Uint8Array;
}

export interface ApplyResourceChangeRequest {
  typeName: string;
  priorState: StateValue;
  plannedState: StateValue;
  config: StateValue;
  plannedPrivate: Uint8Array | undefined;
  providerMeta: ProviderMeta;
}
export interface ApplyResourceChangeResponse extends WithDiagnostics {
  newState: StateValue;
  private?: Uint8Array;
}

export interface ImportResourceStateRequest {
  typeName: string;
  id: string;
  clientCapabilities: ClientCapabilities;
}
export interface ImportedResource {
  typeName: string;
  state: ObjectValue;
  private?: Uint8Array;
}
export interface ImportResourceStateResponse extends WithDiagnostics {
  imported: ImportedResource[];
}

export interface ValidateDataResourceConfigRequest {
  typeName: string;
  config: ObjectValue;
}
export type ValidateDataResourceConfigResponse = WithDiagnostics;

export interface ReadDataSourceRequest {
  typeName: string;
  config: ObjectValue;
  providerMeta: ProviderMeta;
  clientCapabilities: ClientCapabilities;
}
export interface ReadDataSourceResponse extends WithDiagnostics {
  state: StateValue;
}

export interface ProviderServer {
  getProviderSchema(req: GetProviderSchemaRequest): GetProviderSchemaResponse;
  getMetadata(req: GetMetadataRequest): GetMetadataResponse;

  validateProviderConfig(req: ValidateProviderConfigRequest): ValidateProviderConfigResponse;
  configureProvider(req: ConfigureProviderRequest): Promise<ConfigureProviderResponse>;
  /** Terraform asked the provider to stop (Ctrl-C): cancel work in flight. */
  stopProvider(req: StopProviderRequest): Promise<StopProviderResponse>;

  validateResourceConfig(req: ValidateResourceConfigRequest): ValidateResourceConfigResponse;
  upgradeResourceState(req: UpgradeResourceStateRequest): UpgradeResourceStateResponse;
  readResource(req: ReadResourceRequest): Promise<ReadResourceResponse>;
  planResourceChange(req: PlanResourceChangeRequest): Promise<PlanResourceChangeResponse>;
  applyResourceChange(req: ApplyResourceChangeRequest): Promise<ApplyResourceChangeResponse>;
  importResourceState(req: ImportResourceStateRequest): Promise<ImportResourceStateResponse>;

  validateDataResourceConfig(req: ValidateDataResourceConfigRequest): ValidateDataResourceConfigResponse;
  readDataSource(req: ReadDataSourceRequest): Promise<ReadDataSourceResponse>;
}
