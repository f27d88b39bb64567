// Running a transform's JavaScript on records, with the API's semantics: per record the value
// function gives the new value (null or undefined drops the record), the key function the new
// key, the topic function one topic name or an array of them (each gets a copy: fan-out);
// without a topic function a record goes to `outputTopic(input topic)`. All three functions
// receive the input record as it came: (valueObject, keyObject, topic, timestamp). A record
// whose function throws, loops or returns too much gets an error naming the field, the function
// and the record; the other records still run. If the sandbox itself dies (memory) or stops
// answering, the records after it get an error saying they did not run.
import { implementationProblems, presentFunctions, TRANSFORM_FUNCTIONS, type FunctionField } from "./implementation";
import { DEFAULT_LIMITS, Sandbox, SandboxStopped, type SandboxLimits } from "./sandbox";

export interface InputRecord {
  topic: string;
  value: unknown;
  key?: unknown;
  /** Milliseconds since the epoch; 0 when absent (so runs are reproducible). */
  timestamp?: number;
}

export interface OutputRecord {
  topic: string;
  key: unknown;
  value: unknown;
  timestamp: number;
}

export interface RecordResult {
  /** Position of the input record in the list given to run(). */
  index: number;
  /** The records it became: none when dropped or failed, several when fanned out. */
  outputs: OutputRecord[];
  /** The value function returned null (or the topic function an empty list). */
  dropped: boolean;
  error?: TransformError;
  /** What the code printed with console.* while handling this record (at most 100 lines). */
  logs: string[];
}

export interface TransformRun {
  /** Every output record, in input order. */
  records: OutputRecord[];
  /** One entry per input record. */
  results: RecordResult[];
  /** The errors of all records, in input order (also on each result). */
  errors: TransformError[];
}

export interface RunOptions extends Partial<SandboxLimits> {
  /** The topic of a record that no topic function routed; by default its input topic. */
  outputTopic?: (inputTopic: string) => string;
}

/** A transform that cannot load (its problems listed) or a record it failed on. */
export class TransformError extends Error {
  constructor(
    message: string,
    /** The implementation field at fault (value_transform, ...), when one is. */
    readonly field?: FunctionField | "common_transform",
    /** The input record's position, for a record's error. */
    readonly record?: number,
  ) {
    super(message);
    this.name = "TransformError";
  }
}

/** A transform's code loaded in its sandbox, ready to run records; close() when done. */
export class LoadedTransform {
  private queue: Promise<unknown> = Promise.resolve();

  /** @internal use loadTransform(). */
  constructor(
    private readonly sandbox: Sandbox,
    private readonly functions: FunctionField[],
    private readonly options: RunOptions,
  ) {}

  /** Runs records through the transform, one after the other (the code's module state carries
   *  from one record to the next, as in a stream). Never rejects because of the transform's code. */
  run(records: readonly InputRecord[]): Promise<TransformRun> {
    const run = this.queue.then(() => this.runAll(records));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): Promise<void> {
    return this.sandbox.close();
  }

  private async runAll(records: readonly InputRecord[]): Promise<TransformRun> {
    const results: RecordResult[] = [];
    for (const [index, record] of records.entries()) results.push(await this.runOne(index, record));
    return {
      records: results.flatMap((r) => r.outputs),
      results,
      errors: results.flatMap((r) => (r.error ? [r.error] : [])),
    };
  }

  private async runOne(index: number, record: InputRecord): Promise<RecordResult> {
    const result: RecordResult = { index, outputs: [], dropped: false, logs: [] };
    const where = `record #${index} (topic ${JSON.stringify(record.topic)})`;
    let args: string;
    try {
      args = JSON.stringify([record.value ?? null, record.key ?? null, record.topic, record.timestamp ?? 0]);
    } catch (e) {
      result.error = new TransformError(`${where} is not JSON: ${(e as Error).message}`, undefined, index);
      return result;
    }
    if (this.sandbox.isStopped) {
      result.error = new TransformError(`${where} did not run: the sandbox stopped on an earlier record`, undefined, index);
      return result;
    }
    const returned: Partial<Record<FunctionField, unknown>> = {};
    for (const field of this.functions) {
      const fn = `${field}: ${TRANSFORM_FUNCTIONS[field]}`;
      let answer;
      try {
        answer = await this.sandbox.ask({ kind: "call", field, args, timeoutMs: this.sandbox.limits.timeoutMs }, this.sandbox.limits.timeoutMs);
      } catch (e) {
        const reason = e instanceof SandboxStopped ? `${e.message}; no later record runs` : (e as Error).message;
        result.error = new TransformError(`${fn} failed on ${where}: ${reason}`, field, index);
        return result;
      }
      if (answer.kind !== "called") throw new Error(`the sandbox answered ${answer.kind} to a call`);
      result.logs.push(...answer.logs);
      if (answer.error !== undefined) {
        result.error = new TransformError(`${fn} failed on ${where}: ${answer.error}`, field, index);
        return result;
      }
      returned[field] = JSON.parse(answer.result ?? "null");
      if (field === "value_transform" && returned.value_transform === null) {
        result.dropped = true;
        return result;
      }
    }
    const topics = this.routedTopics(record, returned);
    if (typeof topics === "string") {
      result.error = new TransformError(`topic_transform: ${TRANSFORM_FUNCTIONS.topic_transform} failed on ${where}: ${topics}`, "topic_transform", index);
      return result;
    }
    result.dropped = topics.length === 0;
    result.outputs = topics.map((topic) => ({
      topic,
      key: "key_transform" in returned ? returned.key_transform : (record.key ?? null),
      value: "value_transform" in returned ? returned.value_transform : record.value,
      timestamp: record.timestamp ?? 0,
    }));
    return result;
  }

  /** The output topics, or the reason the topic function's answer is not one. */
  private routedTopics(record: InputRecord, returned: Partial<Record<FunctionField, unknown>>): string[] | string {
    if (!("topic_transform" in returned)) return [this.options.outputTopic ? this.options.outputTopic(record.topic) : record.topic];
    const topics = returned.topic_transform;
    const list = Array.isArray(topics) ? topics : [topics];
    if (list.some((t) => typeof t !== "string" || t === "")) {
      return `returned ${JSON.stringify(topics)}; it must return a topic name or an array of topic names`;
    }
    return list as string[];
  }
}

/** Loads a transform's implementation (the implementation JSON, parsed) in a new sandbox.
 *  Rejects with a TransformError listing every problem when it does not fit the type, or
 *  naming the field when its code does not load (throws, loops, lacks its function). */
export async function loadTransform(transformType: string, implementation: unknown, options: RunOptions = {}): Promise<LoadedTransform> {
  const problems = implementationProblems(transformType, implementation);
  if (problems.length) throw new TransformError(`the ${transformType} implementation cannot run: ${problems.join("; ")}`);
  const limits: SandboxLimits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    maxOutputChars: options.maxOutputChars ?? DEFAULT_LIMITS.maxOutputChars,
    memoryMb: options.memoryMb ?? DEFAULT_LIMITS.memoryMb,
  };
  const impl = (implementation ?? {}) as Record<string, string | undefined>;
  const functions = presentFunctions(implementation);
  const sandbox = new Sandbox(limits);
  try {
    const answer = await sandbox.ask(
      {
        kind: "load",
        functions: functions.map((field) => ({ field, name: TRANSFORM_FUNCTIONS[field], source: impl[field] as string })),
        common: impl.common_transform || undefined,
        timeoutMs: limits.timeoutMs,
        maxOutputChars: limits.maxOutputChars,
      },
      limits.timeoutMs * (2 * functions.length + 1),
    );
    if (answer.kind !== "loaded") throw new Error(`the sandbox answered ${answer.kind} to a load`);
    if (answer.error) {
      const field = answer.error.field as FunctionField;
      throw new TransformError(`${field} (${TRANSFORM_FUNCTIONS[field]}) does not load: ${answer.error.message}`, field);
    }
  } catch (e) {
    await sandbox.close();
    throw e instanceof TransformError ? e : new TransformError(`the implementation does not load: ${(e as Error).message}`);
  }
  return new LoadedTransform(sandbox, functions, options);
}

/** Loads, runs the records and closes: the whole life of a sandbox in one call. */
export async function runTransform(
  transformType: string,
  implementation: unknown,
  records: readonly InputRecord[],
  options: RunOptions = {},
): Promise<TransformRun> {
  const transform = await loadTransform(transformType, implementation, options);
  try {
    return await transform.run(records);
  } finally {
    await transform.close();
  }
}
