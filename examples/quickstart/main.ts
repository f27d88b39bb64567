// Quickstart: one PostgreSQL change-data-capture source, its password from a sensitive
// variable, with the source's id and connector status as outputs.
//
// The provider reads its endpoint and credentials from STREAMKAP_HOST, STREAMKAP_CLIENT_ID
// and STREAMKAP_SECRET; the password from TF_VAR_db_password.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { StreamkapProvider, StreamkapSource } from "cdktf-streamkap";

export class QuickstartStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new StreamkapProvider(this, "streamkap", {});

    const dbPassword = new TerraformVariable(this, "db_password", {
      type: "string",
      sensitive: true,
      description: "Password of the PostgreSQL user the source connects as",
    });

    const orders = new StreamkapSource(this, "orders", {
      name: "orders-cdc",
      connector: "postgresql",
      config: {
        "database.hostname.user.defined": "db.internal.example.com",
        "database.port.user.defined": 5432,
        "database.user": "streamkap_cdc",
        "database.password": dbPassword.value,
        "database.dbname": "shop",
        "schema.include.list": "public",
        "table.include.list.user.defined": "public.orders,public.order_items",
        "heartbeat.enabled": true,
      },
    });

    new TerraformOutput(this, "source_id", { value: orders.id });
    new TerraformOutput(this, "connector_status", { value: orders.connectorStatus });
  }
}

const app = new App();
new QuickstartStack(app, "quickstart");
app.synth();
