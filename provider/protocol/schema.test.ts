import { nestedType, type NestedAttributes, type Schema } from "../framework/schema";
import { ctyTypeJson, toSchema } from "./schema";
import { decodeMessage, encodeMessage } from "./grpc-services";

const schema: Schema = {
  version: 2,
  description: "A source.",
  attributes: {
    name: { type: "string", description: "Name.", required: true },
    id: { type: "string", description: "Id.", computed: true },
    secret: { type: "string", description: "Secret.", optional: true, sensitive: true },
    old: { type: "number", description: "Old.", optional: true, deprecated: "use new" },
    config: { type: { map: "string" }, description: "Config.", optional: true, computed: true },
  },
  blocks: {
    timeouts: { nesting: "single", description: "Timeouts.", attributes: { create: { type: "string", description: "c", optional: true } } },
    rule: { nesting: "list", description: "Rules.", maxItems: 3, attributes: { on: { type: "bool", description: "o", required: true } } },
  },
};

const transforms: NestedAttributes = {
  nesting: "list",
  attributes: {
    id: { type: "string", description: "Transform id.", required: true },
    topics: { type: { set: "string" }, description: "Topics.", optional: true, computed: true, default: [] },
  },
};

describe("schema conversion", () => {
  test("attribute types become cty type JSON", () => {
    expect(ctyTypeJson("bool")).toBe("bool");
    expect(ctyTypeJson({ list: { map: "number" } })).toEqual(["list", ["map", "number"]]);
    expect(ctyTypeJson({ set: { object: { a: "string" } } })).toEqual(["set", ["object", { a: "string" }]]);
  });

  test("a schema becomes a tfplugin6 Schema that survives protobuf encoding", () => {
    const wire = decodeMessage<any>("tfplugin6.Schema", encodeMessage("tfplugin6.Schema", toSchema(schema)));
    expect(wire.version).toBe(2);
    expect(wire.block.description).toBe("A source.");
    const attrs = Object.fromEntries(wire.block.attributes.map((a: any) => [a.name, a]));
    expect(Object.keys(attrs).sort()).toEqual(["config", "id", "name", "old", "secret"]);
    expect(attrs.name).toMatchObject({ required: true, description: "Name." });
    expect(attrs.name.optional).toBeFalsy();
    expect(attrs.name.computed).toBeFalsy();
    expect(attrs.id).toMatchObject({ computed: true });
    expect(attrs.secret).toMatchObject({ optional: true, sensitive: true });
    expect(attrs.old).toMatchObject({ deprecated: true });
    expect(attrs.config).toMatchObject({ optional: true, computed: true });
    expect(JSON.parse(Buffer.from(attrs.config.type).toString())).toEqual(["map", "string"]);
    expect(JSON.parse(Buffer.from(attrs.name.type).toString())).toBe("string");

    const blocks = Object.fromEntries(wire.block.block_types.map((b: any) => [b.type_name, b]));
    expect(blocks.timeouts.nesting).toBe("SINGLE");
    expect(blocks.rule).toMatchObject({ nesting: "LIST", max_items: 3 });
    expect(blocks.rule.block.attributes[0]).toMatchObject({ name: "on", required: true });
  });

  test("a nested attribute becomes nested_type (Schema.Object) with its nesting, and no type", () => {
    const nested: Schema = {
      version: 0,
      description: "A pipeline.",
      attributes: {
        transforms: { type: nestedType(transforms), nested: transforms, description: "Transforms.", optional: true, computed: true },
        source: {
          type: nestedType({ ...transforms, nesting: "single" }),
          nested: { ...transforms, nesting: "single" },
          description: "Source.",
          required: true,
        },
        rules: { type: nestedType({ ...transforms, nesting: "set" }), nested: { ...transforms, nesting: "set" }, description: "Rules.", optional: true },
      },
    };
    const wire = decodeMessage<any>("tfplugin6.Schema", encodeMessage("tfplugin6.Schema", toSchema(nested)));
    const attrs = Object.fromEntries(wire.block.attributes.map((a: any) => [a.name, a]));
    expect([attrs.source.nested_type.nesting, attrs.transforms.nested_type.nesting, attrs.rules.nested_type.nesting]).toEqual(["SINGLE", "LIST", "SET"]);
    for (const a of Object.values<any>(attrs)) expect(a.type === undefined || a.type.length === 0).toBe(true);
    expect(attrs.transforms).toMatchObject({ optional: true, computed: true, description: "Transforms." });
    const inner = Object.fromEntries(attrs.transforms.nested_type.attributes.map((a: any) => [a.name, a]));
    expect(Object.keys(inner)).toEqual(["id", "topics"]);
    expect(inner.id).toMatchObject({ required: true, description: "Transform id." });
    expect(inner.topics).toMatchObject({ optional: true, computed: true });
    expect(JSON.parse(Buffer.from(inner.topics.type).toString())).toEqual(["set", "string"]);
  });
});
