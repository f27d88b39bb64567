// The parts of `terraform providers schema -json` the docs are written from.
export type TypeJson = string | [string, TypeJson] | ["object", Record<string, TypeJson>];

export interface AttributeJson {
  /** Absent for a nested attribute, which has nested_type instead. */
  type?: TypeJson;
  nested_type?: { attributes: Record<string, AttributeJson>; nesting_mode: string };
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
}

export interface BlockJson {
  attributes?: Record<string, AttributeJson>;
  block_types?: Record<string, { nesting_mode: string; block: BlockJson }>;
  description?: string;
  deprecated?: boolean;
}

export interface SchemaJson {
  version: number;
  block: BlockJson;
}

export interface ProviderSchemaJson {
  provider: SchemaJson;
  resource_schemas: Record<string, SchemaJson>;
  data_source_schemas: Record<string, SchemaJson>;
}
