// The example on each transform page and on the topic metrics page: a transform reading a
// source's orders topic, with an implementation its type runs (a JavaScript function, or the
// SQL tables and statement), deployed; checked against the transform catalog when the pages
// are written, so a page never shows an implementation the provider would refuse.
import { checkImplementation, transformCatalog, type TransformTypeId } from "../../../catalog/transform-types";

const SOURCE_ID = "65f0c2d1e4b0a1b2c3d4e5f6";
const ORDERS = {
  name: "orders",
  topicMatcherRegex: ".*\\.public\\.orders",
  createTableSQL: "CREATE TABLE orders (id BIGINT PRIMARY KEY NOT ENFORCED, customer_id BIGINT, total DECIMAL(10, 2))",
};
const CUSTOMERS = {
  name: "customers",
  topicMatcherRegex: ".*\\.public\\.customers",
  createTableSQL: "CREATE TABLE customers (id BIGINT PRIMARY KEY NOT ENFORCED, email STRING)",
};

/** The implementation of each type's example, as HCL inside jsonencode(...). */
const IMPLEMENTATIONS: Partial<Record<TransformTypeId, { value: Record<string, unknown>; hcl: string }>> = {
  map_filter: code({
    value_transform: [
      "function _streamkap_transform(valueObject, keyObject, topic, timestamp) {",
      "  // Drop test orders; keep the others unchanged.",
      "  return valueObject.is_test ? null : valueObject;",
      "}",
    ],
  }),
  enrich_async: code({
    value_transform: [
      "async function _streamkap_transform(valueObject, keyObject, topic, timestamp) {",
      "  return { ...valueObject, enriched_at: timestamp };",
      "}",
    ],
  }),
  fan_out: code({
    value_transform: ["function _streamkap_transform(valueObject, keyObject, topic, timestamp) {", "  return valueObject;", "}"],
    topic_transform: [
      "function _streamkap_transform_topic(valueObject, keyObject, topic, timestamp) {",
      '  return ["orders-all", "orders-" + (valueObject.region || "other")];',
      "}",
    ],
  }),
  enrich: sql({ mainTable: ORDERS, lookupTable: CUSTOMERS, enrichSQL: "SELECT o.id, o.total, c.email FROM orders o JOIN customers c ON o.customer_id = c.id" }),
  sql_join: sql({
    inputTables: [ORDERS, CUSTOMERS],
    joinSQL: "SELECT o.id, o.total, c.email FROM orders o JOIN customers c ON o.customer_id = c.id",
    keyFields: ["id"],
  }),
  rollup: sql({ inputTables: [ORDERS], rollupSQL: "SELECT customer_id, SUM(total) AS spent FROM orders GROUP BY customer_id", keyFields: ["customer_id"] }),
};

/** The example resource of a streamkap_transform_<type>, or undefined for another type. */
export function transformExample(resourceType: string): string | undefined {
  const type = transformCatalog.all().find((t) => t.terraform_resource === resourceType);
  if (!type) return undefined;
  const implementation = IMPLEMENTATIONS[type.id];
  if (implementation) {
    const problems = checkImplementation(type, implementation.value);
    if (problems.length) throw new Error(`the ${type.id} docs example is refused: ${problems.map((p) => `${p.path.join(".")} ${p.message}`).join("; ")}`);
  }
  const lines = [
    `resource "${resourceType}" "example" {`,
    `  name                            = "orders-${type.id.replace(/_/g, "-")}"`,
    `  transforms_input_topic_pattern  = "source_${SOURCE_ID}\\\\.public\\\\.(orders|customers)"`,
    `  transforms_output_topic_pattern = "${type.id === "topic_router" ? "merged.$1" : `${type.id}-$0`}"`,
    "  deploy                          = true",
  ];
  if (implementation) lines.push("", `  implementation_json = jsonencode(${implementation.hcl})`);
  return [...lines, "}"].join("\n");
}

/** The topic metrics example: a source's topic, its ids from streamkap_topics. */
export function topicMetricsExample(): string {
  return [
    'data "streamkap_topic_metrics" "orders" {',
    "  entities = [{",
    `    id           = "${SOURCE_ID}" # streamkap_source_postgresql.<name>.id`,
    '    entity_type  = "sources"',
    '    connector    = "postgresql"',
    `    topic_ids    = ["source_${SOURCE_ID}.public.orders"]`,
    '    topic_db_ids = ["65f0c2d1e4b0a1b2c3d4e5f7"]',
    "  }]",
    "  time_interval = 24",
    '  time_unit     = "hours"',
    "}",
    "",
    'output "orders_lag" {',
    "  value = { for r in data.streamkap_topic_metrics.orders.results : r.topic_id => r.lag }",
    "}",
  ].join("\n");
}

function code(functions: Record<string, string[]>) {
  const value: Record<string, unknown> = { language: "JAVASCRIPT" };
  const hcl = ["{", '    language = "JAVASCRIPT"'];
  for (const [key, source] of Object.entries(functions)) {
    value[key] = source.join("\n") + "\n";
    hcl.push(`    ${key} = <<-JS`, ...source.map((l) => `      ${l}`), "    JS");
  }
  return { value, hcl: [...hcl, "  }"].join("\n") };
}

function sql(value: Record<string, unknown>) {
  return { value, hcl: hclValue(value, "  ") };
}

/** A JSON value in HCL syntax (objects with `key = value` lines). */
function hclValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) return `[${value.map((v) => hclValue(v, indent)).join(", ")}]`;
  if (value && typeof value === "object") {
    const inner = indent + "  ";
    return `{\n${Object.entries(value)
      .map(([k, v]) => `${inner}${k} = ${hclValue(v, inner)}`)
      .join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value).replace(/\$\{/g, "$${");
}
