// Plain-object shapes of the tfplugin6 messages protocol/ builds and reads, with the field
// names of tfplugin6.proto (snake_case, kept as-is by the descriptor). Enums travel as names.
export type { DynamicValueMessage } from "./dynamic-value";

export interface AttributePathStepMessage {
  attribute_name?: string;
  element_key_string?: string;
  element_key_int?: number;
}

export interface AttributePathMessage {
  steps: AttributePathStepMessage[];
}

export interface DiagnosticMessage {
  severity: "ERROR" | "WARNING";
  summary: string;
  detail?: string;
  attribute?: AttributePathMessage;
}

export interface SchemaAttributeMessage {
  name: string;
  /** Absent for a nested attribute, which has nested_type instead (Terraform refuses both). */
  type?: Uint8Array;
  nested_type?: SchemaObjectMessage;
  description: string;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  description_kind: "PLAIN" | "MARKDOWN";
  deprecated: boolean;
}

/** Schema.Object: the inner attributes of a nested attribute and their nesting. */
export interface SchemaObjectMessage {
  attributes: SchemaAttributeMessage[];
  nesting: "SINGLE" | "LIST" | "SET";
}

export interface SchemaBlockMessage {
  version: number;
  attributes: SchemaAttributeMessage[];
  block_types: NestedBlockMessage[];
  description: string;
  description_kind: "PLAIN" | "MARKDOWN";
  deprecated: boolean;
}

export interface NestedBlockMessage {
  type_name: string;
  block: SchemaBlockMessage;
  nesting: "SINGLE" | "LIST";
  min_items: number;
  max_items: number;
}

export interface SchemaMessage {
  version: number;
  block: SchemaBlockMessage;
}

export interface ClientCapabilitiesMessage {
  deferral_allowed?: boolean;
  write_only_attributes_allowed?: boolean;
}

/** Every response message in this protocol subset has a diagnostics field. */
export interface WithDiagnosticsMessage {
  diagnostics?: DiagnosticMessage[];
}
