// Generated from tfplugin6.proto by provider/protocol/message-types-source.ts; never edited by hand.
// The tfplugin6 messages as grpc-services.ts decodes them: proto field names, int64 as number,
// enums as names, every field optional (an absent field stays absent).

export interface DynamicValue {
  msgpack?: Uint8Array;
  json?: Uint8Array;
}

export interface Diagnostic {
  severity?: DiagnosticSeverity;
  summary?: string;
  detail?: string;
  attribute?: AttributePath;
}

export type DiagnosticSeverity = "INVALID" | "ERROR" | "WARNING";

export interface AttributePath {
  steps?: AttributePathStep[];
}

export interface AttributePathStep {
  attribute_name?: string;
  element_key_string?: string;
  element_key_int?: number;
}

export type StopProvider = Record<string, never>;

export type StopProviderRequest = Record<string, never>;

export interface StopProviderResponse {
  Error?: string;
}

export interface RawState {
  json?: Uint8Array;
  flatmap?: Record<string, string>;
}

export type StringKind = "PLAIN" | "MARKDOWN";

export interface Schema {
  version?: number;
  block?: SchemaBlock;
}

export interface SchemaBlock {
  version?: number;
  attributes?: SchemaAttribute[];
  block_types?: SchemaNestedBlock[];
  description?: string;
  description_kind?: StringKind;
  deprecated?: boolean;
}

export interface SchemaAttribute {
  name?: string;
  type?: Uint8Array;
  nested_type?: SchemaObject;
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  description_kind?: StringKind;
  deprecated?: boolean;
  write_only?: boolean;
}

export interface SchemaNestedBlock {
  type_name?: string;
  block?: SchemaBlock;
  nesting?: SchemaNestedBlockNestingMode;
  min_items?: number;
  max_items?: number;
}

export type SchemaNestedBlockNestingMode = "INVALID" | "SINGLE" | "LIST" | "SET" | "MAP" | "GROUP";

export interface SchemaObject {
  attributes?: SchemaAttribute[];
  nesting?: SchemaObjectNestingMode;
}

export type SchemaObjectNestingMode = "INVALID" | "SINGLE" | "LIST" | "SET" | "MAP";

export interface ServerCapabilities {
  plan_destroy?: boolean;
  get_provider_schema_optional?: boolean;
  move_resource_state?: boolean;
}

export interface ClientCapabilities {
  deferral_allowed?: boolean;
  write_only_attributes_allowed?: boolean;
}

export interface Deferred {
  reason?: DeferredReason;
}

export type DeferredReason = "UNKNOWN" | "RESOURCE_CONFIG_UNKNOWN" | "PROVIDER_CONFIG_UNKNOWN" | "ABSENT_PREREQ";

export type GetMetadata = Record<string, never>;

export type GetMetadataRequest = Record<string, never>;

export interface GetMetadataResponse {
  server_capabilities?: ServerCapabilities;
  diagnostics?: Diagnostic[];
  data_sources?: GetMetadataDataSourceMetadata[];
  resources?: GetMetadataResourceMetadata[];
}

export interface GetMetadataDataSourceMetadata {
  type_name?: string;
}

export interface GetMetadataResourceMetadata {
  type_name?: string;
}

export type GetProviderSchema = Record<string, never>;

export type GetProviderSchemaRequest = Record<string, never>;

export interface GetProviderSchemaResponse {
  provider?: Schema;
  resource_schemas?: Record<string, Schema>;
  data_source_schemas?: Record<string, Schema>;
  diagnostics?: Diagnostic[];
  provider_meta?: Schema;
  server_capabilities?: ServerCapabilities;
}

export type ValidateProviderConfig = Record<string, never>;

export interface ValidateProviderConfigRequest {
  config?: DynamicValue;
}

export interface ValidateProviderConfigResponse {
  diagnostics?: Diagnostic[];
}

export type UpgradeResourceState = Record<string, never>;

export interface UpgradeResourceStateRequest {
  type_name?: string;
  version?: number;
  raw_state?: RawState;
}

export interface UpgradeResourceStateResponse {
  upgraded_state?: DynamicValue;
  diagnostics?: Diagnostic[];
}

export type ValidateResourceConfig = Record<string, never>;

export interface ValidateResourceConfigRequest {
  type_name?: string;
  config?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}

export interface ValidateResourceConfigResponse {
  diagnostics?: Diagnostic[];
}

export type ValidateDataResourceConfig = Record<string, never>;

export interface ValidateDataResourceConfigRequest {
  type_name?: string;
  config?: DynamicValue;
}

export interface ValidateDataResourceConfigResponse {
  diagnostics?: Diagnostic[];
}

export type ConfigureProvider = Record<string, never>;

export interface ConfigureProviderRequest {
  terraform_version?: string;
  config?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}

export interface ConfigureProviderResponse {
  diagnostics?: Diagnostic[];
}

export type ReadResource = Record<string, never>;

export interface ReadResourceRequest {
  type_name?: string;
  current_state?: DynamicValue;
  private?: Uint8Array;
  provider_meta?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}

export interface ReadResourceResponse {
  new_state?: DynamicValue;
  diagnostics?: Diagnostic[];
  private?: Uint8Array;
  deferred?: Deferred;
}

export type PlanResourceChange = Record<string, never>;

export interface PlanResourceChangeRequest {
  type_name?: string;
  prior_state?: DynamicValue;
  proposed_new_state?: DynamicValue;
  config?: DynamicValue;
  prior_private?: Uint8Array;
  provider_meta?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}

export interface PlanResourceChangeResponse {
  planned_state?: DynamicValue;
  requires_replace?: AttributePath[];
  planned_private?: Uint8Array;
  diagnostics?: Diagnostic[];
  legacy_type_system?: boolean;
  deferred?: Deferred;
}

export type ApplyResourceChange = Record<string, never>;

export interface ApplyResourceChangeRequest {
  type_name?: string;
  prior_state?: DynamicValue;
  planned_state?: DynamicValue;
  config?: DynamicValue;
  planned_private?: Uint8Array;
  provider_meta?: DynamicValue;
}

export interface ApplyResourceChangeResponse {
  new_state?: DynamicValue;
  private?: Uint8Array;
  diagnostics?: Diagnostic[];
  legacy_type_system?: boolean;
}

export type ImportResourceState = Record<string, never>;

export interface ImportResourceStateRequest {
  type_name?: string;
  id?: string;
  client_capabilities?: ClientCapabilities;
}

export interface ImportResourceStateImportedResource {
  type_name?: string;
  state?: DynamicValue;
  private?: Uint8Array;
}

export interface ImportResourceStateResponse {
  imported_resources?: ImportResourceStateImportedResource[];
  diagnostics?: Diagnostic[];
  deferred?: Deferred;
}

export type ReadDataSource = Record<string, never>;

export interface ReadDataSourceRequest {
  type_name?: string;
  config?: DynamicValue;
  provider_meta?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}

export interface ReadDataSourceResponse {
  state?: DynamicValue;
  diagnostics?: Diagnostic[];
  deferred?: Deferred;
}

/** The request and response of each tfplugin6.Provider method. */
export interface ProviderRpcMessages {
  GetMetadata: { request: GetMetadataRequest; response: GetMetadataResponse };
  GetProviderSchema: { request: GetProviderSchemaRequest; response: GetProviderSchemaResponse };
  ValidateProviderConfig: { request: ValidateProviderConfigRequest; response: ValidateProviderConfigResponse };
  ValidateResourceConfig: { request: ValidateResourceConfigRequest; response: ValidateResourceConfigResponse };
  ValidateDataResourceConfig: { request: ValidateDataResourceConfigRequest; response: ValidateDataResourceConfigResponse };
  UpgradeResourceState: { request: UpgradeResourceStateRequest; response: UpgradeResourceStateResponse };
  ConfigureProvider: { request: ConfigureProviderRequest; response: ConfigureProviderResponse };
  ReadResource: { request: ReadResourceRequest; response: ReadResourceResponse };
  PlanResourceChange: { request: PlanResourceChangeRequest; response: PlanResourceChangeResponse };
  ApplyResourceChange: { request: ApplyResourceChangeRequest; response: ApplyResourceChangeResponse };
  ImportResourceState: { request: ImportResourceStateRequest; response: ImportResourceStateResponse };
  ReadDataSource: { request: ReadDataSourceRequest; response: ReadDataSourceResponse };
  StopProvider: { request: StopProviderRequest; response: StopProviderResponse };
}
