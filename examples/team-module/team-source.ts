// A team's conventions for PostgreSQL change data capture, in one construct that every
// environment's stack uses:
// - naming: "<team>-<environment>-<dataset>", so that sources sort by owner in the Streamkap UI;
// - heartbeat: always on, writing to the team's heartbeat schema, so that a quiet database
//   still advances its replication slot (and WAL does not pile up);
// - SSL: required, and production refuses to turn it off;
// - static key fields: every record's key carries "team" and every value "environment", so that
//   downstream consumers can route and filter without parsing topic names.
import { Construct } from "constructs";
import { StreamkapSource, type DesiredState } from "cdktf-streamkap";

export type Environment = "dev" | "prod";

export interface TeamPostgresSourceProps {
  readonly team: string;
  readonly environment: Environment;
  /** What the source carries, e.g. "orders". */
  readonly dataset: string;
  readonly hostname: string;
  readonly port?: number;
  readonly database: string;
  readonly user: string;
  /** A token (sensitive variable), never a literal. */
  readonly password: string;
  /** "schema.table" names. */
  readonly tables: string[];
  /** Default true; only dev may turn it off (a local database without TLS). */
  readonly ssl?: boolean;
  /** Parallel snapshot workers, 1-10 (default 1). */
  readonly snapshotParallelism?: number;
  readonly desiredState?: DesiredState;
}

export class TeamPostgresSource extends Construct {
  readonly source: StreamkapSource;
  readonly sourceName: string;

  constructor(scope: Construct, id: string, props: TeamPostgresSourceProps) {
    super(scope, id);
    const ssl = props.ssl ?? true;
    if (!ssl && props.environment === "prod") {
      throw new Error(`${this.node.path}: production sources must use SSL (team convention)`);
    }
    if (!/^[a-z][a-z0-9-]*$/.test(props.team) || !/^[a-z][a-z0-9-]*$/.test(props.dataset)) {
      throw new Error(`${this.node.path}: team and dataset must be lower-case words joined by "-"`);
    }
    this.sourceName = `${props.team}-${props.environment}-${props.dataset}`;
    const schemas = [...new Set(props.tables.map((t) => t.split(".")[0]))];
    const heartbeatSchema = `${props.team.replace(/-/g, "_")}_streamkap`;

    this.source = new StreamkapSource(this, "source", {
      name: this.sourceName,
      connector: "postgresql",
      desiredState: props.desiredState,
      config: {
        "database.hostname.user.defined": props.hostname,
        "database.port.user.defined": props.port ?? 5432,
        "database.user": props.user,
        "database.password": props.password,
        "database.dbname": props.database,
        "database.sslmode": ssl ? "require" : "disable",
        "schema.include.list": schemas.join(","),
        "table.include.list.user.defined": props.tables.join(","),
        "heartbeat.enabled": true,
        "heartbeat.data.collection.schema.or.database": heartbeatSchema,
        "signal.data.collection.schema.or.database": heartbeatSchema,
        "streamkap.snapshot.parallelism": props.snapshotParallelism ?? 1,
        "transforms.InsertStaticKey1.static.field": "team",
        "transforms.InsertStaticKey1.static.value": props.team,
        "transforms.InsertStaticValue1.static.field": "environment",
        "transforms.InsertStaticValue1.static.value": props.environment,
      },
    });
  }
}
