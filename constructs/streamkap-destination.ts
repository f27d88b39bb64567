// StreamkapDestination: a Streamkap destination connector (Snowflake, ClickHouse, S3, ...) from
// its API config keys, validated against the destination catalog at synth, with secret keys
// routed to the resource's sensitive map.
import { Construct } from "constructs";
import type { DestinationConnectorConfigs } from "./connector-configs.generated";
import { resourceOptions, splitConnectorConfig, type TypedConnectorProps } from "./connector-config";
import { Destination } from "./generated/providers/streamkap/destination";

/** A destination's props: its name, its connector id ("snowflake", "clickhouse", "s3", ...)
 * and its config in the API's own keys ("snowflake.url.name"), typed by the connector. */
export type StreamkapDestinationProps = TypedConnectorProps<DestinationConnectorConfigs>;

export class StreamkapDestination extends Construct {
  /** The underlying `streamkap_destination` resource. */
  readonly resource: Destination;
  /** The API connector id, e.g. "snowflake". */
  readonly connector: string;

  constructor(scope: Construct, id: string, props: StreamkapDestinationProps) {
    super(scope, id);
    const { config, secretConfig } = splitConnectorConfig(this, "destination", props.connector, props.config);
    this.connector = props.connector;
    this.resource = new Destination(this, "resource", {
      name: props.name,
      connector: props.connector,
      config,
      secretConfig,
      ...resourceOptions(this, "destination", props),
    });
  }

  /** The destination's id (24 hexadecimal characters), known after apply. */
  get id(): string {
    return this.resource.id;
  }

  /** The destination's name. */
  get name(): string {
    return this.resource.name;
  }

  /** The connector's status as Streamkap reports it ("Active", "Paused", "Broken", ...). */
  get connectorStatus(): string {
    return this.resource.connectorStatus;
  }
}
