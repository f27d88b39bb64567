import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { Pipeline } from "./generated/providers/streamkap/pipeline";
import { StreamkapPipeline } from "./streamkap-pipeline";
import { constructFlow as flow } from "../test/support/construct-flow";
import { StreamkapTransform } from "./streamkap-transform";
import { TransformCode } from "./transform/transform-code";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "streamkap-transform-"));
  writeFileSync(join(dir, "package.json"), "{}");
  writeFileSync(join(dir, "clean.ts"), "export const valueTransform = (v: { status: string }) => (v.status === 'test' ? null : v);\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const newStack = () => new TerraformStack(Testing.app(), "test");
const synthesized = (stack: TerraformStack) => JSON.parse(Testing.synth(stack)).resource as Record<string, Record<string, Record<string, any>>>;
const only = (stack: TerraformStack, type: string) => {
  const all = Object.values(synthesized(stack)[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
};
const code = () => TransformCode.fromFile(join(dir, "clean.ts"));

describe("StreamkapTransform", () => {
  test("a map_filter from a TypeScript file reads the source's tables, keeps their names, and carries the bundled implementation", () => {
    const stack = newStack();
    const { source } = flow(stack);
    new StreamkapTransform(stack, "clean", {
      name: "clean-orders",
      type: "map_filter",
      input: { source, topics: ["public.orders"] },
      implementation: code(),
      deploy: true,
      replayWindow: "24h",
    });
    const t = only(stack, "streamkap_transform_map_filter");
    expect(t).toMatchObject({
      name: "clean-orders",
      transforms_input_topic_pattern: expect.stringMatching(/^source_\$\{streamkap_source\.orders_resource_\w+\.id\}\\\.\(public\\\.orders\)$/),
      transforms_output_topic_pattern: "$1",
      transforms_language: "JavaScript",
      deploy: true,
      replay_window: "24h",
    });
    // The implementation is what TransformCode gives for the type, byte for byte.
    expect(t.implementation_json).toBe(code().bind("map_filter").json);
    expect(JSON.parse(t.implementation_json)).toMatchObject({
      language: "JAVASCRIPT",
      value_transform: expect.stringContaining("function _streamkap_transform("),
    });
  });

  test("a SQL type takes its implementation object and settings in the API's keys, numbers from their spelling", () => {
    const stack = newStack();
    const implementation = {
      inputTables: [{ name: "orders", topicMatcherRegex: ".*orders", createTableSQL: "CREATE TABLE orders (id INT)" }],
      joinSQL: "SELECT * FROM orders",
      keyFields: ["id"],
    };
    new StreamkapTransform(stack, "join", {
      name: "orders-join",
      type: "sql_join",
      input: "source_0123456789abcdef01234567\\.public\\.(orders|items)",
      output: "joined.$1",
      implementation: TransformCode.fromImplementation(implementation),
      config: { "transforms.input.job.parallelism": "2", "transforms.topic.ttl": "1h" },
    });
    const t = only(stack, "streamkap_transform_sql_join");
    expect(t).toMatchObject({ transforms_input_job_parallelism: 2, transforms_topic_ttl: "1h", transforms_output_topic_pattern: "joined.$1" });
    expect(JSON.parse(t.implementation_json)).toEqual(implementation);
    expect(t.transforms_language).toBeUndefined();
  });

  test("every problem is listed at once: input, output, settings, replay window and code", () => {
    const stack = newStack();
    const { source } = flow(stack);
    writeFileSync(join(dir, "typo.ts"), "export const valueTransfrom = (v: unknown) => v;\n");
    const make = (props: Partial<ConstructorParameters<typeof StreamkapTransform>[2]>) => () =>
      new StreamkapTransform(stack, `t${Math.random()}`, { name: "t", type: "map_filter", input: { source, topics: ["public.orders"] }, ...props });
    expect(
      make({
        input: { source, topics: ["public.users"] },
        replayWindow: "2w",
        config: { "transforms.input.job.paralelism": 2, "transforms.input.serialization.format": "Xml", "transforms.output.topic.pattern": "x" },
        implementation: TransformCode.fromFile(join(dir, "typo.ts")),
      }),
    ).toThrow(
      new RegExp(
        [
          '^StreamkapTransform "test/t[\\d.]+" \\(type "map_filter"\\) is invalid:',
          '  - input: "public.users" not captured by the source, which captures "public.orders", "public.items"',
          '  - config "transforms.input.job.paralelism" is not a map_filter setting; did you mean "transforms.input.job.parallelism"\\?',
          '  - config "transforms.input.serialization.format" must be one of "Any", "Avro", "Json", got "Xml"',
          '  - config "transforms.output.topic.pattern": set it with output instead',
          '  - replayWindow: "2w" is not one of "7d", "3d", "24h", "10m", "0"',
          '  - implementation typo.ts exports "valueTransfrom": did you mean "valueTransform"\\?',
          '  - implementation typo.ts must export a function "valueTransform"',
        ].join("\\n"),
      ),
    );
    expect(make({ input: "source_.*\\.public\\.orders" })).toThrow('  - output: give the output topic pattern (e.g. "clean.$1") when input is a pattern');
    expect(make({ input: "source_(\\.orders", output: "x" })).toThrow(/input: "source_\(\\\.orders" is not a regular expression/);
    expect(make({ deploy: true })).toThrow("implementation: a map_filter transform cannot be deployed without one");
    expect(make({ type: "map_filtre" as "map_filter" })).toThrow(/unknown type "map_filtre"; use one of map_filter, enrich, /);
  });
});

describe("StreamkapPipeline with transforms", () => {
  const pipeline = (stack: TerraformStack) => only(stack, Pipeline.tfResourceType);

  test("takes a transform construct: its id, and the topics it writes from the pipeline's topics", () => {
    const stack = newStack();
    const { source, destination } = flow(stack);
    const transform = new StreamkapTransform(stack, "clean", {
      name: "clean",
      type: "map_filter",
      input: { source, topics: ["public.orders"] },
      implementation: code(),
    });
    new StreamkapPipeline(stack, "p", { name: "p", source, destination, topics: ["public.orders", "public.items"], transforms: [{ transform }] });
    expect(pipeline(stack).transforms).toEqual([
      { id: expect.stringMatching(/^\$\{streamkap_transform_map_filter\.clean_resource_\w+\.id\}$/), topics: ["public.orders"] },
    ]);
  });

  test("a pattern input with a literal source id and a renaming output: the topics it writes are derived", () => {
    const stack = newStack();
    const { source, destination } = flow(stack);
    const transform = new StreamkapTransform(stack, "rename", {
      name: "rename",
      type: "map_filter",
      input: "source_0123456789abcdef01234567\\.public\\.(.*)",
      output: "clean.$1",
      implementation: code(),
    });
    new StreamkapPipeline(stack, "p", {
      name: "p",
      source,
      destination,
      topics: ["public.orders", "public.items"],
      transforms: [{ transform }, { id: "fedcba9876543210fedcba98", topics: ["x.y"] }],
    });
    expect(pipeline(stack).transforms).toEqual([
      { id: expect.stringContaining("streamkap_transform_map_filter.rename"), topics: ["clean.orders", "clean.items"] },
      { id: "fedcba9876543210fedcba98", topics: ["x.y"] },
    ]);
  });

  test("a transform of another source, one that reads none of the topics and topics it does not write fail synth, all listed", () => {
    const stack = newStack();
    const { source, destination } = flow(stack);
    const other = flow(stack, "public.customers", "customers").source;
    const ofOther = new StreamkapTransform(stack, "other", {
      name: "other",
      type: "map_filter",
      input: { source: other, topics: ["public.customers"] },
      implementation: code(),
    });
    const readsNothing = new StreamkapTransform(stack, "nothing", {
      name: "nothing",
      type: "map_filter",
      input: "source_.*\\.public\\.users",
      output: "$0",
      implementation: code(),
    });
    const clean = new StreamkapTransform(stack, "clean", {
      name: "clean",
      type: "map_filter",
      input: { source, topics: ["public.orders"] },
      implementation: code(),
    });
    expect(
      () =>
        new StreamkapPipeline(stack, "p", {
          name: "p",
          source,
          destination,
          topics: ["public.orders"],
          transforms: [{ transform: ofOther }, { transform: readsNothing }, { transform: clean, topics: ["public.order"] }],
        }),
    ).toThrow(
      [
        'StreamkapPipeline "test/p" has transforms that do not fit its source:',
        '  - transform "test/other" reads another source ("test/customers") than the pipeline\'s ("test/orders")',
        '  - transform "test/nothing" reads topics matching "source_.*\\.public\\.users", which matches none of the pipeline\'s topics (public.orders) from its source',
        '  - transform "test/clean" does not write "public.order" from the pipeline\'s topics; it writes "public.orders"',
      ].join("\n"),
    );
  });
});
