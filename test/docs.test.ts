// docs/ must be exactly what the current provider schema generates: regenerate into a
// temporary directory and compare every generated page (`npm run docs` fixes a failure).
import { destinationCatalog, sourceCatalog } from "../catalog";
import { transformCatalog } from "../catalog/transform-types";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docsPages, writeDocs } from "../scripts/lib/docs";
import { readProviderSchema } from "../scripts/lib/provider-schema";
import { PROVIDER_BINARY, REPO_ROOT } from "../scripts/lib/paths";

const pages = docsPages(readProviderSchema(PROVIDER_BINARY), REPO_ROOT);

/** The Topics paragraph of a source connector's page, or undefined when it has none. */
const topics = (connector: string) =>
  pages
    .get(`resources/${sourceCatalog.get(connector).terraform_resource.replace(/^streamkap_/, "")}.md`)!
    .split("## Topics\n\n")[1]
    ?.split("\n")[0];

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

test("examples use realistic values, never an example-<attribute> placeholder", () => {
  for (const [page, text] of pages) expect({ page, placeholders: text.match(/"example-[a-z0-9-]+"/g) ?? [] }).toEqual({ page, placeholders: [] });
  expect(pages.get("resources/source_postgresql.md")).toContain('table_include_list  = "public.orders,public.order_items"');
  expect(pages.get("resources/source_mysql.md")).toContain('table_include_list    = "shop.orders,shop.order_items"');
  expect(pages.get("data-sources/tags.md")).toContain('filter_type = ["pipelines"]');
});

test("each source that names its topics after what it captures says how on its page", () => {
  expect(topics("postgresql")).toContain("named `<schema>.<table>`: `public.orders` in the table include list is the topic `public.orders`");
  expect(topics("mysql")).toContain("named `<database>.<table>`");
  expect(topics("mongodb")).toContain("named `<database>.<collection>`");
  expect(topics("dynamodb")).toContain("named `default.<table>`: `orders` in the table include list is the topic `default.orders`, whose id");
  expect(topics("dynamodb")).toContain("`source_<source id>.default.orders`");
});

test("every source's page says how its topics are named", () => {
  for (const source of sourceCatalog.all()) expect({ source: source.id, topics: topics(source.id) }).toEqual({ source: source.id, topics: expect.any(String) });
  expect(topics("webhook")).toContain("the topics listed in `topic_include_list`, one topic per entry");
  expect(topics("shopify_webhook")).toContain("`camel_source_payload_router_fanout_fields` (e.g. `orders.line_items`) adds a topic of its own");
  expect(topics("redis")).toContain("the topic named in `topic`");
  expect(topics("s3")).toContain("`source_<source id>.s3.<topic_postfix>`");
  expect(topics("elasticsearch")).toContain("documentation does not say how this source names its topics");
});

test("every local link in the docs and the README points at a file that exists", () => {
  const handWritten = readdirSync(join(REPO_ROOT, "docs")).filter((f) => f.endsWith(".md"));
  const files = [join(REPO_ROOT, "README.md"), ...new Set([...handWritten, ...pages.keys()].map((p) => join(REPO_ROOT, "docs", p)))];
  const broken: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const path = join(file, "..", decodeURIComponent(target.split("#")[0]));
      if (!existsSync(path)) broken.push(`${file.slice(REPO_ROOT.length + 1)} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});
