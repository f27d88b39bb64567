// What a transform reads, as synth can know it, and what it names its output. StreamkapTransform
// turns its `input` (a source, a source and some of its tables, or a topic pattern) into the
// input topic pattern it sends; StreamkapPipeline asks, for the topics of its source, which of
// them the transform reads and what it names them, to check a pipeline's transforms at synth.
// Matching and naming follow transform-runtime's rule (topicPatterns), the emulator's.
import { Token } from "cdktf";
import { topicPatterns } from "../transform-runtime/topic-patterns";
import type { PipelineSourceEnd } from "./pipeline-ends";

/** A transform's input: a whole source, a source's tables ("public.orders"), or a regular
 * expression over full topic names ("source_<id>\\.public\\.orders"). */
export type TransformInput = PipelineSourceEnd | { readonly source: PipelineSourceEnd; readonly topics: string[] } | string;

/** Stands for a source id not known before apply, in synth-time matching. */
const UNKNOWN_SOURCE_ID = "000000000000000000000000";

/** The input, resolved for the resource and for synth-time checks. */
export interface ResolvedInput {
  /** The input topic pattern the resource sends (may hold the source id's token). */
  readonly pattern: string;
  /** The output pattern to use when none is given: the table keeps its name. */
  readonly defaultOutput?: string;
  /** The source it reads, when the input names one. */
  readonly source?: PipelineSourceEnd;
  /** The pattern for a given source id, for matching at synth; undefined when synth cannot tell. */
  patternFor(sourceId: string): string | undefined;
}

/** The input pattern for a source's topics: `source_<id>\.(<tables>)`, group 1 being the table. */
export function resolveInput(input: TransformInput): ResolvedInput {
  if (typeof input === "string") {
    return { pattern: input, patternFor: () => (Token.isUnresolved(input) ? undefined : input) };
  }
  const source = "source" in input ? input.source : input;
  // Explicit topics are names (escaped); a source's own include list holds patterns already.
  const tables = "source" in input ? input.topics.map(escapeRegExp) : (source.capturedTables ?? [".*"]);
  const forId = (id: string) => `source_${id}\\.(${tables.join("|")})`;
  return { pattern: forId(source.id), defaultOutput: "$1", source, patternFor: forId };
}

/** Of a source's topics (by table), which a transform reads, and the name it gives each; undefined
 * when synth cannot tell (a pattern or output made of tokens). */
export function readTopics(input: ResolvedInput, output: string, sourceId: string, topics: readonly string[]): Map<string, string> | undefined {
  if (Token.isUnresolved(output)) return undefined;
  const id = Token.isUnresolved(sourceId) ? (literalSourceId(input) ?? UNKNOWN_SOURCE_ID) : sourceId;
  const pattern = input.patternFor(input.source ? UNKNOWN_SOURCE_ID : id);
  if (pattern === undefined) return undefined;
  const patterns = topicPatterns(pattern, output);
  const prefix = `source_${input.source ? UNKNOWN_SOURCE_ID : id}.`;
  const read = new Map<string, string>();
  for (const topic of topics) if (patterns.accepts(prefix + topic)) read.set(topic, patterns.outputTopic(prefix + topic));
  return read;
}

/** A pattern written with a source's literal id ("source_64f0…\\.public\\.orders") names it. */
function literalSourceId(input: ResolvedInput): string | undefined {
  return /source_([0-9a-f]{24})/.exec(input.pattern)?.[1];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
