// Reference docs generated from the provider schema (plus the constructs page): the same
// function writes docs/ (npm run docs) and a temporary directory the staleness test compares.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ProviderSchemaDocument } from "../provider-schema";
import { constructsPage } from "./constructs-page";
import { schemaPages } from "./pages";
import type { ProviderSchemaJson } from "./schema-json";

export function docsPages(document: ProviderSchemaDocument, repoRoot: string): Map<string, string> {
  const schemas = Object.values(document.provider_schemas);
  if (schemas.length !== 1) throw new Error(`expected the schema of one provider, got ${schemas.length}`);
  const pages = schemaPages(schemas[0] as ProviderSchemaJson);
  pages.set("constructs.md", constructsPage(join(repoRoot, "constructs")));
  return pages;
}

export function writeDocs(pages: Map<string, string>, outDir: string): void {
  for (const [path, text] of pages) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
