// npm run docs: regenerate the reference docs in docs/ from the built provider's schema.
// test/docs.test.ts fails when docs/ differs from what this writes.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { docsPages, writeDocs } from "./lib/docs";
import { readProviderSchema } from "./lib/provider-schema";

const root = join(__dirname, "..");

function main(): void {
  const pages = docsPages(readProviderSchema(join(root, "dist", "bin", "terraform-provider-streamkap")), root);
  // Only the generated folders are replaced: docs/benchmarks.md and other hand-written pages stay.
  for (const dir of ["resources", "data-sources"]) rmSync(join(root, "docs", dir), { recursive: true, force: true });
  writeDocs(pages, join(root, "docs"));
  console.log(`wrote ${pages.size} pages in docs/`);
}

main();
