// StreamkapSource: a Streamkap source connector from its API config keys, validated against
// the connector catalog at synth, with secret keys routed to the resource's sensitive map.
import { Construct } from "constructs";
import { sourceCatalog } from "../catalog";
import { capturedEntries } from "./captured-topics";
import type { ConfigValue } from "./config-validation";
import type { SourceConnectorConfigs } from "./connector-configs.generated";
import { resourceOptions, splitConnectorConfig, type TypedConnectorProps } from "./connector-config";
import { Source } from "./generated/providers/streamkap/source";

/** A source's props: its name, its connector id ("postgresql", "alloydb", "mysql", ...) and
 * its config in the API's own keys ("database.hostname.user.defined"), typed by the connector. */
export type StreamkapSourceProps = TypedConnectorProps<SourceConnectorConfigs>;

export class StreamkapSource extends Construct {
  /** The underlying `streamkap_source` resource. */
  readonly resource: Source;
  /** The API connector id, e.g. "postgresql". */
  readonly connector: string;
  /** The entries of the source's table (or collection) include list, when known at synth:
   * what StreamkapPipeline checks its topics against. */
  readonly capturedTables?: string[];

  constructor(scope: Construct, id: string, props: StreamkapSourceProps) {
    super(scope, id);
    const { config, secretConfig } = splitConnectorConfig(this, "source", props.connector, props.config);
    this.connector = props.connector;
    const given = props.config as Record<string, ConfigValue | undefined>;
    this.capturedTables = capturedEntries(sourceCatalog.get(props.connector), (key) => given[key]);
    this.resource = new Source(this, "resource", {
      name: props.name,
      connector: props.connector,
      config,
      secretConfig,
      ...resourceOptions(this, "source", props),
    });
  }

  /** The source's id (24 hexadecimal characters), known after apply. */
  get id(): string {
    return this.resource.id;
  }

  /** The source's name. */
  get name(): string {
    return this.resource.name;
  }

  /** The connector's status as Streamkap reports it ("Active", "Paused", "Broken", ...). */
  get connectorStatus(): string {
    return this.resource.connectorStatus;
  }

  /** The Kafka topics the source writes to. */
  get topics(): string[] {
    return this.resource.topics;
  }
}
