// One stack class for every environment of the "payments" team; what differs between dev and
// prod is data (environments below), not code: the team's flow itself is TeamFlow.
import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { StreamkapProvider, type DesiredState } from "cdktf-streamkap";
import { TeamFlow, type Environment } from "./team-flow";

export interface EnvironmentSettings {
  readonly environment: Environment;
  readonly hostname: string;
  readonly tables: string[];
  readonly ssl: boolean;
  readonly snapshotParallelism: number;
  /** The Snowflake virtual warehouse that loads the data, sized per environment. */
  readonly computeWarehouse: string;
  readonly maxPollRecords: number;
  readonly desiredState: DesiredState;
}

export const environments: Record<Environment, EnvironmentSettings> = {
  // Dev: a local database without TLS, only the orders table, one snapshot worker and an
  // extra-small warehouse loading small batches. Kept "Active": a pipeline's apply waits until
  // it runs, so a dev flow is paused after its first deploy, by setting desiredState.
  dev: {
    environment: "dev",
    hostname: "payments-db.dev.internal",
    tables: ["public.orders"],
    ssl: false,
    snapshotParallelism: 1,
    computeWarehouse: "PAYMENTS_DEV_XS_WH",
    maxPollRecords: 1000,
    desiredState: "Active",
  },
  prod: {
    environment: "prod",
    hostname: "payments-db.prod.internal",
    tables: ["public.orders", "public.refunds", "ledger.entries"],
    ssl: true,
    snapshotParallelism: 4,
    computeWarehouse: "PAYMENTS_PROD_WH",
    maxPollRecords: 10000,
    desiredState: "Active",
  },
};

export class PaymentsCdcStack extends TerraformStack {
  constructor(scope: Construct, id: string, settings: EnvironmentSettings) {
    super(scope, id);
    new StreamkapProvider(this, "streamkap", {});
    const password = new TerraformVariable(this, "db_password", { type: "string", sensitive: true });
    const privateKey = new TerraformVariable(this, "snowflake_private_key", { type: "string", sensitive: true });
    const flow = new TeamFlow(this, "payments", {
      team: "payments",
      environment: settings.environment,
      dataset: "orders",
      database: {
        hostname: settings.hostname,
        name: "payments",
        user: "streamkap_cdc",
        password: password.stringValue,
        tables: settings.tables,
        ssl: settings.ssl,
        snapshotParallelism: settings.snapshotParallelism,
      },
      warehouse: {
        url: "acme-analytics.snowflakecomputing.com",
        user: "STREAMKAP_PAYMENTS",
        privateKey: privateKey.stringValue,
        database: "ANALYTICS",
        computeWarehouse: settings.computeWarehouse,
        maxPollRecords: settings.maxPollRecords,
      },
      desiredState: settings.desiredState,
    });
    new TerraformOutput(this, "source_id", { value: flow.source.id });
    new TerraformOutput(this, "destination_id", { value: flow.destination.id });
    new TerraformOutput(this, "pipeline_id", { value: flow.pipeline.id });
    new TerraformOutput(this, "pipeline_status", { value: flow.pipeline.status });
    new TerraformOutput(this, "source_name", { value: flow.baseName });
  }
}
