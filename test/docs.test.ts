// docs/ must be exactly what the current provider schema generates: regenerate into a
// temporary directory and compare every generated page (`npm run docs` fixes a failure).
import { destinationCatalog, sourceCatalog } from "../catalog";
import { transformCatalog } from "../catalog/transform-types";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docsPages, writeDocs } from "../scripts/lib/docs";
import { readProviderSchema } from "../scripts/lib/provider-schema";
import { PROVIDER_BINARY, REPO_ROOT } from "../scripts/lib/paths";

const pages = docsPages(readProviderSchema(PROVIDER_BINARY), REPO_ROOT);

test("docs/ matches what the provider schema generates", () => {
  const outDir = mkdtempSync(join(tmpdir(), "streamkap-docs-"));
  try {
    writeDocs(pages, outDir);
    const stale = [...pages.keys()].filter((path) => {
      const committed = join(REPO_ROOT, "docs", path);
      return !existsSync(committed) || readFileSync(committed, "utf8") !== readFileSync(join(outDir, path), "utf8");
    });
    expect(stale).toEqual([]); // run `npm run docs` and commit the result
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

test("the registry layout: provider index, one page per resource and data source, constructs page", () => {
  expect(pages.has("index.md")).toBe(true);
  expect(pages.has("constructs.md")).toBe(true);
  expect(pages.has("resources/source_postgresql.md")).toBe(true);
  expect(pages.has("resources/source_sqlserver.md")).toBe(true);
  expect(pages.has("data-sources/source.md")).toBe(true);
  expect(pages.has("resources/destination_snowflake.md")).toBe(true);
  expect(pages.has("resources/destination.md")).toBe(true);
  expect(pages.has("data-sources/destination.md")).toBe(true);
  // One page per resource of the schema: a typed one per connector of each kind, a generic one
  // per connector kind, the pipeline, tag and topic, and one per transform type.
  const resourcePages = [...pages.keys()].filter((p) => p.startsWith("resources/"));
  expect(resourcePages).toHaveLength(sourceCatalog.all().length + destinationCatalog.all().length + 2 + 3 + transformCatalog.all().length);
  expect(pages.get("resources/pipeline.md")).toContain("- `source` (Attributes) The source the pipeline reads from");
  expect(pages.get("resources/pipeline.md")).toContain("### Nested Schema for `transforms`");
  const sqlserver = pages.get("resources/source_sqlserver.md")!;
  expect(sqlserver).toContain("- `database_password` (String, Sensitive)");
  expect(sqlserver).toContain("- `snapshot_custom_table_config` (Map of Object)");
  expect(sqlserver).toContain("### Nested Schema for `snapshot_custom_table_config`");
  expect(sqlserver).toContain("- `snapshot_parallelism` (Number, Deprecated)");
  expect(pages.get("constructs.md")).toContain("| `connector` | `string` | yes |");
  expect(pages.get("constructs.md")).toContain("## StreamkapTransform");
  expect(pages.get("constructs.md")).toContain("| `input` | `TransformInput` | yes |");
  expect(pages.get("constructs.md")).toContain("| `transforms.input.job.parallelism` | `transforms_input_job_parallelism` | int | `5` |");
  const snowflake = pages.get("resources/destination_snowflake.md")!;
  expect(snowflake).toContain("- `ingestion_mode` (String)");
  expect(snowflake).toContain("- `auto_schema_creation` (Bool, Deprecated)");
  expect(snowflake).toContain("- `auto_qa_dedupe_table_mapping` (Map of String)");
  const mapFilter = pages.get("resources/transform_map_filter.md")!;
  expect(mapFilter).toContain("function _streamkap_transform(valueObject, keyObject, topic, timestamp)");
  expect(mapFilter).toContain("- `transforms_input_job_parallelism` (Number)");
  expect(pages.get("data-sources/topic_metrics.md")).toContain("### Nested Schema for `results`");
});
