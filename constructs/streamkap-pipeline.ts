// StreamkapPipeline: joins a source to a destination. It takes the construct objects
// themselves (StreamkapSource / StreamkapDestination, or the generated typed classes such as
// SourcePostgresql) and fills in their id, name and connector, so nothing is copied by hand;
// and it checks at synth that every topic is one the source captures.
import type { ITerraformDependable, TerraformProvider, TerraformResourceLifecycle } from "cdktf";
import { Construct } from "constructs";
import { captures, typedSourceEntries } from "./captured-topics";
import type { StreamkapConnectorTimeouts } from "./connector-config";
import { Pipeline } from "./generated/providers/streamkap/pipeline";
import type { StreamkapTag } from "./streamkap-tag";

/** A source or destination as the pipeline needs it: what every connector construct and
 * generated connector class has. */
export interface ConnectorEnd {
  readonly id: string;
  readonly name: string;
  readonly connector: string;
}

/** A source, and what it captures when synth can know it (StreamkapSource says so itself;
 * generated typed classes are read from their configured include list). */
export type PipelineSourceEnd = ConnectorEnd & { readonly capturedTables?: string[] };

export interface StreamkapPipelineTransform {
  /** Id of the transform (e.g. data.streamkap_transform.x.id). */
  readonly id: string;
  /** Topics it applies to, by table ("public.orders"). */
  readonly topics: string[];
}

export interface StreamkapPipelineProps {
  /** The pipeline's name, unique in the Streamkap tenant. */
  readonly name: string;
  /** The source to read from: a StreamkapSource or a generated source class. */
  readonly source: PipelineSourceEnd;
  /** The destination to write to: a StreamkapDestination or a generated destination class. */
  readonly destination: ConnectorEnd;
  /** The source's topics to stream, by table ("public.orders"); each must be captured by the source. */
  readonly topics: string[];
  /** Transforms applied on the way, each to some of the topics. */
  readonly transforms?: StreamkapPipelineTransform[];
  /** Transforms that take on new topics matching a regular expression. */
  readonly topicAutoDiscoveryTransforms?: { readonly transformId: string; readonly regex: string }[];
  /** Tags (StreamkapTag constructs or tag ids). Default: the system Development tag. */
  readonly tags?: (StreamkapTag | string)[];
  /** Whether tables added to the source later are snapshotted first (default true). */
  readonly snapshotNewTables?: boolean;
  readonly timeouts?: StreamkapConnectorTimeouts;
  readonly provider?: TerraformProvider;
  readonly dependsOn?: ITerraformDependable[];
  readonly lifecycle?: TerraformResourceLifecycle;
}

export class StreamkapPipeline extends Construct {
  /** The underlying `streamkap_pipeline` resource. */
  readonly resource: Pipeline;

  constructor(scope: Construct, id: string, props: StreamkapPipelineProps) {
    super(scope, id);
    checkTopics(this, props);
    const { source, destination } = props;
    this.resource = new Pipeline(this, "resource", {
      name: props.name,
      source: { id: source.id, name: source.name, connector: source.connector, topics: props.topics },
      destination: { id: destination.id, name: destination.name, connector: destination.connector },
      transforms: props.transforms?.map((t) => ({ id: t.id, topics: t.topics })),
      topicAutoDiscoveryTransforms: props.topicAutoDiscoveryTransforms?.map((t) => ({ transformId: t.transformId, regex: t.regex })),
      tags: props.tags?.map((t) => (typeof t === "string" ? t : t.id)),
      snapshotNewTables: props.snapshotNewTables,
      timeouts: props.timeouts,
      provider: props.provider,
      dependsOn: props.dependsOn,
      lifecycle: props.lifecycle,
    });
  }

  /** The pipeline's id, known after apply. */
  get id(): string {
    return this.resource.id;
  }

  /** The pipeline's state as Streamkap reports it ("Active", "Broken", ...). */
  get status(): string {
    return this.resource.status;
  }
}

/** Every topic must be one the source captures, when synth knows what it captures. */
function checkTopics(scope: Construct, props: StreamkapPipelineProps): void {
  if (props.topics.length === 0) throw new Error(`StreamkapPipeline "${scope.node.path}" has no topics: name at least one table of the source, e.g. "public.orders".`);
  const entries = props.source.capturedTables ?? typedSourceEntries(props.source);
  if (!entries) return;
  const missing = props.topics.filter((topic) => !captures(entries, topic));
  if (missing.length === 0) return;
  throw new Error(
    `StreamkapPipeline "${scope.node.path}": ${missing.map((t) => `topic "${t}"`).join(", ")} ${missing.length === 1 ? "is" : "are"} not captured by its source, ` +
      `which captures ${entries.map((e) => `"${e}"`).join(", ")}. Add the table to the source's include list, or take it out of topics.`,
  );
}
