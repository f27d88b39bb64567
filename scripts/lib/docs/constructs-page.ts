// docs/constructs.md: the hand-written constructs — StreamkapSource and StreamkapDestination,
// then StreamkapPipeline and StreamkapTag. Props and attributes are read from the doc comments
// in constructs/ (so the page follows the code), and for each connector kind every
// connector's API config keys from the catalog. One function renders a connector kind; what
// differs between kinds is the data in KINDS.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { catalogFor, type CatalogField, type ConnectorKind } from "../../../catalog";
import { checkConfig } from "../../../catalog/config-check";
import { transformCatalog, type TransformType } from "../../../catalog/transform-types";
import { exportName } from "../../../constructs/transform/entry-functions";
import { EXAMPLE_CONNECTOR, shortName } from "./pages";
import { capitalise } from "./schema-markdown";

export interface PropDoc {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

/** What the page says of one kind's construct beyond what the code and the catalog say. */
interface KindDoc {
  kind: ConnectorKind;
  construct: string;
  /** The file under constructs/ declaring the construct. */
  file: string;
  /** What a connector of this kind does, after "a <kind> connector ...". */
  does: string;
  /** A short example, for the kind's EXAMPLE_CONNECTOR; checked against the catalog. */
  example: { id: string; name: string; config: Record<string, string | number>; secret: { key: string; variable: string; as: string } };
}

const KINDS: KindDoc[] = [
  {
    kind: "source",
    construct: "StreamkapSource",
    file: "streamkap-source.ts",
    does: "streams a database's changes into Kafka topics",
    example: {
      id: "orders",
      name: "orders-cdc",
      config: {
        "database.hostname.user.defined": "db.internal",
        "database.user": "cdc",
        "database.dbname": "shop",
        "schema.include.list": "public",
        "table.include.list.user.defined": "public.orders",
      },
      secret: { key: "database.password", variable: "db_password", as: "password" },
    },
  },
  {
    kind: "destination",
    construct: "StreamkapDestination",
    file: "streamkap-destination.ts",
    does: "writes Kafka topics into a warehouse, lake or database",
    example: {
      id: "warehouse",
      name: "warehouse",
      config: {
        "snowflake.url.name": "acme.snowflakecomputing.com",
        "snowflake.user.name": "STREAMKAP",
        "snowflake.database.name": "ANALYTICS",
        "snowflake.schema.name": "CDC",
      },
      secret: { key: "snowflake.private.key", variable: "snowflake_private_key", as: "privateKey" },
    },
  },
];

export function constructsPage(constructsDir: string): string {
  const file = join(constructsDir, "connector-config.ts");
  // The untyped form's connector and config first, then the options both forms share.
  const props = [...interfaceProps(file, "StreamkapConnectorProps"), ...interfaceProps(file, "StreamkapConnectorOptions")];
  return (
    [
      "# Constructs",
      "`cdktf-streamkap` exports `StreamkapProvider`, one generated class per resource and data source of the provider (e.g. `SourcePostgresql` for `streamkap_source_postgresql`, `DestinationSnowflake` for `streamkap_destination_snowflake`, with camelCase props documented in [resources/](resources/)), and the hand-written constructs described here: " +
        [...KINDS.map((k) => k.construct), "StreamkapPipeline", "StreamkapTag", "StreamkapTransform"].map((c) => `[\`${c}\`](#${c.toLowerCase()})`).join(", ") +
        ". The connector constructs each take a connector's config in the Streamkap API's own keys. At synth it checks the keys, types, allowed values and ranges against the connector catalog of its kind and fails with every problem listed; secret keys go to the resource's sensitive `secret_config`, with a warning when one is written as a literal.",
      "## Props",
      `Both constructs take these props. In TypeScript, \`connector\` narrows \`config\` to that connector's keys and value types (\`StreamkapSourceProps\`, \`StreamkapDestinationProps\`, from \`SourceConnectorConfigs\` and \`DestinationConnectorConfigs\`, generated from the catalog), so a misspelt key, a missing required key or a value of the wrong type is a compile error with completion in editors; JavaScript gets the same checks at synth.\n\n${table(
        ["prop", "type", "required", "description"],
        props.map((p) => [code(p.name), code(p.type), p.optional ? "no" : "yes", p.doc || "—"]),
      )}`,
      ...KINDS.map((k) => kindSection(k, constructsDir)),
      flowSection(constructsDir),
      transformSection(constructsDir),
    ].join("\n\n") + "\n"
  );
}

const PIPELINE_EXAMPLE = [
  'const team = new StreamkapTag(this, "team", { name: "team-orders", type: ["sources", "destinations", "pipelines"] });',
  'new StreamkapPipeline(this, "orders-to-warehouse", {',
  '  name: "orders-to-warehouse",',
  "  source: orders, // a StreamkapSource",
  "  destination: warehouse, // a StreamkapDestination",
  '  topics: ["public.orders"],',
  "  tags: [team],",
  "});",
].join("\n");

/** The pipeline and tag constructs: what joins a source to a destination, and what marks them. */
function flowSection(constructsDir: string): string {
  const propsTable = (file: string, name: string) =>
    table(
      ["prop", "type", "required", "description"],
      interfaceProps(join(constructsDir, file), name).map((p) => [code(p.name), code(p.type), p.optional ? "no" : "yes", p.doc || "—"]),
    );
  return [
    "## StreamkapPipeline",
    "Joins a source to a destination: it takes the construct objects themselves (`StreamkapSource`, `StreamkapDestination`, or generated classes such as `SourcePostgresql`) and fills in their id, name and connector. At synth, every topic must be one the source captures (its table or collection include list, read as patterns, when known at synth); otherwise synth fails naming the topic and what the source captures. It creates a `streamkap_pipeline` resource, whose apply returns once the pipeline runs.",
    "```ts\n" + PIPELINE_EXAMPLE + "\n```",
    "### Props",
    propsTable("streamkap-pipeline.ts", "StreamkapPipelineProps"),
    "## StreamkapTag",
    "A tag for sources, destinations, pipelines, topics or transforms; its `type` is checked at synth. It creates a `streamkap_tag` resource. Streamkap's own tags (Development, Production) are in `SYSTEM_TAGS`.",
    "### Props",
    propsTable("streamkap-tag.ts", "StreamkapTagProps"),
  ].join("\n\n");
}

const TRANSFORM_EXAMPLE = [
  'const cleanOrders = new StreamkapTransform(this, "clean-orders", {',
  '  name: "clean-orders",',
  '  type: "map_filter",',
  '  input: { source: orders, topics: ["public.orders"] }, // a StreamkapSource and some of its tables',
  '  implementation: TransformCode.fromFile("transforms/clean-orders.ts"),',
  "  deploy: true,",
  "});",
  'new StreamkapPipeline(this, "pipeline", { name: "orders-to-warehouse", source: orders, destination: warehouse, topics: ["public.orders"], transforms: [{ transform: cleanOrders }] });',
].join("\n");

const TRANSFORM_CODE_EXAMPLE = [
  "// transforms/clean-orders.ts",
  'import type { ValueTransform } from "cdktf-streamkap";',
  "interface Order { id: number; email: string; status: string }",
  'export const valueTransform: ValueTransform<Order> = (order) => (order.status === "test" ? null : { ...order, email: order.email.toLowerCase() });',
  "",
  "// transforms/clean-orders.test.ts",
  'import { runTransform } from "cdktf-streamkap/testing";',
  'test("drops test orders", async () => {',
  '  const run = await runTransform("transforms/clean-orders.ts", [{ topic: "source_1.public.orders", value: { id: 1, email: "A@B.C", status: "test" } }]);',
  "  expect(run.records).toEqual([]);",
  "});",
].join("\n");

/** StreamkapTransform, TransformCode and the offline runner; each type's settings from the catalog. */
function transformSection(constructsDir: string): string {
  const props = interfaceProps(join(constructsDir, "streamkap-transform.ts"), "StreamkapTransformProps");
  const anchor = (id: string) => `transform-${id}`;
  const types = transformCatalog.all();
  return [
    "## StreamkapTransform",
    "A transform between a source's topics and a pipeline: it creates the `streamkap_transform_<type>` resource of its type. Its `input` is a source (every table it captures), a source and some of its tables, or a regular expression over full topic names; from a source it builds the input pattern (`source_<id>\\.(public\\.orders)`) and by default keeps each table's name for the output (`$1`). At synth, settings are checked against the transform catalog, the implementation is bundled and checked, and every problem is listed at once. `StreamkapPipeline` takes it in `transforms: [{ transform }]`, checks that it reads the pipeline's source and some of its topics, and takes the topics it writes from them unless `topics` names them.",
    "```ts\n" + TRANSFORM_EXAMPLE + "\n```",
    "### Props",
    table(
      ["prop", "type", "required", "description"],
      props.map((p) => [code(p.name), code(p.type), p.optional ? "no" : "yes", p.doc || "—"]),
    ),
    "### TransformCode",
    "`TransformCode.fromFile(path)` (or `fromInline(source)`) takes a TypeScript or JavaScript module exporting `valueTransform`, `keyTransform` and/or `topicTransform`, typed with `ValueTransform`, `KeyTransform`, `TopicTransform` (`AsyncValueTransform` for enrich_async) from `cdktf-streamkap`. At synth esbuild bundles it with its npm dependencies into one self-contained script per function, defining the function Streamkap calls (`_streamkap_transform`, `_streamkap_transform_key`, `_streamkap_transform_topic`); an import of a Node built-in (`fs`, `node:process`, ...) fails synth naming the import and its file, and so do a missing or misspelt function, a function with more parameters than the runtime passes, or an `async` function where the type does not await. The same files give the same bytes, so a second deploy changes nothing. `TransformCode.fromImplementation({...})` takes the SQL types' implementation object (`inputTables`, `joinSQL`, ...), checked by the catalog's rule.",
    "`runTransform` from `cdktf-streamkap/testing` bundles the same file the same way and runs records in the sandbox the local emulator runs deployed transforms in, so a jest test asserts what the deployed transform does, with no server:",
    "```ts\n" + TRANSFORM_CODE_EXAMPLE + "\n```",
    "### Settings by type",
    "Besides `input`, `output` and the language, which the construct sets, `config` takes these keys (unknown keys and values out of range fail synth):",
    types.map((t) => `- [${t.display_name} (\`${t.id}\`)](#${anchor(t.id)})`).join("\n"),
    ...types.map(
      (t) =>
        `<a id="${anchor(t.id)}"></a>\n#### ${t.display_name} (\`${t.id}\`)\n\nResource: [\`${t.terraform_resource}\`](resources/${shortName(t.terraform_resource)}.md). Implementation: ${implementationDoc(t)}\n\n` +
        table(
          ["config key", "attribute of the resource", "type", "default"],
          t.fields.map((f) => [code(f.api_key), code(f.tf_name), f.type, f.default === undefined ? "" : code(JSON.stringify(f.default))]),
        ),
    ),
  ].join("\n\n");
}

function implementationDoc(t: TransformType): string {
  const rules = t.implementation_rules;
  if (rules.kind === "none") return "none (it routes by its patterns).";
  if (rules.kind === "sql") return `\`TransformCode.fromImplementation({ ${Object.keys(rules.keys).join(", ")} })\`.`;
  return `\`TransformCode.fromFile(...)\` exporting ${rules.functions.map((f) => `\`${exportName(f)}\`${f.required ? "" : " (optional)"}`).join(", ")}.`;
}

/** One kind's construct: what it makes, an example, its attributes, its connectors' keys. */
function kindSection(k: KindDoc, constructsDir: string): string {
  const connectors = catalogFor(k.kind).all();
  const anchor = (id: string) => `${k.kind}-${id}`;
  const members = classMembers(join(constructsDir, k.file), k.construct);
  return [
    `## ${k.construct}`,
    `A ${k.kind} of any connector (a ${k.kind} connector ${k.does}), configured with the API's config keys; it creates a \`streamkap_${k.kind}\` resource. For example (\`${EXAMPLE_CONNECTOR[k.kind]}\`):`,
    "```ts\n" + exampleCode(k) + "\n```",
    "### Attributes",
    table(
      ["attribute", "type", "description"],
      members.map((m) => [code(m.name), code(m.type), m.doc || "—"]),
    ),
    `### ${capitalise(k.kind)} config keys by connector`,
    connectors.map((c) => `- [${c.display_name} (\`${c.id}\`)](#${anchor(c.id)})`).join("\n"),
    ...connectors.map(
      (c) =>
        `<a id="${anchor(c.id)}"></a>\n#### ${c.display_name} ${k.kind} (\`${c.id}\`)\n\nTyped resource: [\`${c.terraform_resource}\`](resources/${shortName(c.terraform_resource)}.md).\n\n` +
        table(["config key", "attribute of the typed resource", "type", "required", "default"], c.fields.map(keyRow)),
    ),
  ].join("\n\n");
}

/** The example as a stack fragment, after checking it is a complete config for its connector. */
function exampleCode(k: KindDoc): string {
  const { id, name, config, secret } = k.example;
  const connector = catalogFor(k.kind).get(EXAMPLE_CONNECTOR[k.kind]);
  const problems = checkConfig(connector, { ...config, [secret.key]: "secret" });
  if (problems.length > 0) throw new Error(`the ${k.construct} example is invalid: ${problems.map((p) => `${p.key}: ${p.message}`).join("; ")}`);
  const entries = [
    ...Object.entries(config).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`),
    `${JSON.stringify(secret.key)}: ${secret.as}.value`,
  ];
  return [
    `const ${secret.as} = new TerraformVariable(this, ${JSON.stringify(secret.variable)}, { type: "string", sensitive: true });`,
    `new ${k.construct}(this, ${JSON.stringify(id)}, {`,
    `  name: ${JSON.stringify(name)},`,
    `  connector: ${JSON.stringify(connector.id)},`,
    "  config: {",
    ...entries.map((e) => `    ${e},`),
    "  },",
    "});",
  ].join("\n");
}

function keyRow(f: CatalogField): string[] {
  const type = f.sensitive ? `${f.type}, secret` : f.type;
  const def = f.default === undefined ? "" : code(JSON.stringify(f.default));
  return [code(f.api_key), code(f.tf_name), type, f.required ? "yes" : "no", def];
}

/** The members of an exported interface with their types and doc comments. */
export function interfaceProps(sourceFile: string, interfaceName: string): PropDoc[] {
  const found = parse(sourceFile).statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === interfaceName);
  if (!found) throw new Error(`${interfaceName} is not declared in ${sourceFile}`);
  return found.members.filter(ts.isPropertySignature).map((m) => memberDoc(m, m.type, m.questionToken !== undefined));
}

/** The public properties and getters of an exported class with their types and doc comments. */
export function classMembers(sourceFile: string, className: string): PropDoc[] {
  const found = parse(sourceFile).statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === className);
  if (!found) throw new Error(`class ${className} is not declared in ${sourceFile}`);
  const isPublic = (m: ts.Declaration) => !(ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected));
  return found.members
    .filter((m): m is ts.PropertyDeclaration | ts.GetAccessorDeclaration => (ts.isPropertyDeclaration(m) || ts.isGetAccessorDeclaration(m)) && isPublic(m))
    .map((m) => memberDoc(m, m.type, false));
}

function parse(sourceFile: string): ts.SourceFile {
  return ts.createSourceFile(sourceFile, readFileSync(sourceFile, "utf8"), ts.ScriptTarget.ES2022, true);
}

function memberDoc(m: ts.PropertySignature | ts.PropertyDeclaration | ts.GetAccessorDeclaration, type: ts.TypeNode | undefined, optional: boolean): PropDoc {
  const file = m.getSourceFile();
  return {
    name: m.name.getText(file),
    type: type ? type.getText(file) : "unknown",
    optional,
    doc: ts
      .getJSDocCommentsAndTags(m)
      .map((d) => (typeof d.comment === "string" ? d.comment : ""))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim(),
  };
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}

function code(text: string): string {
  return `\`${text}\``;
}
