// Bringing a Streamkap source that already exists (made in the Streamkap UI, or by another
// tool) under cdktf, in two steps:
//
// 1. STREAMKAP_SOURCE_ID=<id> IMPORT_STEP=generate cdktf plan
//    generateConfigForImport: Terraform reads the source and writes its configuration as HCL
//    (in cdktf.out/stacks/import-existing/generated_resources.tf). Copy the values you see there
//    into step 2. Secrets are not in it: Streamkap never returns them.
// 2. STREAMKAP_SOURCE_ID=<id> cdktf deploy
//    importFrom: the construct below adopts the existing source instead of creating one. The
//    plan says "1 to import"; the password, which the import could not read, is its only change.
//
// Provider settings come from STREAMKAP_HOST, STREAMKAP_CLIENT_ID and STREAMKAP_SECRET; the
// password from TF_VAR_db_password.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { SourcePostgresql, StreamkapProvider } from "cdktf-streamkap";

export interface ImportExistingProps {
  /** Id of the existing source (24 hexadecimal characters). */
  sourceId: string;
  /** "generate" writes the configuration of the existing source; "adopt" imports it. */
  step: "generate" | "adopt";
}

export class ImportExistingStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: ImportExistingProps) {
    super(scope, id);
    new StreamkapProvider(this, "streamkap", {});

    if (props.step === "generate") {
      SourcePostgresql.generateConfigForImport(this, "orders", props.sourceId);
      return;
    }

    const dbPassword = new TerraformVariable(this, "db_password", { type: "string", sensitive: true });
    // The values come from step 1's generated configuration.
    const orders = new SourcePostgresql(this, "orders", {
      name: "orders-cdc",
      databaseHostname: "db.internal.example.com",
      databasePort: 5432,
      databaseUser: "streamkap_cdc",
      databasePassword: dbPassword.stringValue,
      databaseDbname: "shop",
      schemaIncludeList: "public",
      tableIncludeList: "public.orders",
    });
    orders.importFrom(props.sourceId);

    new TerraformOutput(this, "source_id", { value: orders.id });
    new TerraformOutput(this, "connector_status", { value: orders.connectorStatus });
  }
}

const sourceId = process.env.STREAMKAP_SOURCE_ID;
if (require.main === module) {
  if (!sourceId) throw new Error("Set STREAMKAP_SOURCE_ID to the id of the source to import.");
  const app = new App();
  new ImportExistingStack(app, "import-existing", { sourceId, step: process.env.IMPORT_STEP === "generate" ? "generate" : "adopt" });
  app.synth();
}
