// Quickstart: a whole change-data-capture flow, what `npm start` deploys. A PostgreSQL source
// captures the shop's orders, a Snowflake destination receives them, and a pipeline joins the
// two for the public.orders table. The outputs are the three ids and their statuses.
//
// The provider reads its endpoint and credentials from STREAMKAP_HOST, STREAMKAP_CLIENT_ID
// and STREAMKAP_SECRET; the secrets come from TF_VAR_db_password and
// TF_VAR_snowflake_private_key, so they are masked in plans and never in cdk.tf.json.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { StreamkapDestination, StreamkapPipeline, StreamkapProvider, StreamkapSource } from "cdktf-streamkap";

export class QuickstartStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new StreamkapProvider(this, "streamkap", {});
    const dbPassword = new TerraformVariable(this, "db_password", { type: "string", sensitive: true });
    const snowflakeKey = new TerraformVariable(this, "snowflake_private_key", { type: "string", sensitive: true });

    const source = new StreamkapSource(this, "orders", {
      name: "orders-cdc",
      connector: "postgresql",
      config: {
        "database.hostname.user.defined": "db.internal.example.com",
        "database.user": "streamkap_cdc",
        "database.password": dbPassword.stringValue,
        "database.dbname": "shop",
        "schema.include.list": "public",
        "table.include.list.user.defined": "public.orders,public.order_items",
      },
    });
    const destination = new StreamkapDestination(this, "warehouse", {
      name: "orders-warehouse",
      connector: "snowflake",
      config: {
        "snowflake.url.name": "acme-analytics.snowflakecomputing.com",
        "snowflake.user.name": "STREAMKAP_USER",
        "snowflake.private.key": snowflakeKey.stringValue,
        "snowflake.database.name": "ANALYTICS",
        "snowflake.schema.name": "SHOP",
      },
    });
    const pipeline = new StreamkapPipeline(this, "pipeline", { name: "orders-to-warehouse", source, destination, topics: ["public.orders"] });

    new TerraformOutput(this, "source_id", { value: source.id });
    new TerraformOutput(this, "source_status", { value: source.connectorStatus });
    new TerraformOutput(this, "destination_id", { value: destination.id });
    new TerraformOutput(this, "destination_status", { value: destination.connectorStatus });
    new TerraformOutput(this, "pipeline_id", { value: pipeline.id });
    new TerraformOutput(this, "pipeline_status", { value: pipeline.status });
  }
}

const app = new App();
new QuickstartStack(app, "quickstart");
app.synth();
