// What the benchmarks deploy: N generic PostgreSQL sources, or N whole flows (a typed
// PostgreSQL source, a Snowflake destination and the pipeline joining them, as HCL written for
// the official provider), and terraform_data configurations as Terraform's own floor (no
// provider process) for plan and apply.
import { PROVIDER_SOURCE, PROVIDER_VERSION } from "../lib/provider-address";

export const SOURCE_CONFIG: Record<string, string> = {
  "database.hostname.user.defined": "db.internal",
  "database.port.user.defined": "5432",
  "database.user": "cdc",
  "database.dbname": "shop",
  "schema.include.list": "public",
  "table.include.list.user.defined": "public.orders",
};
export const SOURCE_SECRETS: Record<string, string> = { "database.password": "bench-password" };

function hclMap(map: Record<string, string>): string {
  return `{\n${Object.entries(map)
    .map(([k, v]) => `    ${JSON.stringify(k)} = ${JSON.stringify(v)}`)
    .join("\n")}\n  }`;
}

const HEADER = `terraform {\n  required_providers {\n    streamkap = {\n      source  = "${PROVIDER_SOURCE}"\n      version = "${PROVIDER_VERSION}"\n    }\n  }\n}\n\nprovider "streamkap" {}\n`;

/** `count` streamkap_source resources named `<prefix>-<i>`. */
export function sourcesHcl(prefix: string, count: number): string {
  const resources = Array.from(
    { length: count },
    (_, i) => `
resource "streamkap_source" "s${i}" {
  name          = "${prefix}-${i}"
  connector     = "postgresql"
  config        = ${hclMap(SOURCE_CONFIG)}
  secret_config = ${hclMap(SOURCE_SECRETS)}
}
`,
  );
  return HEADER + resources.join("");
}

/** `count` flows of three objects each (3 x count resources), named `<prefix>-<i>-...`. */
export function flowsHcl(prefix: string, count: number): string {
  const flows = Array.from(
    { length: count },
    (_, i) => `
resource "streamkap_source_postgresql" "s${i}" {
  name                = "${prefix}-${i}-orders"
  database_hostname   = "db.internal"
  database_user       = "cdc"
  database_password   = "bench-password"
  database_dbname     = "shop"
  schema_include_list = "public"
  table_include_list  = "public.orders,public.items"
}

resource "streamkap_destination_snowflake" "d${i}" {
  name                    = "${prefix}-${i}-warehouse"
  snowflake_url_name      = "acme.snowflakecomputing.com"
  snowflake_user_name     = "STREAMKAP"
  snowflake_private_key   = "bench-private-key"
  snowflake_database_name = "ANALYTICS"
  snowflake_schema_name   = "CDC"
}

resource "streamkap_pipeline" "p${i}" {
  name = "${prefix}-${i}-orders-to-warehouse"
  source = {
    id        = streamkap_source_postgresql.s${i}.id
    name      = streamkap_source_postgresql.s${i}.name
    connector = streamkap_source_postgresql.s${i}.connector
    topics    = ["public.orders"]
  }
  destination = {
    id        = streamkap_destination_snowflake.d${i}.id
    name      = streamkap_destination_snowflake.d${i}.name
    connector = streamkap_destination_snowflake.d${i}.connector
  }
}
`,
  );
  return HEADER + flows.join("");
}

/** `count` terraform_data resources: the floor of an apply of `count` sources. */
export function terraformDataHcl(count: number): string {
  return Array.from({ length: count }, (_, i) => `resource "terraform_data" "d${i}" {\n  input = "bench-${i}"\n}\n`).join("");
}
