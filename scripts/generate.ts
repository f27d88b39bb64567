// npm run generate: regenerate constructs/generated/ from the built provider's schema, and the
// connector config types from the catalog. The generated code is never edited by hand;
// test/bindings.test.ts and constructs/connector-configs.test.ts fail when it is stale.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateBindings } from "./lib/bindings";
import { CONNECTOR_CONFIGS_FILE, connectorConfigTypes } from "./lib/connector-config-types";
import { readProviderSchema } from "./lib/provider-schema";
import { PROVIDER_BINARY, REPO_ROOT } from "./lib/paths";

async function main(): Promise<void> {
  const schema = readProviderSchema(PROVIDER_BINARY);
  const outDir = join(REPO_ROOT, "constructs", "generated");
  rmSync(outDir, { recursive: true, force: true });
  await generateBindings(schema, outDir);
  console.log(`generated bindings in ${outDir}`);
  writeFileSync(join(REPO_ROOT, CONNECTOR_CONFIGS_FILE), connectorConfigTypes());
  console.log(`generated ${CONNECTOR_CONFIGS_FILE}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
