// npm run generate: regenerate constructs/generated/ from the built provider's schema.
// The generated code is never edited by hand; test/bindings.test.ts fails when it is stale.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { generateBindings } from "./lib/bindings";
import { readProviderSchema } from "./lib/provider-schema";
import { PROVIDER_BINARY, REPO_ROOT } from "./lib/paths";


async function main(): Promise<void> {
  const schema = readProviderSchema(PROVIDER_BINARY);
  const outDir = join(REPO_ROOT, "constructs", "generated");
  rmSync(outDir, { recursive: true, force: true });
  await generateBindings(schema, outDir);
  console.log(`generated bindings in ${outDir}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
