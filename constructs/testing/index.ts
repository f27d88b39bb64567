// cdktf-streamkap/testing: run a transform's code on sample records in a test, with no server.
// The code is bundled exactly as `cdktf synth` bundles it for StreamkapTransform (the same
// implementation JSON, byte for byte) and run in the sandbox the local Streamkap emulator runs
// deployed transforms in (transform-runtime/), so what a jest test asserts is what the
// deployed transform does.
//
//   import { runTransform } from "cdktf-streamkap/testing";
//   const run = await runTransform("transforms/clean-orders.ts", [{ topic: "source_1.public.orders", value: { ... } }]);
//   expect(run.records).toEqual([...]);
import { transformCatalog, type TransformTypeId } from "../../catalog/transform-types";
import { runTransform as runInSandbox, topicPatterns, type InputRecord, type RunOptions, type TransformRun } from "../../transform-runtime";
import { TransformCode } from "../transform/transform-code";

export type { InputRecord, OutputRecord, RecordResult, TransformRun } from "../../transform-runtime";
export { TransformError } from "../../transform-runtime";

export interface RunTransformOptions {
  /** The transform's type, as StreamkapTransform's `type` (default "map_filter"). */
  readonly type?: TransformTypeId;
  /** The transform's input topic pattern and output pattern: with both, records that no topic
   * function routes go to the topic the deployed transform would name (e.g. "clean.$1"). */
  readonly inputPattern?: string;
  readonly outputPattern?: string;
  /** Longest time one function may take on one record, in ms (default 1000). */
  readonly timeoutMs?: number;
  /** Longest JSON one function may return, in characters (default 1 000 000). */
  readonly maxOutputChars?: number;
  /** The sandbox's heap, in MB (default 128). */
  readonly memoryMb?: number;
}

/** Bundles `code` (a TransformCode, or a module's path as TransformCode.fromFile takes it) as
 * synth does and runs `records` through it in the emulator's sandbox. Resolves with every
 * output record and one result per input (a record the code failed on has its error there);
 * rejects when the code cannot be bundled or loaded, listing every problem. */
export async function runTransform(code: TransformCode | string, records: readonly InputRecord[], options: RunTransformOptions = {}): Promise<TransformRun> {
  const type = transformCatalog.get(options.type ?? "map_filter");
  const bound = (typeof code === "string" ? TransformCode.fromFile(code) : code).bind(type);
  if (!bound.json) throw new Error(`the ${type.id} transform's code has problems:\n${bound.problems.map((p) => `  - ${p}`).join("\n")}`);
  const { inputPattern, outputPattern, timeoutMs, maxOutputChars, memoryMb } = options;
  const run: RunOptions = { timeoutMs, maxOutputChars, memoryMb };
  if (inputPattern !== undefined && outputPattern !== undefined) run.outputTopic = topicPatterns(inputPattern, outputPattern).outputTopic;
  return runInSandbox(type.id, JSON.parse(bound.json), records, run);
}
