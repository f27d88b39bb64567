// One stack class for every environment of the "payments" team; what differs between dev and
// prod is data (environments below), not code.
import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { StreamkapProvider, type DesiredState } from "cdktf-streamkap";
import { TeamPostgresSource, type Environment } from "./team-source";

export interface EnvironmentSettings {
  readonly environment: Environment;
  readonly hostname: string;
  readonly tables: string[];
  readonly ssl: boolean;
  readonly snapshotParallelism: number;
  readonly desiredState: DesiredState;
}

export const environments: Record<Environment, EnvironmentSettings> = {
  // Dev: a local database without TLS, only the orders table, paused outside working hours by
  // setting desiredState (kept "Active" here so that a deploy shows the running connector).
  dev: { environment: "dev", hostname: "payments-db.dev.internal", tables: ["public.orders"], ssl: false, snapshotParallelism: 1, desiredState: "Active" },
  prod: {
    environment: "prod",
    hostname: "payments-db.prod.internal",
    tables: ["public.orders", "public.refunds", "ledger.entries"],
    ssl: true,
    snapshotParallelism: 4,
    desiredState: "Active",
  },
};

export class PaymentsCdcStack extends TerraformStack {
  constructor(scope: Construct, id: string, settings: EnvironmentSettings) {
    super(scope, id);
    new StreamkapProvider(this, "streamkap", {});
    const password = new TerraformVariable(this, "db_password", { type: "string", sensitive: true });
    const orders = new TeamPostgresSource(this, "payments", {
      team: "payments",
      environment: settings.environment,
      dataset: "orders",
      hostname: settings.hostname,
      database: "payments",
      user: "streamkap_cdc",
      password: password.value,
      tables: settings.tables,
      ssl: settings.ssl,
      snapshotParallelism: settings.snapshotParallelism,
      desiredState: settings.desiredState,
    });
    new TerraformOutput(this, "source_id", { value: orders.source.id });
    new TerraformOutput(this, "source_name", { value: orders.sourceName });
  }
}
