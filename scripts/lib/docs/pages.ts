// The registry's documentation layout from the provider schema: docs/index.md for the
// provider, docs/resources/<name>.md and docs/data-sources/<name>.md, where <name> is the
// type without its "streamkap_" prefix. Each page's example is a valid configuration of its
// type with realistic values (example-values.ts), worded for its kind (source, destination,
// ...); a source's page says how its topics are named (topic-names.ts, topic-notes.ts).
import { catalogFor, CONNECTOR_KINDS, everyConnector, type ConnectorKind } from "../../../catalog";
import { capturedNaming, topicName } from "../../../catalog/topic-names";
import { exampleValue } from "./example-values";
import { PROVIDER_SOURCE, PROVIDER_TYPE } from "../provider-address";
import type { AttributeJson, ProviderSchemaJson, SchemaJson } from "./schema-json";
import { blockMarkdown, capitalise } from "./schema-markdown";
import { topicMetricsExample, transformExample } from "./transform-examples";
import { topicNote } from "./topic-notes";

export type Pages = Map<string, string>;

/** The connector each kind's generic examples use, here and on the constructs page. */
export const EXAMPLE_CONNECTOR: Record<ConnectorKind, string> = { source: "postgresql", destination: "snowflake" };

export function schemaPages(schema: ProviderSchemaJson): Pages {
  const pages: Pages = new Map();
  pages.set("index.md", providerPage(schema));
  for (const [type, s] of Object.entries(schema.resource_schemas)) pages.set(`resources/${shortName(type)}.md`, typePage(type, s, "Resource"));
  for (const [type, s] of Object.entries(schema.data_source_schemas)) pages.set(`data-sources/${shortName(type)}.md`, typePage(type, s, "Data Source"));
  return pages;
}

function providerPage(schema: ProviderSchemaJson): string {
  const description = schema.provider.block.description ?? "";
  return (
    [
      frontMatter(`${PROVIDER_TYPE} Provider`, description),
      `# ${PROVIDER_TYPE} Provider`,
      description,
      "## Example Usage",
      fence(`terraform {
  required_providers {
    streamkap = { source = "${PROVIDER_SOURCE}" }
  }
}

# Credentials may also come from STREAMKAP_HOST, STREAMKAP_CLIENT_ID and STREAMKAP_SECRET.
provider "streamkap" {
  client_id = var.streamkap_client_id
  secret    = var.streamkap_secret
}`),
      "## Schema",
      blockMarkdown(schema.provider.block),
      "## Resources",
      typeList(Object.keys(schema.resource_schemas), "resources"),
      "## Data Sources",
      typeList(Object.keys(schema.data_source_schemas), "data-sources"),
    ].join("\n\n") + "\n"
  );
}

/** Every type, linked to its page, under one heading per kind (the word after "streamkap_"). */
function typeList(types: string[], dir: string): string {
  const byKind = new Map<string, string[]>();
  for (const t of [...types].sort()) {
    const kind = shortName(t).split("_")[0];
    byKind.set(kind, [...(byKind.get(kind) ?? []), t]);
  }
  return [...byKind].map(([kind, list]) => `### ${capitalise(kind)}s\n\n` + list.map((t) => `- [\`${t}\`](${dir}/${shortName(t)}.md)`).join("\n")).join("\n\n");
}

function typePage(type: string, schema: SchemaJson, kind: "Resource" | "Data Source"): string {
  const description = schema.block.description ?? "";
  return (
    [
      frontMatter(`${type} ${kind} - ${PROVIDER_TYPE}`, description),
      `# ${type} (${kind})`,
      description,
      "## Example Usage",
      fence(kind === "Resource" ? resourceExample(type, schema) : dataSourceExample(type, schema)),
      ...(kind === "Resource" ? topicsSection(type) : []),
      "## Schema",
      blockMarkdown(schema.block),
    ].join("\n\n") + "\n"
  );
}

/** The connector id of a typed connector resource (streamkap_source_mysql → mysql). */
function connectorOf(type: string): string | undefined {
  return everyConnector().find((c) => c.terraform_resource === type)?.id;
}

/** For a source: how it names its topics, with an example when they follow what it captures. */
function topicsSection(type: string): string[] {
  const connector = connectorOf(type);
  if (!connector || !type.startsWith(`${PROVIDER_TYPE}_source_`)) return [];
  const naming = capturedNaming(connector);
  if (!naming) return ["## Topics", topicNote(connector)];
  const [entry] = naming.examples;
  const topic = topicName(connector, entry);
  return [
    "## Topics",
    `Each captured table becomes a topic named \`${naming.form}\`: \`${entry}\` in the table include list is the topic \`${topic}\`, ` +
      `whose id (for \`streamkap_topic\` and transforms' topic patterns) is \`source_<source id>.${topic}\`. ` +
      "A pipeline's `source.topics` names topics this way, and the source's `topics` attribute lists them once it runs.",
  ];
}

/** The smallest valid resource: the required attributes, secrets from variables. A generic
 * connector resource (streamkap_source, streamkap_destination) gets its kind's example
 * connector with that connector's required keys, since any other connector id is refused. */
function resourceExample(type: string, schema: SchemaJson): string {
  const transform = transformExample(type);
  if (transform) return transform;
  const attributes = schema.block.attributes ?? {};
  const values = new Map<string, string>();
  for (const [name, a] of Object.entries(attributes)) if (a.required) values.set(name, placeholder(name, a, type));
  const kind = genericConnectorKind(type);
  if (kind) {
    const connector = catalogFor(kind).get(EXAMPLE_CONNECTOR[kind]);
    const required = connector.fields.filter((f) => f.required);
    const map = (secret: boolean) =>
      new Map(
        required
          .filter((f) => f.sensitive === secret)
          .map((f) => [
            JSON.stringify(f.api_key),
            secret ? `var.${f.tf_name}` : (exampleValue(f.tf_name, connector.id, false) ?? `"example-${f.tf_name.replace(/_/g, "-")}"`),
          ]),
      );
    values.set("connector", JSON.stringify(connector.id));
    for (const [name, secret] of [
      ["config", false],
      ["secret_config", true],
    ] as const) {
      const entries = map(secret);
      if (attributes[name] && entries.size > 0) values.set(name, `{\n${assignments(entries, "    ")}\n  }`);
    }
  }
  return block("resource", type, "example", values);
}

/** A data source found by one of its lookup arguments: with none required, one block per
 * optional argument, each alone (the data source takes one of them). */
function dataSourceExample(type: string, schema: SchemaJson): string {
  if (type === `${PROVIDER_TYPE}_topic_metrics`) return topicMetricsExample();
  const attributes = Object.entries(schema.block.attributes ?? {});
  const required = attributes.filter(([, a]) => a.required);
  if (required.length > 0) return block("data", type, "example", new Map(required.map(([name, a]) => [name, placeholder(name, a, type)])));
  return attributes
    .filter(([, a]) => a.optional)
    .map(([name, a]) => block("data", type, `by_${name}`, new Map([[name, placeholder(name, a, type)]])))
    .join("\n\n");
}

/** An example value for an attribute; an id is the id of what the type reads or manages. A
 * nested attribute or an object (a pipeline's source and destination) gets an object of its
 * required fields, the connector one of the kind's example connectors. */
function placeholder(name: string, a: AttributeJson, type = ""): string {
  const fields = a.nested_type
    ? Object.entries(a.nested_type.attributes).filter(([, inner]) => inner.required)
    : Array.isArray(a.type) && a.type[0] === "object"
      ? Object.keys(a.type[1] as Record<string, unknown>).map((field) => [field, {}] as const)
      : undefined;
  if (fields) {
    const kind = CONNECTOR_KINDS.find((k) => k === name);
    const inner = new Map(fields.map(([field]) => [field, referencePlaceholder(field, name, kind)]));
    const object = `{\n${assignments(inner, "    ")}\n  }`;
    return a.nested_type && a.nested_type.nesting_mode !== "single" ? `[${object}]` : object;
  }
  if (a.sensitive) return `var.${name}`;
  if (a.type === "number") return "1234";
  if (a.type === "bool") return "true";
  if (name === "id") return `"<${shortName(type).split("_")[0]} id>"`;
  const realistic = exampleValue(name, connectorOf(type), Array.isArray(a.type) && (a.type[0] === "set" || a.type[0] === "list"));
  return realistic ?? `"example-${name.replace(/_/g, "-")}"`;
}

/** A field of a reference to another object (a pipeline's source): a sample id with a comment
 * saying where the real one comes from, the kind's example connector. */
function referencePlaceholder(field: string, owner: string, kind: ConnectorKind | undefined): string {
  if (field === "id") return `"65f0c2d1e4b0a1b2c3d4e5f6" # ${kind ? `streamkap_${kind}_<connector>.<name>.id` : `the ${owner}'s id`}`;
  if (field === "connector" && kind) return JSON.stringify(EXAMPLE_CONNECTOR[kind]);
  return exampleValue(`${owner}_${field}`, undefined, false) ?? `"example-${owner}-${field.replace(/_/g, "-")}"`;
}

/** The kind whose generic resource this type is (streamkap_source → source), if any. */
function genericConnectorKind(type: string): ConnectorKind | undefined {
  return CONNECTOR_KINDS.find((kind) => type === `${PROVIDER_TYPE}_${kind}`);
}

function block(keyword: string, type: string, label: string, values: Map<string, string>): string {
  return `${keyword} "${type}" "${label}" {\n${assignments(values, "  ")}\n}`;
}

/** Lines "name = value" laid out as terraform fmt does: the "=" of one-line values aligned, a
 * multi-line value (which comes last) after a single space. */
function assignments(values: Map<string, string>, indent: string): string {
  const oneLine = [...values].filter(([, value]) => !value.includes("\n"));
  const width = Math.max(0, ...oneLine.map(([name]) => name.length));
  return [...values].map(([name, value]) => `${indent}${value.includes("\n") ? name : name.padEnd(width)} = ${value}`).join("\n");
}

/** "streamkap_source_postgresql" → "source_postgresql", the page's file name. */
export function shortName(type: string): string {
  return type.replace(new RegExp(`^${PROVIDER_TYPE}_`), "");
}

function frontMatter(title: string, description: string): string {
  const indented = description
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
  return `---\npage_title: "${title}"\nsubcategory: ""\ndescription: |-\n${indented}\n---`;
}

function fence(code: string, lang = "terraform"): string {
  return "```" + lang + "\n" + code + "\n```";
}
