// The stack a CI pipeline deploys (see pipeline.yml and README.md beside this file): remote
// state, no prompts, secrets from the CI's secret store via environment variables.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { StreamkapProvider, StreamkapSource } from "cdktf-streamkap";
import { remoteStateBackend } from "./backend";

export class OrdersCdcStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    remoteStateBackend(this, id);
    new StreamkapProvider(this, "streamkap", {}); // STREAMKAP_HOST, STREAMKAP_CLIENT_ID, STREAMKAP_SECRET
    const password = new TerraformVariable(this, "db_password", { type: "string", sensitive: true });
    const orders = new StreamkapSource(this, "orders", {
      name: "orders-cdc-ci",
      connector: "postgresql",
      config: {
        "database.hostname.user.defined": "orders-db.internal",
        "database.user": "streamkap_cdc",
        "database.password": password.stringValue,
        "database.dbname": "orders",
        "schema.include.list": "public",
        "table.include.list.user.defined": "public.orders",
      },
    });
    new TerraformOutput(this, "source_id", { value: orders.id });
  }
}

const app = new App();
new OrdersCdcStack(app, "orders");
app.synth();
