// The estate as a cdktf TypeScript project: main.ts with one stack (or, with split, tags.ts
// and one file per flow under flows/), written with the L2 constructs (StreamkapSource,
// StreamkapDestination, StreamkapTransform, StreamkapPipeline, StreamkapTag) and references between them, each
// secret a sensitive TerraformVariable, and at the end of each file the imports (importFrom,
// Terraform import blocks) that adopt what exists on the first deploy. Also the project files
// around it: package.json, cdktf.json, tsconfig.json (strict), .gitignore.
import { endName } from "./estate";
import type { ConnectorItem, Estate, Flow, PipelineEnd, PipelineItem, TagRef, TopicItem, TransformItem } from "./estate";
import { flowCounts, mapFlow } from "./flow-order";
import { camelCase, wordsOf } from "./identifiers";
import { envExample, gitignore, headerLines, type ProjectInfo } from "./project-files";

export interface TypeScriptOptions extends ProjectInfo {
  stackName: string;
  split: boolean;
}

/** Every file of the project, by path relative to its root. */
export function typescriptProject(estate: Estate, options: TypeScriptOptions): Map<string, string> {
  const files = new Map<string, string>();
  if (options.split) {
    files.set("main.ts", splitMain(estate, options));
    files.set("tags.ts", tagsModule(estate));
    for (const flow of estate.flows) files.set(`flows/${flow.slug}.ts`, flowModule(flow));
  } else {
    files.set("main.ts", singleMain(estate, options));
  }
  files.set("package.json", packageJson(options));
  // ts-node type-checks the app at every synth, as the README's own setup does.
  files.set(
    "cdktf.json",
    `${JSON.stringify({ language: "typescript", app: "npx ts-node main.ts", sendCrashReports: "false", terraformProviders: [], terraformModules: [], context: {} }, null, 2)}\n`,
  );
  files.set("tsconfig.json", `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  files.set(".env.example", envExample(estate));
  files.set(".gitignore", gitignore());
  return files;
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "commonjs",
    moduleResolution: "node",
    lib: ["ES2022"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    types: [],
  },
  include: ["**/*.ts"],
  exclude: ["node_modules", "cdktf.out"],
};

function packageJson(options: TypeScriptOptions): string {
  const pkg = {
    name: options.projectName,
    private: true,
    version: "0.1.0",
    description: `Streamkap tenant ${options.host} as code, exported by cdktf-streamkap export`,
    scripts: { synth: "cdktf synth", plan: "cdktf diff", deploy: "cdktf deploy", typecheck: "tsc" },
    dependencies: { "cdktf-streamkap": `^${options.packageVersion}`, cdktf: "^0.21.0", constructs: "^10.4.2" },
    devDependencies: { "cdktf-cli": "^0.21.0", "ts-node": "^10.9.0", typescript: "^5.9.0" },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The names a file takes from the packages, of those it uses. */
function importLines(body: string, local: string[] = []): string[] {
  const from = (names: string[]) => names.filter((n) => new RegExp(`\\b${n}\\b`).test(body)).sort();
  const cdktf = from(["App", "TerraformStack", "TerraformVariable"]);
  const ours = from([
    "SYSTEM_TAGS",
    "StreamkapDestination",
    "StreamkapPipeline",
    "StreamkapProvider",
    "StreamkapSource",
    "StreamkapTag",
    "StreamkapTransform",
    "Topic",
  ]);
  return [
    ...(cdktf.length ? [`import { ${cdktf.join(", ")} } from "cdktf";`] : []),
    `import { Construct } from "constructs";`,
    ...(ours.length ? [`import { ${ours.join(", ")} } from "cdktf-streamkap";`] : []),
    ...local,
  ];
}

function singleMain(estate: Estate, options: TypeScriptOptions): string {
  const body: string[] = [];
  const imports: string[] = [];
  if (estate.tags.length) body.push("", "// Custom tags (Streamkap's own tags are SYSTEM_TAGS).", ...estate.tags.flatMap((t) => tagLines(t)));
  for (const flow of estate.flows) {
    body.push("", ...flowComment(flow), ...flowLines(flow));
    imports.push(...flowImports(flow));
  }
  imports.unshift(...estate.tags.map((t) => `${t.ident}.resource.importFrom(${q(t.id)});`));
  return mainFile(estate, options, [...body, ...importBlock(imports)]);
}

function splitMain(estate: Estate, options: TypeScriptOptions): string {
  const calls = estate.flows.map((f) => `${flowFunctionName(f)}(this, tags);`);
  const local = [`import { defineTags } from "./tags";`, ...estate.flows.map((f) => `import { ${flowFunctionName(f)} } from "./flows/${f.slug}";`)];
  return mainFile(estate, options, ["const tags = defineTags(this);", ...calls], local);
}

/** main.ts: the header, the stack with its provider and `inner` in its constructor, the app. */
function mainFile(estate: Estate, options: TypeScriptOptions, inner: string[], localImports: string[] = []): string {
  const klass = stackClassName(options.stackName);
  const body = [`new StreamkapProvider(this, "streamkap", { readSecrets: true });`, ...inner];
  const text = [
    ...headerLines(estate, options).map((l) => `// ${l}`.trimEnd()),
    ...importLines(`${body.join("\n")} TerraformStack App`, localImports),
    "",
    `export class ${klass} extends TerraformStack {`,
    "  constructor(scope: Construct, id: string) {",
    "    super(scope, id);",
    "    // read_secrets: the first plan compares each secret variable with the value Streamkap has.",
    ...indent(body, 4),
    "  }",
    "}",
    "",
    "const app = new App();",
    `new ${klass}(app, ${q(options.stackName)});`,
    "app.synth();",
  ];
  return `${text.join("\n")}\n`;
}

function tagsModule(estate: Estate): string {
  const inner = [
    ...estate.tags.flatMap((t) => tagLines(t, "scope")),
    ...importBlock(estate.tags.map((t) => `${t.ident}.resource.importFrom(${q(t.id)});`)),
    `return { ${estate.tags.map((t) => t.ident).join(", ")} };`,
  ];
  const text = [
    "// The tenant's custom tags; Streamkap's own tags are SYSTEM_TAGS, never created here.",
    ...importLines(inner.join("\n")),
    "",
    "export function defineTags(scope: Construct) {",
    ...indent(inner, 2),
    "}",
    "",
    "export type Tags = ReturnType<typeof defineTags>;",
  ];
  return `${text.join("\n")}\n`;
}

function flowModule(flow: Flow): string {
  const lines = flowLines(flow, "scope", "tags.");
  const inner = [...lines, ...importBlock(flowImports(flow))];
  const usesTags = /\btags\.\w/.test(inner.join("\n"));
  const text = [
    ...flowComment(flow),
    ...importLines(inner.join("\n"), [`import type { Tags } from "../tags";`]),
    "",
    `export function ${flowFunctionName(flow)}(scope: Construct, ${usesTags ? "tags" : "_tags"}: Tags): void {`,
    ...indent(inner, 2),
    "}",
  ];
  return `${text.join("\n")}\n`;
}

function flowComment(flow: Flow): string[] {
  return [`// Flow "${flow.title}": ${flowCounts(flow)}.`];
}

function flowLines(flow: Flow, scope = "this", tagPrefix = ""): string[] {
  return mapFlow(flow, {
    connector: (c) => connectorLines(c, scope, tagPrefix),
    transform: (t) => transformLines(t, scope, tagPrefix),
    pipeline: (p) => pipelineLines(p, scope, tagPrefix),
    topic: (t) => topicLines(t, scope, tagPrefix),
  });
}

function flowImports(flow: Flow): string[] {
  return mapFlow(flow, {
    connector: (c) => (c.connector ? [`${c.ident}.resource.importFrom(${q(c.id)});`] : []),
    transform: (t) => [`${t.ident}.resource.importFrom(${q(t.id)});`],
    pipeline: (p) => [`${p.ident}.resource.importFrom(${q(p.id)});`],
    topic: (t) => [`${t.ident}.importFrom(${q(t.id)});`],
  });
}

function importBlock(imports: string[]): string[] {
  if (imports.length === 0) return [];
  return [
    "",
    "// Adoption: the first deploy imports these existing objects instead of creating them (Terraform",
    "// import blocks); once it has, these lines may go.",
    ...imports,
  ];
}

function tagLines(t: Estate["tags"][number], scope = "this"): string[] {
  const props = [`name: ${q(t.name)}`, ...(t.description ? [`description: ${q(t.description)}`] : []), `type: [${t.type.map(q).join(", ")}]`];
  return [`const ${t.ident} = new StreamkapTag(${scope}, ${q(t.ident)}, { ${props.join(", ")} });`];
}

function connectorLines(c: ConnectorItem, scope: string, tagPrefix: string): string[] {
  const noun = c.kind;
  if (!c.connector) {
    return [
      `// ${noun} "${c.name}" (id ${c.id}) is not written: its connector "${c.connectorId}" is one this version of`,
      "// cdktf-streamkap's catalog does not know, so the provider cannot manage it yet. Pipelines refer to it by id.",
    ];
  }
  const lines: string[] = [];
  for (const s of c.secrets) {
    lines.push(
      `const ${s.ident} = new TerraformVariable(${scope}, ${q(s.variable)}, { type: "string", sensitive: true, description: ${q(`${noun} ${c.name} ${s.field.api_key}`)} });`,
    );
  }
  const config = [
    ...c.settings.map(({ field, value }) => `${q(field.api_key)}: ${configLiteral(field.type, value)},`),
    ...c.secrets.map((s) => `${q(s.field.api_key)}: ${s.ident}.value,`),
  ];
  lines.push(
    `const ${c.ident} = new ${noun === "source" ? "StreamkapSource" : "StreamkapDestination"}(${scope}, ${q(c.ident)}, {`,
    `  name: ${q(c.name)},`,
    `  connector: ${q(c.connectorId)},`,
    ...(config.length ? ["  config: {", ...indent(config, 4), "  },"] : ["  config: {},"]),
    ...(c.desiredState ? [`  desiredState: ${q(c.desiredState)},`] : []),
    ...(c.tags ? [`  tags: [${c.tags.map((t) => tagRef(t, tagPrefix)).join(", ")}],`] : []),
    "});",
  );
  return lines;
}

/** A transform with its patterns and changed settings; its implementation stays as Streamkap
 * has it (read back, never written here), since it is code a person reviews before owning it. */
function transformLines(t: TransformItem, scope: string, tagPrefix: string): string[] {
  const config = t.settings.map(({ field, value }) => `${q(field.api_key)}: ${configLiteral(field.type, value)},`);
  return [
    `// Its implementation stays as Streamkap has it; to manage it here, give implementation: TransformCode.fromFile(...).`,
    `const ${t.ident} = new StreamkapTransform(${scope}, ${q(t.ident)}, {`,
    `  name: ${q(t.name)},`,
    `  type: ${q(t.type.id)},`,
    `  input: ${q(t.input)},`,
    `  output: ${q(t.output)},`,
    ...(config.length ? ["  config: {", ...indent(config, 4), "  },"] : []),
    ...(t.tags ? [`  tags: [${t.tags.map((r) => tagRef(r, tagPrefix)).join(", ")}],`] : []),
    "});",
  ];
}

function pipelineLines(p: PipelineItem, scope: string, tagPrefix: string): string[] {
  const transforms = p.transforms.map(
    (t) =>
      `{ id: ${t.item ? `${t.item.ident}.id` : q(t.id)}, topics: [${t.topics.map(q).join(", ")}] },${t.name && !t.item ? ` // transform "${t.name}"` : ""}`,
  );
  return [
    `const ${p.ident} = new StreamkapPipeline(${scope}, ${q(p.ident)}, {`,
    `  name: ${q(p.name)},`,
    `  source: ${endRef(p.source)},`,
    `  destination: ${endRef(p.destination)},`,
    `  topics: [${p.topics.map(q).join(", ")}],`,
    ...(p.snapshotNewTables === false ? ["  snapshotNewTables: false,"] : []),
    ...(p.tags ? [`  tags: [${p.tags.map((t) => tagRef(t, tagPrefix)).join(", ")}],`] : []),
    ...(transforms.length ? ["  transforms: [", ...indent(transforms, 4), "  ],"] : []),
    ...(p.autoDiscovery.length
      ? [
          `  topicAutoDiscoveryTransforms: [${p.autoDiscovery.map((t) => `{ transformId: ${t.item ? `${t.item.ident}.id` : q(t.transformId)}, regex: ${q(t.regex)} }`).join(", ")}],`,
        ]
      : []),
    "});",
  ];
}

function topicLines(t: TopicItem, scope: string, tagPrefix: string): string[] {
  const props = [
    `topicId: ${q(t.id)}`,
    `partitionCount: ${t.partitions}`,
    ...(t.tags.length ? [`tags: [${t.tags.map((r) => tagId(r, tagPrefix)).join(", ")}]`] : []),
  ];
  return [`const ${t.ident} = new Topic(${scope}, ${q(t.ident)}, { ${props.join(", ")} });`];
}

function endRef(end: PipelineEnd): string {
  if ("item" in end) return end.item.ident;
  return `{ id: ${q(end.id)}, name: ${q(endName(end))}, connector: ${q(end.connector)} } /* not managed here */`;
}

/** A tag as the L2 constructs take it: the construct, or a tag id. */
function tagRef(ref: TagRef, prefix: string): string {
  if (ref.kind === "custom") return `${prefix}${ref.tag.ident}`;
  return tagId(ref, prefix);
}

/** A tag's id, as a generated resource takes it. */
function tagId(ref: TagRef, prefix: string): string {
  if (ref.kind === "custom") return `${prefix}${ref.tag.ident}.id`;
  if (ref.kind === "system") return `SYSTEM_TAGS.${ref.key}.id`;
  return `${q(ref.id)}${ref.name ? ` /* ${ref.name.replace(/\*\//g, "* /")} */` : ""}`;
}

/** A config value as a person would write it: numbers and booleans in their own type when the
 * API's text spells exactly that, anything else as the API's text. */
export function configLiteral(type: string, value: string): string {
  if (type === "int" && /^-?\d+$/.test(value) && String(Number(value)) === value && Number.isSafeInteger(Number(value))) return value;
  if (type === "bool" && (value === "true" || value === "false")) return value;
  return q(value);
}

export function stackClassName(stackName: string): string {
  const name = camelCase(wordsOf(stackName));
  const pascal = name ? name[0].toUpperCase() + name.slice(1) : "Streamkap";
  return `${/^[0-9]/.test(pascal) ? "S" : ""}${pascal}Stack`;
}

function flowFunctionName(flow: Flow): string {
  const name = camelCase(wordsOf(flow.slug)) || "flow";
  return `${/^[0-9]/.test(name) ? "f" : ""}${name}Flow`;
}

function indent(lines: string[], spaces: number): string[] {
  const pad = " ".repeat(spaces);
  return lines.map((l) => (l === "" ? "" : pad + l));
}

/** A string literal; Terraform reads "${" and "%{" in cdk.tf.json as template syntax, so
 * those are escaped to stay literal. */
function q(text: string): string {
  return JSON.stringify(text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{"));
}
