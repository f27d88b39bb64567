// npm run docs: regenerate the reference docs in docs/ from the built provider's schema.
// test/docs.test.ts fails when docs/ differs from what this writes.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { docsPages, writeDocs } from "./lib/docs";
import { readProviderSchema } from "./lib/provider-schema";
import { PROVIDER_BINARY, REPO_ROOT } from "./lib/paths";

function main(): void {
  const pages = docsPages(readProviderSchema(PROVIDER_BINARY), REPO_ROOT);
  // Only the generated folders are replaced: docs/benchmarks.md and other hand-written pages stay.
  for (const dir of ["resources", "data-sources"]) rmSync(join(REPO_ROOT, "docs", dir), { recursive: true, force: true });
  writeDocs(pages, join(REPO_ROOT, "docs"));
  console.log(`wrote ${pages.size} pages in docs/`);
}

main();
