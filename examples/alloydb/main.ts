// AlloyDB change data capture, the connector Streamkap's API documentation uses as its example
// of creating a source: a Google Cloud AlloyDB (PostgreSQL-compatible) primary instance reached
// over its private IP, with logical decoding through the pgoutput slot and publication the
// Streamkap setup guide creates, TLS required, and a heartbeat table so that a quiet database
// still advances the slot.
//
// The provider reads STREAMKAP_HOST, STREAMKAP_CLIENT_ID and STREAMKAP_SECRET; the password
// comes from TF_VAR_alloydb_password.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { StreamkapProvider, StreamkapSource } from "cdktf-streamkap";

export class AlloyDbStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new StreamkapProvider(this, "streamkap", {});

    const password = new TerraformVariable(this, "alloydb_password", {
      type: "string",
      sensitive: true,
      description: "Password of the AlloyDB user Streamkap replicates as",
    });

    const inventory = new StreamkapSource(this, "inventory", {
      name: "inventory-alloydb",
      connector: "alloydb",
      config: {
        "database.hostname.user.defined": "10.42.0.7",
        "database.port.user.defined": 5432,
        "database.user": "streamkap_user",
        "database.password": password.stringValue,
        "database.dbname": "inventory",
        "database.sslmode": "require",
        "schema.include.list": "public,warehouse",
        "table.include.list.user.defined": "public.products,public.prices,warehouse.stock_levels",
        "slot.name": "streamkap_pgoutput_slot",
        "publication.name": "streamkap_pub",
        "signal.data.collection.schema.or.database": "streamkap",
        "heartbeat.enabled": true,
        "heartbeat.data.collection.schema.or.database": "streamkap",
        "include.source.db.name.in.table.name.user.defined": false,
      },
    });

    new TerraformOutput(this, "source_id", { value: inventory.id });
    new TerraformOutput(this, "connector_status", { value: inventory.connectorStatus });
  }
}

const app = new App();
new AlloyDbStack(app, "alloydb");
app.synth();
