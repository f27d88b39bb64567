// The generated bindings must be exactly what the current provider schema generates:
// constructs/generated/ is never edited by hand, and a schema change needs `npm run generate`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { generateBindings } from "../scripts/lib/bindings";
import { readProviderSchema } from "../scripts/lib/provider-schema";
import { PROVIDER_BINARY, REPO_ROOT } from "../scripts/lib/paths";

// Terraform reads the schema from the built provider once for both tests.
const schema = readProviderSchema(PROVIDER_BINARY);

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return files;
}

test("constructs/generated matches what the provider's schema generates", async () => {
  const outDir = mkdtempSync(join(tmpdir(), "streamkap-bindings-"));
  try {
    await generateBindings(schema, outDir);
    const fresh = filesUnder(outDir);
    const committed = filesUnder(join(REPO_ROOT, "constructs", "generated"));
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    const stale = [...fresh].filter(([path, text]) => committed.get(path) !== text).map(([path]) => path);
    expect(stale).toEqual([]); // run `npm run generate` and commit the result
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

test("the provider schema holds the typed and generic source resources", () => {
  const provider = Object.values(schema.provider_schemas)[0] as {
    resource_schemas: Record<string, { block: { attributes: Record<string, { sensitive?: boolean }> } }>;
    data_source_schemas: Record<string, unknown>;
  };
  expect(Object.keys(provider.resource_schemas)).toEqual(
    expect.arrayContaining(["streamkap_source", "streamkap_source_postgresql", "streamkap_source_alloydb"]),
  );
  expect(provider.resource_schemas.streamkap_source_postgresql.block.attributes.database_password.sensitive).toBe(true);
  expect(provider.resource_schemas.streamkap_source.block.attributes.secret_config.sensitive).toBe(true);
  expect(Object.keys(provider.data_source_schemas)).toContain("streamkap_source");
});
