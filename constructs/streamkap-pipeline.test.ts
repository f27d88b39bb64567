import { Testing, TerraformStack, TerraformVariable } from "cdktf";
import { DestinationSnowflake } from "./generated/providers/streamkap/destination-snowflake";
import { Pipeline } from "./generated/providers/streamkap/pipeline";
import { SourcePostgresql } from "./generated/providers/streamkap/source-postgresql";
import { StreamkapDestination } from "./streamkap-destination";
import { StreamkapPipeline } from "./streamkap-pipeline";
import { constructFlow as flow } from "../test/support/construct-flow";
import { StreamkapTag } from "./streamkap-tag";

const newStack = () => new TerraformStack(Testing.app(), "test");
const pipelines = (stack: TerraformStack) => Object.values<Record<string, any>>(JSON.parse(Testing.synth(stack)).resource[Pipeline.tfResourceType]);

describe("StreamkapPipeline", () => {
  test("a StreamkapTag whose type excludes what it is attached to fails synth naming both; tag ids pass", () => {
    const stack = newStack();
    const { source, destination } = flow(stack);
    const sourcesOnly = new StreamkapTag(stack, "sources-only", { name: "team-orders", type: ["sources"] });
    expect(() => new StreamkapPipeline(stack, "p", { name: "p", source, destination, topics: ["public.orders"], tags: [sourcesOnly] })).toThrow(
      'StreamkapPipeline "test/p" is tagged with StreamkapTag "test/sources-only" ("team-orders"), whose type [sources] does not include "pipelines": add "pipelines" to the tag\'s type, or leave the tag off.',
    );
    expect(
      () =>
        new StreamkapDestination(stack, "d", {
          name: "d",
          connector: "snowflake",
          config: {
            "snowflake.url.name": "u",
            "snowflake.user.name": "s",
            "snowflake.private.key": "k",
            "snowflake.database.name": "d",
            "snowflake.schema.name": "c",
          },
          tags: [sourcesOnly],
        }),
    ).toThrow(
      /StreamkapDestination "test\/d" is tagged with StreamkapTag "test\/sources-only" \("team-orders"\), whose type \[sources\] does not include "destinations"/,
    );
    expect(
      () => new StreamkapPipeline(stack, "q", { name: "q", source, destination, topics: ["public.orders"], tags: ["670e5bab0d119c0d1f8cda9d"] }),
    ).not.toThrow();
  });

  test("fills in id, name and connector of both ends from the construct objects", () => {
    const stack = newStack();
    const { source, destination } = flow(stack);
    const team = new StreamkapTag(stack, "team", { name: "team-orders", type: ["sources", "pipelines"] });
    new StreamkapPipeline(stack, "p", { name: "orders-to-warehouse", source, destination, topics: ["public.orders"], tags: [team] });
    const [p] = pipelines(stack);
    expect(p.name).toBe("orders-to-warehouse");
    expect(p.source).toEqual({
      id: expect.stringMatching(/^\$\{streamkap_source\.orders_resource_\w+\.id\}$/),
      name: expect.stringMatching(/^\$\{streamkap_source\.orders_resource_\w+\.name\}$/),
      connector: "postgresql",
      topics: ["public.orders"],
    });
    expect(p.destination).toMatchObject({ connector: "snowflake", id: expect.stringMatching(/^\$\{streamkap_destination\.warehouse_resource_\w+\.id\}$/) });
    expect(p.tags).toEqual([expect.stringMatching(/^\$\{streamkap_tag\.team_resource_\w+\.id\}$/)]);
  });

  test("a topic the source does not capture fails synth, naming it and what the source captures", () => {
    const stack = newStack();
    const { source, destination } = flow(stack);
    expect(() => new StreamkapPipeline(stack, "p", { name: "p", source, destination, topics: ["public.orders", "public.customers"] })).toThrow(
      /topic "public\.customers" is not captured by its source, which captures "public\.orders", "public\.items"/,
    );
  });

  test("include-list entries are patterns; a list known only at deploy is not judged", () => {
    const stack = newStack();
    const { source, destination } = flow(stack, "public\\.order.*");
    expect(() => new StreamkapPipeline(stack, "ok", { name: "p", source, destination, topics: ["public.orders", "public.order_lines"] })).not.toThrow();
    expect(() => new StreamkapPipeline(stack, "bad", { name: "q", source, destination, topics: ["public.items"] })).toThrow(/public\.items/);

    const later = newStack();
    const tables = new TerraformVariable(later, "tables", { type: "string" });
    const ends = flow(later, tables.stringValue);
    expect(() => new StreamkapPipeline(later, "p", { name: "p", ...ends, topics: ["anything.at_all"] })).not.toThrow();
  });

  test("generated typed classes are ends too, and their include list is checked", () => {
    const stack = newStack();
    const source = new SourcePostgresql(stack, "typed", {
      name: "typed",
      databaseHostname: "db",
      databaseUser: "u",
      databasePassword: "p",
      databaseDbname: "d",
      schemaIncludeList: "public",
      tableIncludeList: "public.orders",
    });
    const destination = new DestinationSnowflake(stack, "wh", {
      name: "wh",
      snowflakeUrlName: "u",
      snowflakeUserName: "u",
      snowflakePrivateKey: "k",
      snowflakeDatabaseName: "d",
      snowflakeSchemaName: "s",
    });
    new StreamkapPipeline(stack, "p", { name: "p", source, destination, topics: ["public.orders"] });
    expect(pipelines(stack)[0].source.connector).toBe("${streamkap_source_postgresql.typed.connector}");
    expect(() => new StreamkapPipeline(stack, "q", { name: "q", source, destination, topics: ["public.items"] })).toThrow(/captures "public\.orders"/);
  });

  test("no topics at all fails synth", () => {
    const stack = newStack();
    expect(() => new StreamkapPipeline(stack, "p", { name: "p", ...flow(stack), topics: [] })).toThrow(/has no topics/);
  });
});

describe("StreamkapTag", () => {
  test("a type a tag cannot have fails synth, listing the allowed ones", () => {
    const stack = newStack();
    expect(() => new StreamkapTag(stack, "t", { name: "t", type: ["environment"] })).toThrow(/among sources, destinations, pipelines, .*; got "environment"/);
    expect(() => new StreamkapTag(stack, "u", { name: "u", type: [] })).toThrow(/type must name what the tag applies to/);
  });
});
