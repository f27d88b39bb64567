// StreamkapTransform: a Streamkap transform (map/filter, enrich, join, rollup, fan-out, topic
// router) between a source's topics and a pipeline, with its implementation as code. It picks
// the generated `streamkap_transform_<type>` class for its type, builds the input topic pattern
// from the source it is given, bundles a TypeScript implementation at synth (TransformCode) and
// checks everything against the transform catalog, listing every problem at once.
import { Token, type ITerraformDependable, type TerraformProvider, type TerraformResourceLifecycle } from "cdktf";
import { Construct } from "constructs";
import { checkFieldValue } from "../catalog";
import { editDistance } from "../catalog/config-check";
import { transformCatalog, TRANSFORM_LANGUAGE_KEY, type TransformType, type TransformTypeId } from "../catalog/transform-types";
import type { ConfigValue } from "./config-validation";
import type { StreamkapConnectorTimeouts } from "./connector-config";
import { TransformEnrich } from "./generated/providers/streamkap/transform-enrich";
import { TransformEnrichAsync } from "./generated/providers/streamkap/transform-enrich-async";
import { TransformFanOut } from "./generated/providers/streamkap/transform-fan-out";
import { TransformMapFilter } from "./generated/providers/streamkap/transform-map-filter";
import { TransformRollup } from "./generated/providers/streamkap/transform-rollup";
import { TransformSqlJoin } from "./generated/providers/streamkap/transform-sql-join";
import { TransformTopicRouter } from "./generated/providers/streamkap/transform-topic-router";
import { tagIdsFor, type StreamkapTag } from "./streamkap-tag";
import { camelCase, captures, typedSourceEntries } from "./captured-topics";
import { resolveInput, type ResolvedInput, type TransformInput } from "./transform-input";
import type { TransformCode } from "./transform/transform-code";

export interface StreamkapTransformProps {
  /** The transform's name, unique among the tenant's transforms. */
  readonly name: string;
  /** What it does: "map_filter", "enrich", "enrich_async", "sql_join", "rollup", "fan_out" or "topic_router". */
  readonly type: TransformTypeId;
  /** What it reads: a source (every table it captures), `{ source, topics: ["public.orders"] }`,
   * or a regular expression over full topic names ("source_<id>\\.public\\.orders"). */
  readonly input: TransformInput;
  /** How its output topics are named: a replacement for the input pattern's match, e.g.
   * "clean.$1". Default, for an input given as a source: "$1", the table's own name. */
  readonly output?: string;
  /** Its code or SQL: TransformCode.fromFile("transforms/clean-orders.ts"), or
   * TransformCode.fromImplementation({...}) for the SQL types. Left out, the implementation is
   * edited in Streamkap's app and only read back. */
  readonly implementation?: TransformCode;
  /** Whether each apply that changes it deploys its job and waits until it runs (default false). */
  readonly deploy?: boolean;
  /** How much history a deploy reprocesses: "7d", "3d", "24h", "10m" or "0". */
  readonly replayWindow?: string;
  /** Other settings in the API's own keys, e.g. { "transforms.input.job.parallelism": 2 }. */
  readonly config?: Record<string, ConfigValue>;
  /** Tags (StreamkapTag constructs or tag ids). */
  readonly tags?: (StreamkapTag | string)[];
  readonly timeouts?: StreamkapConnectorTimeouts;
  readonly provider?: TerraformProvider;
  readonly dependsOn?: ITerraformDependable[];
  readonly lifecycle?: TerraformResourceLifecycle;
}

/** The generated resource classes, by transform type. */
const RESOURCE_CLASSES = {
  map_filter: TransformMapFilter,
  enrich: TransformEnrich,
  enrich_async: TransformEnrichAsync,
  sql_join: TransformSqlJoin,
  rollup: TransformRollup,
  fan_out: TransformFanOut,
  topic_router: TransformTopicRouter,
} as const;

type TransformResource = InstanceType<(typeof RESOURCE_CLASSES)[TransformTypeId]>;

/** Config keys the construct sets from its own props. */
const INPUT_KEY = "transforms.input.topic.pattern";
const OUTPUT_KEY = "transforms.output.topic.pattern";

export class StreamkapTransform extends Construct {
  /** The underlying `streamkap_transform_<type>` resource. */
  readonly resource: TransformResource;
  readonly type: TransformTypeId;
  /** What it reads, resolved (StreamkapPipeline checks its topics with it). */
  readonly input: ResolvedInput;
  /** Its output topic pattern. */
  readonly output: string;

  constructor(scope: Construct, id: string, props: StreamkapTransformProps) {
    super(scope, id);
    const type = transformCatalog.find(props.type);
    if (!type) throw new Error(`StreamkapTransform "${this.node.path}": unknown type "${props.type}"; use one of ${transformCatalog.ids().join(", ")}.`);
    this.type = type.id;
    this.input = resolveInput(props.input);
    this.output = props.output ?? this.input.defaultOutput ?? "";

    const problems = [...inputProblems(props.input), ...configProblems(type, props.config ?? {})];
    if (this.output === "")
      problems.push(
        `output: give the output topic pattern (e.g. "clean.$1") when input is a pattern; Streamkap's default is a placeholder that names no topic`,
      );
    const replayWindows = transformCatalog.commonEnum("replay_window") ?? [];
    if (props.replayWindow !== undefined && !Token.isUnresolved(props.replayWindow) && !replayWindows.includes(props.replayWindow)) {
      problems.push(`replayWindow: "${props.replayWindow}" is not one of ${replayWindows.map((w) => `"${w}"`).join(", ")}`);
    }
    const code = props.implementation?.bind(type);
    problems.push(...(code?.problems ?? []));
    if (props.deploy && !props.implementation && type.implementation_rules.kind !== "none") {
      problems.push(
        `implementation: a ${type.id} transform cannot be deployed without one; give TransformCode.fromFile(...) or TransformCode.fromImplementation(...)`,
      );
    }
    if (problems.length > 0) {
      throw new Error(`StreamkapTransform "${this.node.path}" (type "${type.id}") is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    }

    const config: Record<string, ConfigValue> = { ...props.config, [INPUT_KEY]: this.input.pattern, [OUTPUT_KEY]: this.output };
    if (code?.language && type.fields.some((f) => f.api_key === TRANSFORM_LANGUAGE_KEY)) config[TRANSFORM_LANGUAGE_KEY] = code.language;
    // Each class takes the attributes of its type, which the catalog lists (attributesOf).
    const Resource = RESOURCE_CLASSES[type.id] as unknown as new (scope: Construct, id: string, config: Record<string, unknown>) => TransformResource;
    this.resource = new Resource(this, "resource", {
      name: props.name,
      ...attributesOf(type, config),
      implementationJson: code?.json,
      deploy: props.deploy,
      replayWindow: props.replayWindow,
      tags: tagIdsFor(this, "transforms", props.tags),
      timeouts: props.timeouts,
      provider: props.provider,
      dependsOn: props.dependsOn,
      lifecycle: props.lifecycle,
    });
  }

  /** The transform's id, known after apply. */
  get id(): string {
    return this.resource.id;
  }

  /** The transform's name. */
  get name(): string {
    return this.resource.name;
  }

  /** Its job's state as Streamkap reports it ("RUNNING", "FAILED", ...; "UNKNOWN" before a deploy). */
  get connectorStatus(): string {
    return this.resource.connectorStatus;
  }
}

/** The resource's props from config in API keys: `transforms.input.job.parallelism` → `transformsInputJobParallelism`. */
function attributesOf(type: TransformType, config: Record<string, ConfigValue>): Record<string, ConfigValue> {
  const attributes: Record<string, ConfigValue> = {};
  for (const field of type.fields) {
    const value = config[field.api_key];
    if (value === undefined) continue;
    // The generated classes take numbers for int fields; the API's own spelling may be "2".
    attributes[camelCase(field.tf_name)] = field.type === "int" && typeof value === "string" && !Token.isUnresolved(value) ? Number(value) : value;
  }
  return attributes;
}

function inputProblems(input: TransformInput): string[] {
  if (typeof input === "string") {
    if (Token.isUnresolved(input)) return [];
    try {
      new RegExp(input);
      return [];
    } catch (e) {
      return [`input: "${input}" is not a regular expression (${(e as Error).message})`];
    }
  }
  if (!("source" in input)) return [];
  if (input.topics.length === 0) return ['input: name at least one of the source\'s tables in topics, e.g. ["public.orders"]'];
  const entries = input.source.capturedTables ?? typedSourceEntries(input.source);
  const missing = entries ? input.topics.filter((t) => !captures(entries, t)) : [];
  return missing.length > 0
    ? [`input: ${missing.map((t) => `"${t}"`).join(", ")} not captured by the source, which captures ${entries!.map((e) => `"${e}"`).join(", ")}`]
    : [];
}

function configProblems(type: TransformType, config: Record<string, ConfigValue>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(config)) {
    if (key === INPUT_KEY || key === OUTPUT_KEY) {
      problems.push(`config "${key}": set it with ${key === INPUT_KEY ? "input" : "output"} instead`);
      continue;
    }
    const field = type.fields.find((f) => f.api_key === key);
    if (!field) {
      const near = type.fields.map((f) => f.api_key).sort((a, b) => editDistance(key, a) - editDistance(key, b))[0];
      const hint =
        near && editDistance(key, near) <= Math.max(3, Math.floor(key.length / 3))
          ? `; did you mean "${near}"?`
          : `; its keys are ${type.fields.map((f) => f.api_key).join(", ")}`;
      problems.push(`config "${key}" is not a ${type.id} setting${hint}`);
      continue;
    }
    if (Token.isUnresolved(value)) continue;
    const problem = checkFieldValue(field, value);
    if (problem) problems.push(`config "${key}" ${problem}`);
  }
  return problems;
}
