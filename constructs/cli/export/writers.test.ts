import { SYSTEM_TAGS } from "../../../catalog/system-tags";
import { planEstate } from "./estate";
import { hclProject, hclValue } from "./hcl-writer";
import { configLiteral, typescriptProject } from "./typescript-writer";
import { SECRET_SET, type Tenant } from "./tenant-reader";
import { postgresApiConfig } from "../../../test/support/source-config";

const id = (n: number) => n.toString(16).padStart(24, "0");
const info = { host: "https://api.example.com", packageVersion: "0.1.0", projectName: "infra" };

function tenant(): Tenant {
  const config = postgresApiConfig(SECRET_SET, {
    "database.hostname.user.defined": "db-${env}.internal",
    "heartbeat.enabled": "false",
    "database.port.user.defined": "5433",
  });
  return {
    sources: [
      { id: id(1), name: "orders-cdc", connector: "postgresql", config, tags: [id(9)] },
      { id: id(2), name: "legacy", connector: "mainframe", config: { password: SECRET_SET }, tags: [] },
    ],
    destinations: [
      {
        id: id(3),
        name: "warehouse",
        connector: "snowflake",
        config: { "snowflake.url.name": "acme", "snowflake.user.name": "U", "snowflake.database.name": "D", "snowflake.schema.name": "S" },
        tags: [],
      },
    ],
    pipelines: [
      {
        id: id(4),
        name: "orders-to-warehouse",
        source: { id: id(1), name: "orders-cdc", connector: "postgresql", topics: ["public.orders"] },
        destination: { id: id(3), name: "warehouse", connector: "snowflake" },
        transforms: [{ id: id(8), name: "clean-orders", topic: "public.orders" }],
        topic_auto_discovery_transforms: [],
        tags: [SYSTEM_TAGS.production.id, id(9)],
      },
      {
        id: id(5),
        name: "legacy-to-warehouse",
        source: { id: id(2), name: "legacy", connector: "mainframe", topics: ["t"] },
        destination: { id: id(3), name: "warehouse", connector: "snowflake" },
        transforms: [{ id: id(7), name: "mask", topic: "t" }],
        topic_auto_discovery_transforms: [],
        tags: [SYSTEM_TAGS.development.id],
      },
    ],
    tags: [{ id: id(9), name: "team-a", type: ["sources", "pipelines"], system: false }],
    topics: [
      { id: `source_${id(1)}.public.orders`, name: "public.orders", entity: { entity_type: "sources", entity_id: id(1) }, partitions: 6, tags: [id(9)] },
    ],
    transforms: [
      {
        id: id(8),
        name: "clean-orders",
        type: "map_filter",
        config: {
          "transforms.name": "clean-orders",
          "transforms.language": "JavaScript",
          "transforms.input.topic.pattern": `source_${id(1)}\\.public\\.orders`,
          "transforms.output.topic.pattern": "clean.orders",
          "transforms.input.job.parallelism": "2",
        },
        tags: [],
      },
      { id: id(10), name: "future", type: "quantum_join", config: {}, tags: [] },
    ],
  };
}

describe("typescriptProject", () => {
  const files = typescriptProject(planEstate(tenant()), { ...info, stackName: "prod", split: false });
  const main = files.get("main.ts")!;

  test("writes a strict cdktf project depending on this package", () => {
    expect([...files.keys()].sort()).toEqual([".env.example", ".gitignore", "cdktf.json", "main.ts", "package.json", "tsconfig.json"]);
    expect(JSON.parse(files.get("tsconfig.json")!).compilerOptions.strict).toBe(true);
    expect(JSON.parse(files.get("package.json")!).dependencies["cdktf-streamkap"]).toBe("^0.1.0");
    expect(main).toMatch(/new PRODStack|new ProdStack\(app, "prod"\)/);
  });

  test("refers to constructs, not ids, and adopts each object with importFrom at the end", () => {
    expect(main).toMatch(/source: ordersCdcSource,\n\s+destination: warehouseDestination,/);
    expect(main).toMatch(/tags: \[SYSTEM_TAGS\.production\.id, teamATag\],/);
    expect(main).toMatch(/"database\.password": ordersCdcDatabasePassword\.value,/);
    expect(main).toMatch(/"database\.port\.user\.defined": 5433,/);
    expect(main).toMatch(/"heartbeat\.enabled": false,/);
    // Terraform's template syntax stays literal.
    expect(main).toContain('"database.hostname.user.defined": "db-$${env}.internal",');
    const adoption = main.slice(main.indexOf("// Adoption"));
    expect(adoption).toContain(`teamATag.resource.importFrom("${id(9)}");`);
    expect(adoption).toContain(`ordersCdcSource.resource.importFrom("${id(1)}");`);
    expect(adoption).toContain(`publicOrdersTopic.importFrom("source_${id(1)}.public.orders");`);
    expect(main).toMatch(/new Topic\(this, "publicOrdersTopic", \{ topicId: "source_\w+\.public\.orders", partitionCount: 6, tags: \[teamATag\.id\] \}\);/);
  });

  test("a connector the catalog does not know is a comment, its pipeline's end an id, its transform by id", () => {
    expect(main).toContain(`// source "legacy" (id ${id(2)}) is not written: its connector "mainframe"`);
    expect(main).toContain(`source: { id: "${id(2)}", name: "legacy", connector: "mainframe" } /* not managed here */,`);
    expect(main).toContain(`{ id: "${id(7)}", topics: ["t"] }, // transform "mask"`);
    expect(main).not.toContain(`importFrom("${id(2)}")`);
  });

  test("a transform is a StreamkapTransform with its patterns and changed settings, imported, and its pipeline refers to it", () => {
    expect(main).toContain(
      [
        `const cleanOrdersTransform = new StreamkapTransform(this, "cleanOrdersTransform", {`,
        `  name: "clean-orders",`,
        `  type: "map_filter",`,
        `  input: "source_${id(1)}\\\\.public\\\\.orders",`,
        `  output: "clean.orders",`,
        `  config: {`,
        `    "transforms.input.job.parallelism": 2,`,
        `  },`,
        `});`,
      ].join("\n    "),
    );
    expect(main).toContain(`{ id: cleanOrdersTransform.id, topics: ["public.orders"] },`);
    expect(main).toContain(`cleanOrdersTransform.resource.importFrom("${id(8)}");`);
    expect(main).toContain("1 transform, 2 pipelines");
    expect(main.indexOf("new StreamkapTransform")).toBeLessThan(main.indexOf('new StreamkapPipeline(this, "ordersToWarehousePipeline"'));
    // A type the catalog does not know is never code: a warning, and nothing written.
    expect(main).not.toContain("future");
    expect(planEstate(tenant()).warnings).toContain(
      'transform "future" is of type "quantum_join", which this version\'s catalog does not know: not written, referred to by id.',
    );
  });

  test(".env.example names each secret's variable and what it is for, with no value", () => {
    expect(
      files
        .get(".env.example")!
        .split("\n")
        .filter((l) => l.startsWith("TF_VAR_")),
    ).toEqual(["TF_VAR_orders_cdc_database_password=  # source orders-cdc database.password"]);
  });

  test("with split, one file per flow and the tags apart", () => {
    const split = typescriptProject(planEstate(tenant()), { ...info, stackName: "prod", split: true });
    expect([...split.keys()].filter((f) => f.endsWith(".ts")).sort()).toEqual(["flows/orders-to-warehouse.ts", "main.ts", "tags.ts"]);
    expect(split.get("flows/orders-to-warehouse.ts")).toMatch(/export function ordersToWarehouseFlow\(scope: Construct, tags: Tags\): void \{/);
    expect(split.get("flows/orders-to-warehouse.ts")).toMatch(/tags: \[SYSTEM_TAGS\.production\.id, tags\.teamATag\],/);
    expect(split.get("tags.ts")).toMatch(/const teamATag = new StreamkapTag\(scope, "teamATag", \{ name: "team-a"/);
  });

  test("config values in their own type only when the API's text spells exactly that", () => {
    expect(configLiteral("int", "5432")).toBe("5432");
    expect(configLiteral("int", "05432")).toBe('"05432"');
    expect(configLiteral("bool", "True")).toBe('"True"');
    expect(configLiteral("string", "5432")).toBe('"5432"');
  });
});

describe("hclProject", () => {
  const files = hclProject(planEstate(tenant()), { ...info, split: false, providerSource: "cdktf-streamkap/streamkap", providerVersion: "~> 0.1" });
  const main = files.get("main.tf")!;

  test("typed resources with the official attribute names, references, system tags as locals", () => {
    expect(main).toMatch(/resource "streamkap_source_postgresql" "orders_cdc" \{\n {2}name = "orders-cdc"\n {2}database_hostname = "db-\$\$\{env\}\.internal"/);
    expect(main).toContain("database_port = 5433");
    expect(main).toContain("database_password = var.orders_cdc_database_password");
    expect(main).toContain("id        = streamkap_source_postgresql.orders_cdc.id");
    expect(main).toContain("tags = [local.system_tags.production, streamkap_tag.team_a.id]");
    expect(files.get("versions.tf")).toContain(`production = "${SYSTEM_TAGS.production.id}"`);
    expect(files.get("variables.tf")).toMatch(
      /variable "orders_cdc_database_password" \{\n {2}description = "source orders-cdc database.password"\n {2}type {8}= string\n {2}sensitive {3}= true\n\}/,
    );
  });

  test("an import block per object", () => {
    const imports = files.get("imports.tf")!;
    expect(imports.match(/^import \{/gm)).toHaveLength(7); // tag, source, destination, transform, two pipelines, topic
    expect(imports).toContain(`to = streamkap_transform_map_filter.clean_orders\n  id = "${id(8)}"`);
    expect(main).toContain(
      [
        'resource "streamkap_transform_map_filter" "clean_orders" {',
        '  name = "clean-orders"',
        `  transforms_input_topic_pattern = ${JSON.stringify(`source_${id(1)}\\.public\\.orders`)}`,
        '  transforms_output_topic_pattern = "clean.orders"',
        "  transforms_input_job_parallelism = 2",
        "}",
      ].join("\n"),
    );
    expect(main).toContain(`{ id = streamkap_transform_map_filter.clean_orders.id, topics = ["public.orders"] },`);
    expect(imports).toContain(`import {\n  to = streamkap_source_postgresql.orders_cdc\n  id = "${id(1)}"\n}`);
  });

  test("HCL values", () => {
    expect(hclValue({ "dbo.orders": { chunks: 4, on: true } })).toBe('{ "dbo.orders" = { "chunks" = 4, "on" = true } }');
    expect(hclValue(["a", "b"])).toBe('["a", "b"]');
    expect(hclValue("%{x}")).toBe('"%%{x}"');
  });
});
