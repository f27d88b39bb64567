// docs/constructs.md: the StreamkapSource construct, its props read from their doc comments
// in constructs/streamkap-source.ts (so the page follows the code), and for every connector
// the API config keys it accepts, from the catalog.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { sourceCatalog, type CatalogField } from "../../../catalog";
import { shortName } from "./pages";

export interface PropDoc {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

/** The members of an exported interface with their types and doc comments. */
export function interfaceProps(sourceFile: string, interfaceName: string): PropDoc[] {
  const text = readFileSync(sourceFile, "utf8");
  const file = ts.createSourceFile(sourceFile, text, ts.ScriptTarget.ES2022, true);
  const found = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === interfaceName);
  if (!found) throw new Error(`${interfaceName} is not declared in ${sourceFile}`);
  return found.members.filter(ts.isPropertySignature).map((m) => ({
    name: m.name.getText(file),
    type: m.type ? m.type.getText(file) : "unknown",
    optional: m.questionToken !== undefined,
    doc: ts
      .getJSDocCommentsAndTags(m)
      .map((d) => (typeof d.comment === "string" ? d.comment : ""))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim(),
  }));
}

export function constructsPage(propsSourceFile: string): string {
  const props = interfaceProps(propsSourceFile, "StreamkapSourceProps");
  const rows = props.map((p) => `| \`${p.name}\` | \`${p.type.replace(/\|/g, "\\|")}\` | ${p.optional ? "no" : "yes"} | ${p.doc || "—"} |`);
  return [
    "# Constructs",
    "`cdktf-streamkap` exports `StreamkapProvider`, one generated class per resource and data source of the provider (e.g. `SourcePostgresql` for `streamkap_source_postgresql`, with camelCase props documented in [resources/](resources/)), and the hand-written `StreamkapSource` described here.",
    "## StreamkapSource",
    "A source of any connector, configured with the Streamkap API's own config keys. At synth it checks the keys, types, allowed values and ranges against the connector catalog and fails with every problem listed; secret keys go to the resource's sensitive `secret_config`. It creates a `streamkap_source` resource.",
    "```ts\nnew StreamkapSource(this, \"orders\", {\n  name: \"orders-cdc\",\n  connector: \"postgresql\",\n  config: {\n    \"database.hostname.user.defined\": \"db.internal\",\n    \"database.user\": \"cdc\",\n    \"database.password\": password.value, // a sensitive TerraformVariable\n    \"database.dbname\": \"shop\",\n  },\n});\n```",
    "### Props",
    "| prop | type | required | description |\n|---|---|---|---|\n" + rows.join("\n"),
    "### Config keys by connector",
    sourceCatalog.all().map((c) => `- [${c.display_name} (\`${c.id}\`)](#connector-${c.id})`).join("\n"),
    ...sourceCatalog.all().map(
      (c) =>
        `<a id="connector-${c.id}"></a>\n#### ${c.display_name} (\`${c.id}\`)\n\nTyped resource: [\`${c.terraform_resource}\`](resources/${shortName(c.terraform_resource)}.md).\n\n` +
        "| config key | attribute of the typed resource | type | required | default |\n|---|---|---|---|---|\n" +
        c.fields.map(keyRow).join("\n"),
    ),
  ].join("\n\n") + "\n";
}

function keyRow(f: CatalogField): string {
  const type = f.sensitive ? `${f.type}, secret` : f.type;
  const def = f.default === undefined ? "" : `\`${JSON.stringify(f.default)}\``;
  return `| \`${f.api_key}\` | \`${f.tf_name}\` | ${type} | ${f.required ? "yes" : "no"} | ${def} |`;
}
