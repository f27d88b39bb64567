// A team's standard change-data-capture flow in one construct that every environment's stack
// uses: a PostgreSQL source, a Snowflake destination and the pipeline joining them, with the
// team's conventions applied once, here:
// - naming: "<team>-<environment>-<dataset>" for the source, the same with "-snowflake" for the
//   destination and "-to-snowflake" for the pipeline, so that they sort by owner in the UI;
//   in Snowflake the data lands in the schema <TEAM>_<DATASET>;
// - a team tag ("<team>-<environment>") on all three, and the system environment tag
//   (Development or Production) on the pipeline, so that the UI filters by owner and stage;
// - heartbeat: always on, writing to the team's heartbeat schema, so that a quiet database
//   still advances its replication slot (and WAL does not pile up);
// - SSL: required, and production refuses to turn it off;
// - static key fields: every record's key carries "team" and every value "environment", so that
//   downstream consumers can route and filter without parsing topic names.
import { Construct } from "constructs";
import { StreamkapDestination, StreamkapPipeline, StreamkapSource, StreamkapTag, SYSTEM_TAGS, type DesiredState } from "cdktf-streamkap";

export type Environment = "dev" | "prod";

export interface TeamDatabase {
  readonly hostname: string;
  readonly port?: number;
  readonly name: string;
  readonly user: string;
  /** A token (sensitive variable), never a literal. */
  readonly password: string;
  /** "schema.table" names; the source captures them and the pipeline takes them all. */
  readonly tables: string[];
  /** Default true; only dev may turn it off (a local database without TLS). */
  readonly ssl?: boolean;
  /** Parallel snapshot workers, 1-10 (default 1). */
  readonly snapshotParallelism?: number;
}

export interface TeamWarehouse {
  /** The Snowflake account URL, e.g. "acme.snowflakecomputing.com". */
  readonly url: string;
  readonly user: string;
  /** A token (sensitive variable), never a literal. */
  readonly privateKey: string;
  readonly database: string;
  /** The Snowflake virtual warehouse that loads the data (its size is the cost). */
  readonly computeWarehouse: string;
  /** Records per poll, how much the destination loads at once (default 10000). */
  readonly maxPollRecords?: number;
}

export interface TeamFlowProps {
  readonly team: string;
  readonly environment: Environment;
  /** What the flow carries, e.g. "orders". */
  readonly dataset: string;
  readonly database: TeamDatabase;
  readonly warehouse: TeamWarehouse;
  /** For both connectors. The pipeline's apply waits until it is Active, so a new flow starts
   * Active; pause an existing one. */
  readonly desiredState?: DesiredState;
}

const WORD = /^[a-z][a-z0-9-]*$/;

export class TeamFlow extends Construct {
  readonly tag: StreamkapTag;
  readonly source: StreamkapSource;
  readonly destination: StreamkapDestination;
  readonly pipeline: StreamkapPipeline;
  /** "<team>-<environment>-<dataset>", the name the others derive from. */
  readonly baseName: string;

  constructor(scope: Construct, id: string, props: TeamFlowProps) {
    super(scope, id);
    const { team, environment, dataset, database, warehouse } = props;
    const ssl = database.ssl ?? true;
    if (!ssl && environment === "prod") {
      throw new Error(`${this.node.path}: production sources must use SSL (team convention)`);
    }
    if (!WORD.test(team) || !WORD.test(dataset)) {
      throw new Error(`${this.node.path}: team and dataset must be lower-case words joined by "-"`);
    }
    this.baseName = `${team}-${environment}-${dataset}`;
    const schemas = [...new Set(database.tables.map((t) => t.split(".")[0]))];
    const heartbeatSchema = `${team.replace(/-/g, "_")}_streamkap`;

    this.tag = new StreamkapTag(this, "tag", {
      name: `${team}-${environment}`,
      description: `Owned by the ${team} team (${environment})`,
      type: ["sources", "destinations", "pipelines"],
    });

    this.source = new StreamkapSource(this, "source", {
      name: this.baseName,
      connector: "postgresql",
      desiredState: props.desiredState,
      config: {
        "database.hostname.user.defined": database.hostname,
        "database.port.user.defined": database.port ?? 5432,
        "database.user": database.user,
        "database.password": database.password,
        "database.dbname": database.name,
        "database.sslmode": ssl ? "require" : "disable",
        "schema.include.list": schemas.join(","),
        "table.include.list.user.defined": database.tables.join(","),
        "heartbeat.enabled": true,
        "heartbeat.data.collection.schema.or.database": heartbeatSchema,
        "signal.data.collection.schema.or.database": heartbeatSchema,
        "streamkap.snapshot.parallelism": database.snapshotParallelism ?? 1,
        "transforms.InsertStaticKey1.static.field": "team",
        "transforms.InsertStaticKey1.static.value": team,
        "transforms.InsertStaticValue1.static.field": "environment",
        "transforms.InsertStaticValue1.static.value": environment,
      },
    });

    this.destination = new StreamkapDestination(this, "destination", {
      name: `${this.baseName}-snowflake`,
      connector: "snowflake",
      desiredState: props.desiredState,
      config: {
        "snowflake.url.name": warehouse.url,
        "snowflake.user.name": warehouse.user,
        "snowflake.private.key": warehouse.privateKey,
        "snowflake.database.name": warehouse.database,
        "snowflake.schema.name": `${team}_${dataset}`.replace(/-/g, "_").toUpperCase(),
        sfwarehouse: warehouse.computeWarehouse,
        "consumer.override.max.poll.records": warehouse.maxPollRecords ?? 10000,
      },
    });

    // The constructs take no tags of their own; the resources beneath them do.
    this.source.resource.tags = [this.tag.id];
    this.destination.resource.tags = [this.tag.id];

    const stage = environment === "prod" ? SYSTEM_TAGS.production : SYSTEM_TAGS.development;
    this.pipeline = new StreamkapPipeline(this, "pipeline", {
      name: `${this.baseName}-to-snowflake`,
      source: this.source,
      destination: this.destination,
      topics: database.tables,
      tags: [this.tag, stage.id],
    });
  }
}
