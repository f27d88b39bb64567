// A flow with a transform written in TypeScript: the shop's PostgreSQL orders pass through a
// map/filter transform (clean-orders.ts, which uses the npm package dayjs) on their way to
// Snowflake. At synth the transform's file is bundled into its implementation; `cdktf deploy`
// creates the source, the transform (deployed, running), the destination and the pipeline
// taking the transform's output. clean-orders.test.ts tests the same bundle offline.
//
// Endpoint, credentials and secrets as in the quickstart: STREAMKAP_HOST, STREAMKAP_CLIENT_ID,
// STREAMKAP_SECRET, TF_VAR_db_password, TF_VAR_snowflake_private_key.
import { join } from "node:path";
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { StreamkapDestination, StreamkapPipeline, StreamkapProvider, StreamkapSource, StreamkapTransform, TransformCode } from "cdktf-streamkap";

export class TransformsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new StreamkapProvider(this, "streamkap", {});
    const dbPassword = new TerraformVariable(this, "db_password", { type: "string", sensitive: true });
    const snowflakeKey = new TerraformVariable(this, "snowflake_private_key", { type: "string", sensitive: true });

    const source = new StreamkapSource(this, "orders", {
      name: "shop-orders-cdc",
      connector: "postgresql",
      config: {
        "database.hostname.user.defined": "db.internal.example.com",
        "database.user": "streamkap_cdc",
        "database.password": dbPassword.stringValue,
        "database.dbname": "shop",
        "schema.include.list": "public",
        "table.include.list.user.defined": "public.orders",
      },
    });
    const cleanOrders = new StreamkapTransform(this, "clean-orders", {
      name: "clean-orders",
      type: "map_filter",
      input: { source, topics: ["public.orders"] },
      // A path from this file, so the app synthesizes from any directory.
      implementation: TransformCode.fromFile(join(__dirname, "clean-orders.ts")),
      deploy: true,
    });
    const destination = new StreamkapDestination(this, "warehouse", {
      name: "shop-warehouse",
      connector: "snowflake",
      config: {
        "snowflake.url.name": "acme-analytics.snowflakecomputing.com",
        "snowflake.user.name": "STREAMKAP_USER",
        "snowflake.private.key": snowflakeKey.stringValue,
        "snowflake.database.name": "ANALYTICS",
        "snowflake.schema.name": "SHOP",
      },
    });
    // The pipeline takes what the transform writes from public.orders.
    const pipeline = new StreamkapPipeline(this, "pipeline", {
      name: "clean-orders-to-warehouse",
      source,
      destination,
      topics: ["public.orders"],
      transforms: [{ transform: cleanOrders }],
    });

    new TerraformOutput(this, "transform_id", { value: cleanOrders.id });
    new TerraformOutput(this, "transform_status", { value: cleanOrders.connectorStatus });
    new TerraformOutput(this, "pipeline_id", { value: pipeline.id });
    new TerraformOutput(this, "pipeline_status", { value: pipeline.status });
  }
}

const app = new App();
new TransformsStack(app, "transforms");
app.synth();
