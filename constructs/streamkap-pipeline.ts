// StreamkapPipeline: joins a source to a destination. It takes the construct objects
// themselves (StreamkapSource / StreamkapDestination, or the generated typed classes such as
// SourcePostgresql) and fills in their id, name and connector, so nothing is copied by hand;
// and it checks at synth that every topic is one the source captures, and that each
// StreamkapTransform it is given reads some of those topics (naming the topics the transform
// writes when they are not given).
import { Token, type ITerraformDependable, type TerraformProvider, type TerraformResourceLifecycle } from "cdktf";
import { Construct } from "constructs";
import { captures, typedSourceEntries } from "./captured-topics";
import type { StreamkapConnectorTimeouts } from "./connector-config";
import { Pipeline } from "./generated/providers/streamkap/pipeline";
import type { ConnectorEnd, PipelineSourceEnd } from "./pipeline-ends";
import { tagIdsFor, type StreamkapTag } from "./streamkap-tag";
import type { StreamkapTransform } from "./streamkap-transform";
import { readTopics } from "./transform-input";

export type { ConnectorEnd, PipelineSourceEnd } from "./pipeline-ends";

export interface StreamkapPipelineTransform {
  /** Id of the transform (e.g. data.streamkap_transform.x.id). */
  readonly id: string;
  /** Topics it applies to, by table ("public.orders"). */
  readonly topics: string[];
}

/** A StreamkapTransform in the pipeline, and which of its output topics the pipeline takes. */
export interface StreamkapPipelineTransformConstruct {
  readonly transform: StreamkapTransform;
  /** The transform's output topics to take, as it names them ("public.orders", "clean.orders").
   * Default: what it writes from the pipeline's topics it reads. */
  readonly topics?: string[];
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
  /** Transforms applied on the way: StreamkapTransform constructs (`{ transform, topics? }`),
   * or transforms by id with their topics. */
  readonly transforms?: (StreamkapPipelineTransformConstruct | StreamkapPipelineTransform)[];
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
    const transforms = props.transforms?.map((t) => ("transform" in t ? transformEntry(props, t) : { entry: { id: t.id, topics: t.topics }, problems: [] }));
    const problems = transforms?.flatMap((t) => t.problems) ?? [];
    if (problems.length > 0)
      throw new Error(`StreamkapPipeline "${this.node.path}" has transforms that do not fit its source:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    const { source, destination } = props;
    this.resource = new Pipeline(this, "resource", {
      name: props.name,
      source: { id: source.id, name: source.name, connector: source.connector, topics: props.topics },
      destination: { id: destination.id, name: destination.name, connector: destination.connector },
      transforms: transforms?.map((t) => t.entry),
      topicAutoDiscoveryTransforms: props.topicAutoDiscoveryTransforms?.map((t) => ({ transformId: t.transformId, regex: t.regex })),
      tags: tagIdsFor(this, "pipelines", props.tags),
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
  if (props.topics.length === 0)
    throw new Error(`StreamkapPipeline "${scope.node.path}" has no topics: name at least one table of the source, e.g. "public.orders".`);
  const entries = props.source.capturedTables ?? typedSourceEntries(props.source);
  if (!entries) return;
  const missing = props.topics.filter((topic) => !captures(entries, topic));
  if (missing.length === 0) return;
  throw new Error(
    `StreamkapPipeline "${scope.node.path}": ${missing.map((t) => `topic "${t}"`).join(", ")} ${missing.length === 1 ? "is" : "are"} not captured by its source, ` +
      `which captures ${entries.map((e) => `"${e}"`).join(", ")}. Add the table to the source's include list, or take it out of topics.`,
  );
}

/** A transform construct as the pipeline sends it, and what is wrong with it for this pipeline:
 * it must read the pipeline's source and some of its topics, and the topics taken must be ones
 * it writes from them. When synth cannot tell (patterns made of tokens), nothing is checked. */
function transformEntry(
  props: StreamkapPipelineProps,
  { transform, topics }: StreamkapPipelineTransformConstruct,
): { entry: StreamkapPipelineTransform; problems: string[] } {
  const named = `transform "${transform.node.path}"`;
  const problems: string[] = [];
  const reads = transform.input.source;
  if (reads && reads !== props.source)
    problems.push(`${named} reads another source (${describeEnd(reads)}) than the pipeline's (${describeEnd(props.source)})`);
  const written = readTopics(transform.input, transform.output, props.source.id, props.topics);
  if (written && problems.length === 0) {
    const outputs = [...new Set(written.values())];
    if (written.size === 0) {
      problems.push(
        `${named} reads topics matching "${transform.input.patternFor("<source id>") ?? transform.input.pattern}", which matches none of the pipeline's topics (${props.topics.join(", ")}) from its source`,
      );
    } else {
      const foreign = (topics ?? []).filter((t) => !outputs.includes(t));
      if (foreign.length > 0)
        problems.push(
          `${named} does not write ${foreign.map((t) => `"${t}"`).join(", ")} from the pipeline's topics; it writes ${outputs.map((t) => `"${t}"`).join(", ")}`,
        );
    }
  }
  const taken = topics ?? (written ? [...new Set(written.values())] : undefined);
  if (!taken && problems.length === 0) problems.push(`${named}: give the topics the pipeline takes from it (synth cannot tell what it writes)`);
  return { entry: { id: transform.id, topics: taken ?? [] }, problems };
}

/** A source as a message names it: its construct path, or its name when that is known. */
function describeEnd(end: ConnectorEnd): string {
  const path = (end as Partial<Construct>).node?.path;
  return path ? `"${path}"` : Token.isUnresolved(end.name) ? "a source whose name is known after apply" : `"${end.name}"`;
}
