// Terraform's types as the framework describes them: what an attribute holds (schema.ts) and
// how two values of it compare (values.ts). Apart from both, so neither imports the other.

/** A Terraform type. An object is a plain object attribute, or the value shape of a nested one. */
export type AttributeType =
  "string" | "number" | "bool" | { map: AttributeType } | { list: AttributeType } | { set: AttributeType } | { object: Record<string, AttributeType> };
