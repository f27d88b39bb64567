// Framework Schema → tfplugin6 Schema: attribute types as cty type JSON, flags, descriptions,
// nested attributes as Schema.Object (SINGLE, LIST or SET, in place of a type) and nested
// blocks (SINGLE or LIST nesting).
import type { Attribute, AttributeType, Block, Schema } from "../framework/schema";
import type { NestedBlockMessage, SchemaAttributeMessage, SchemaBlockMessage, SchemaMessage } from "./wire";

type CtyTypeJson = string | [string, CtyTypeJson] | ["object", Record<string, CtyTypeJson>];

/** The cty type constraint JSON of an attribute type: "string", ["map","string"], ... */
export function ctyTypeJson(type: AttributeType): CtyTypeJson {
  if (typeof type === "string") return type;
  if ("map" in type) return ["map", ctyTypeJson(type.map)];
  if ("list" in type) return ["list", ctyTypeJson(type.list)];
  if ("set" in type) return ["set", ctyTypeJson(type.set)];
  const attrs: Record<string, CtyTypeJson> = {};
  for (const [name, t] of Object.entries(type.object)) attrs[name] = ctyTypeJson(t);
  return ["object", attrs];
}

export function toSchemaAttribute(name: string, a: Attribute): SchemaAttributeMessage {
  const shape = a.nested
    ? { nested_type: { attributes: toAttributes(a.nested.attributes), nesting: NESTING[a.nested.nesting] } }
    : { type: Buffer.from(JSON.stringify(ctyTypeJson(a.type))) };
  return {
    name,
    ...shape,
    description: a.description,
    required: a.required === true,
    optional: a.optional === true,
    computed: a.computed === true,
    sensitive: a.sensitive === true,
    description_kind: "PLAIN",
    deprecated: a.deprecated !== undefined,
  };
}

const NESTING = { single: "SINGLE", list: "LIST", set: "SET" } as const;

function toAttributes(attributes: Record<string, Attribute>): SchemaAttributeMessage[] {
  return Object.keys(attributes)
    .sort()
    .map((name) => toSchemaAttribute(name, attributes[name]));
}

export function toNestedBlock(name: string, b: Block): NestedBlockMessage {
  return {
    type_name: name,
    block: {
      version: 0,
      attributes: toAttributes(b.attributes),
      block_types: [],
      description: b.description,
      description_kind: "PLAIN",
      deprecated: false,
    },
    nesting: b.nesting === "single" ? "SINGLE" : "LIST",
    min_items: 0,
    max_items: b.nesting === "list" ? (b.maxItems ?? 0) : 0,
  };
}

export function toSchemaBlock(schema: Schema): SchemaBlockMessage {
  const blocks = schema.blocks ?? {};
  return {
    version: schema.version,
    attributes: toAttributes(schema.attributes),
    block_types: Object.keys(blocks)
      .sort()
      .map((name) => toNestedBlock(name, blocks[name])),
    description: schema.description,
    description_kind: "PLAIN",
    deprecated: schema.deprecated !== undefined,
  };
}

export function toSchema(schema: Schema): SchemaMessage {
  return { version: schema.version, block: toSchemaBlock(schema) };
}
