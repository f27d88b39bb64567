// HCL for the typed resources of one flow as the integration tests write it: the shop's
// PostgreSQL source, a Snowflake destination and the pipeline joining them, each secret from a
// sensitive variable (db_password, private_key: hclHeader declares them). Each test sets only
// what it is about (a name, a count, a port), so the rest is written once here.

/** An attribute's value: a string (written quoted; "${...}" stays HCL's own interpolation), a
 * number or bool, or an HCL expression written as it is. */
export type HclValue = string | number | boolean | { expression: string };

const variable = (name: string): HclValue => ({ expression: `var.${name}` });

/** A resource block: `attributes` over `defaults` (in the defaults' order, a key they lack
 * after them; undefined leaves the default), then `inner` as written (e.g. a nested block). */
function resourceHcl(type: string, label: string, defaults: Record<string, HclValue>, attributes: Record<string, HclValue | undefined>, inner = ""): string {
  const merged: Record<string, HclValue | undefined> = { count: undefined, name: undefined, ...defaults };
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) merged[key] = value;
  const lines = Object.entries(merged).flatMap(([key, value]) => (value === undefined ? [] : [`  ${key} = ${hclValue(value)}`]));
  return `
resource "${type}" "${label}" {
${[...lines, ...(inner ? inner.split("\n").map((line) => `  ${line}`) : [])].join("\n")}
}
`;
}

function hclValue(value: HclValue): string {
  return typeof value === "object" ? value.expression : typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** streamkap_source_postgresql: db.internal, user cdc, database shop, public.orders, the
 * password from var.db_password. */
export function postgresSourceHcl(label: string, attributes: Record<string, HclValue | undefined>, inner = ""): string {
  return resourceHcl(
    "streamkap_source_postgresql",
    label,
    {
      database_hostname: "db.internal",
      database_user: "cdc",
      database_password: variable("db_password"),
      database_dbname: "shop",
      schema_include_list: "public",
      table_include_list: "public.orders",
    },
    attributes,
    inner,
  );
}

/** streamkap_destination_snowflake: acme's account, user STREAMKAP, ANALYTICS.CDC, the key
 * from var.private_key. */
export function snowflakeDestinationHcl(label: string, attributes: Record<string, HclValue | undefined>): string {
  return resourceHcl(
    "streamkap_destination_snowflake",
    label,
    {
      snowflake_url_name: "acme.snowflakecomputing.com",
      snowflake_user_name: "STREAMKAP",
      snowflake_private_key: variable("private_key"),
      snowflake_database_name: "ANALYTICS",
      snowflake_schema_name: "CDC",
    },
    attributes,
  );
}

/** streamkap_pipeline from the `source` resource's public.orders to the `destination` resource
 * (addresses such as streamkap_source_postgresql.orders); with `count`, the pipeline joins the
 * source and destination of its own index. */
export function pipelineHcl(label: string, o: { name: string; source: string; destination: string; count?: number; tags?: string }): string {
  const at = o.count === undefined ? "" : "[count.index]";
  const end = (address: string) => ["id", "name", "connector"].map((key) => `  ${key} = ${address}${at}.${key}`);
  const tags = o.tags === undefined ? undefined : { expression: o.tags };
  const ends = ["source = {", ...end(o.source), '  topics = ["public.orders"]', "}", "destination = {", ...end(o.destination), "}"];
  return resourceHcl("streamkap_pipeline", label, {}, { count: o.count, name: o.name, tags }, ends.join("\n"));
}

/** streamkap_source (the generic resource) of the same database: its config in the API's keys,
 * `extraConfig` after them, and the password (secret_config) as given. */
export function genericPostgresSourceHcl(label: string, o: { name: string; password: HclValue; extraConfig?: Record<string, string> }): string {
  const config = {
    "database.hostname.user.defined": "db.internal",
    "database.user": "cdc",
    "database.dbname": "shop",
    "schema.include.list": "public",
    "table.include.list.user.defined": "public.orders",
    ...o.extraConfig,
  };
  const entries = Object.entries(config).map(([key, value]) => `  ${JSON.stringify(key)} = ${JSON.stringify(value)}`);
  return resourceHcl(
    "streamkap_source",
    label,
    { connector: "postgresql" },
    { name: o.name },
    ["config = {", ...entries, "}", `secret_config = { "database.password" = ${hclValue(o.password)} }`].join("\n"),
  );
}
