// The PostgreSQL source and Snowflake destination the constructs' unit tests build a flow from
// (a sensitive variable for both secrets), so each test file does not write its own.
import { TerraformVariable, type TerraformStack } from "cdktf";
import { StreamkapDestination } from "../../constructs/streamkap-destination";
import { StreamkapSource } from "../../constructs/streamkap-source";

/** A source capturing `tables` and a destination, with construct ids "orders" and "warehouse"
 * (or "<name>" and "<name>-warehouse" for a second flow in the same stack). */
export function constructFlow(stack: TerraformStack, tables = "public.orders,public.items", name = "orders") {
  const first = name === "orders";
  const secret = new TerraformVariable(stack, first ? "secret" : `${name}-secret`, { type: "string", sensitive: true });
  const source = new StreamkapSource(stack, name, {
    name: `${name}-cdc`,
    connector: "postgresql",
    config: {
      "database.hostname.user.defined": "db.internal",
      "database.user": "cdc",
      "database.password": secret.value,
      "database.dbname": "shop",
      "schema.include.list": "public",
      "table.include.list.user.defined": tables,
    },
  });
  const destination = new StreamkapDestination(stack, first ? "warehouse" : `${name}-warehouse`, {
    name: first ? "warehouse" : `${name}-warehouse`,
    connector: "snowflake",
    config: {
      "snowflake.url.name": "acme.snowflakecomputing.com",
      "snowflake.user.name": "STREAMKAP",
      "snowflake.private.key": secret.value,
      "snowflake.database.name": "ANALYTICS",
      "snowflake.schema.name": "CDC",
    },
  });
  return { source, destination };
}
