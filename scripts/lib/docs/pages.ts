// The registry's documentation layout from the provider schema: docs/index.md for the
// provider, docs/resources/<name>.md and docs/data-sources/<name>.md, where <name> is the
// type without its "streamkap_" prefix.
import { PROVIDER_SOURCE, PROVIDER_TYPE } from "../provider-address";
import type { ProviderSchemaJson, SchemaJson } from "./schema-json";
import { blockMarkdown } from "./schema-markdown";

export type Pages = Map<string, string>;

export function schemaPages(schema: ProviderSchemaJson): Pages {
  const pages: Pages = new Map();
  pages.set("index.md", providerPage(schema));
  for (const [type, s] of Object.entries(schema.resource_schemas)) pages.set(`resources/${shortName(type)}.md`, typePage(type, s, "Resource"));
  for (const [type, s] of Object.entries(schema.data_source_schemas)) pages.set(`data-sources/${shortName(type)}.md`, typePage(type, s, "Data Source"));
  return pages;
}

function providerPage(schema: ProviderSchemaJson): string {
  const description = schema.provider.block.description ?? "";
  const list = (types: string[], dir: string) => types.sort().map((t) => `- [\`${t}\`](${dir}/${shortName(t)}.md)`).join("\n");
  return [
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
    list(Object.keys(schema.resource_schemas), "resources"),
    "## Data Sources",
    list(Object.keys(schema.data_source_schemas), "data-sources"),
  ].join("\n\n") + "\n";
}

function typePage(type: string, schema: SchemaJson, kind: "Resource" | "Data Source"): string {
  const description = schema.block.description ?? "";
  return [
    frontMatter(`${type} ${kind} - ${PROVIDER_TYPE}`, description),
    `# ${type} (${kind})`,
    description,
    "## Example Usage",
    fence(exampleHcl(type, schema, kind)),
    "## Schema",
    blockMarkdown(schema.block),
  ].join("\n\n") + "\n";
}

/** The smallest valid configuration: the required attributes, secrets from variables. */
function exampleHcl(type: string, schema: SchemaJson, kind: "Resource" | "Data Source"): string {
  const required = Object.entries(schema.block.attributes ?? {}).filter(([, a]) => a.required);
  const width = Math.max(0, ...required.map(([name]) => name.length));
  const lines = required.map(([name, a]) => {
    const value = a.sensitive ? `var.${name}` : a.type === "number" ? "1234" : a.type === "bool" ? "true" : `"${name === "id" ? "<source id>" : `example-${name.replace(/_/g, "-")}`}"`;
    return `  ${name.padEnd(width)} = ${value}`;
  });
  return `${kind === "Resource" ? "resource" : "data"} "${type}" "example" {\n${lines.join("\n")}\n}`;
}

/** "streamkap_source_postgresql" → "source_postgresql", the page's file name. */
export function shortName(type: string): string {
  return type.replace(new RegExp(`^${PROVIDER_TYPE}_`), "");
}

function frontMatter(title: string, description: string): string {
  const indented = description.split("\n").map((l) => `  ${l}`).join("\n");
  return `---\npage_title: "${title}"\nsubcategory: ""\ndescription: |-\n${indented}\n---`;
}

function fence(code: string, lang = "terraform"): string {
  return "```" + lang + "\n" + code + "\n```";
}
