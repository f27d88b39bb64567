// Realistic values for the docs' examples, so that an example reads like a configuration a
// person would write ("db.internal.example.com", "public.orders,public.order_items") rather
// than "example-table-include-list". Include lists follow how the connector names what it
// captures (a schema, a database, a collection, a DynamoDB table), the same rule the source's
// page states for its topics (catalog/topic-names.ts).
import { capturedNaming } from "../../../catalog/topic-names";

const VALUES: Record<string, string> = {
  name: "orders",
  database_hostname: "db.internal.example.com",
  database_user: "streamkap",
  database_dbname: "shop",
  database_database: "analytics",
  database_names: "shop",
  table_include_list: "shop.orders,shop.order_items",
  database: "analytics",
  signal_data_collection_schema_or_database: "streamkap",
  connection_username: "streamkap",
  connection_url: "jdbc:postgresql://warehouse.internal.example.com:5432/analytics",
  table_name_prefix: "cdc",
  aws_s3_bucket_name: "acme-cdc-landing",
  s3_export_bucket_name: "acme-cdc-export",
  gcs_bucket_name: "acme-cdc-landing",
  aws_access_key_id: "AKIAIOSFODNN7EXAMPLE",
  aws_region: "us-east-1",
  aws_redshift_domain: "analytics.abc123xyz789.us-east-1.redshift.amazonaws.com",
  aws_redshift_database: "analytics",
  vitess_keyspace: "shop",
  vitess_vtctld_host: "vtctld.internal.example.com",
  vitess_vtctld_user: "streamkap",
  redis_host: "redis.internal.example.com",
  redis_username: "streamkap",
  redis_key: "orders",
  whitelist_ips: "10.0.0.0/8",
  topic_prefix: "cdc",
  topic_include_list: "orders,payments",
  snowflake_url_name: "acme-analytics.snowflakecomputing.com",
  snowflake_user_name: "STREAMKAP_USER",
  snowflake_database_name: "ANALYTICS",
  snowflake_schema_name: "SHOP",
  r2_account: "0123456789abcdef0123456789abcdef",
  pinecone_index_name: "orders-embeddings",
  motherduck_catalog: "analytics",
  kafka_sink_bootstrap: "kafka-1.internal.example.com:9092",
  iceberg_catalog_warehouse: "s3://acme-lake/warehouse",
  http_url: "https://hooks.example.com/streamkap",
  hostname: "clickhouse.internal.example.com",
  es_host: "search.internal.example.com",
  endpoint_include_list: "orders",
  default_dataset: "analytics",
  datetime_field_name: "updated_at",
  filter_name: "Development",
  source_name: "orders-cdc",
  destination_name: "orders-warehouse",
  entity_type: "sources",
  topic_id: "source_65f0c2d1e4b0a1b2c3d4e5f6.public.orders",
};

/** Values that are lists (sets) of strings. */
const LIST_VALUES: Record<string, string[]> = {
  type: ["sources", "destinations", "pipelines"],
  filter_type: ["pipelines"],
  filter_ids: ["670e5ca40afe1d3983ce0c22"],
  entity_ids: ["65f0c2d1e4b0a1b2c3d4e5f6"],
};

/** A realistic HCL value for a string attribute (or list of strings) of a resource of this
 * connector, or undefined when there is none. */
export function exampleValue(name: string, connectorId: string | undefined, isList: boolean): string | undefined {
  if (isList) return LIST_VALUES[name] ? JSON.stringify(LIST_VALUES[name]) : undefined;
  const captured = connectorId ? capturedNaming(connectorId) : undefined;
  if (captured) {
    const container: Record<string, string> = { schema_include_list: captured.container, database_include_list: captured.container };
    const listed = name === "table_include_list" || name === "collection_include_list" ? captured.examples.join(",") : container[name];
    if (listed) return JSON.stringify(listed);
  }
  return VALUES[name] === undefined ? undefined : JSON.stringify(VALUES[name]);
}
