// What the benchmarks deploy: N generic PostgreSQL sources as HCL, and terraform_data
// configurations as Terraform's own floor (no provider process) for plan and apply.
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

/** `count` streamkap_source resources named `<prefix>-<i>`. */
export function sourcesHcl(prefix: string, count: number): string {
  const header = `terraform {\n  required_providers {\n    streamkap = {\n      source  = "${PROVIDER_SOURCE}"\n      version = "${PROVIDER_VERSION}"\n    }\n  }\n}\n\nprovider "streamkap" {}\n`;
  const resources = Array.from(
    { length: count },
    (_, i) => `
resource "streamkap_source" "s${i}" {
  name          = "${prefix}-${i}"
  connector     = "postgresql"
  config        = ${hclMap(SOURCE_CONFIG)}
  secret_config = ${hclMap(SOURCE_SECRETS)}
}
`
  );
  return header + resources.join("");
}

/** `count` terraform_data resources: the floor of an apply of `count` sources. */
export function terraformDataHcl(count: number): string {
  return Array.from({ length: count }, (_, i) => `resource "terraform_data" "d${i}" {\n  input = "bench-${i}"\n}\n`).join("");
}
