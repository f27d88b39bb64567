// transform-runtime: runs a Streamkap JavaScript transform (the implementation JSON's code, as
// bundled for deployment) on records, in a sandbox, the way the emulator runs a deployed
// transform. The emulator and the offline test runner (`cdktf-streamkap/testing`) both run
// transforms through this module alone, so a test on a laptop and the local service run the
// same code the same way. It imports only Node's built-ins and the transform catalog.
//
// API
//   runTransform(type, implementation, records, options?) → Promise<TransformRun>
//     Loads, runs every record, closes. `type` is the API transform type (map_filter,
//     enrich_async, fan_out, topic_router; SQL types are refused), `implementation` the parsed
//     implementation JSON: {language: "JAVASCRIPT", value_transform, key_transform?,
//     topic_transform?, common_transform?} where each code field is source defining
//       _streamkap_transform(valueObject, keyObject, topic, timestamp)        → new value | null (drop)
//       _streamkap_transform_key(valueObject, keyObject, topic, timestamp)    → new key
//       _streamkap_transform_topic(valueObject, keyObject, topic, timestamp)  → topic | topic[] (fan-out)
//     (functions may be async; common_transform's source runs first beside each of them).
//     Records: {topic, value, key?, timestamp? (ms, default 0)}; every function sees the input
//     record. TransformRun = {records: OutputRecord[] ({topic, key, value, timestamp}, input
//     order), results: one RecordResult per input ({index, outputs, dropped, error?, logs}),
//     errors}. A record's failure (throws, exceeds the time limit, returns non-JSON or too much,
//     a bad topic answer) is a TransformError in its result, saying
//     "value_transform: _streamkap_transform failed on record #2 (topic "a.b"): <reason, stack>";
//     the other records still run. Rejects only with a TransformError when the implementation
//     cannot load: problems for the type (missing field, language), code that throws or loops
//     at its top level, a field that does not define its function.
//   loadTransform(type, implementation, options?) → Promise<LoadedTransform>
//     The same in steps: .run(records) as often as needed (module state carries over, as in a
//     stream; runs are queued), then .close(). An unclosed sandbox does not keep the process up.
//   options: {timeoutMs (per function per record, and per code field at load; 1000),
//     maxOutputChars (per function's JSON answer; 1 000 000), memoryMb (sandbox heap; 128),
//     outputTopic(inputTopic) (where records go that no topic function routes; default the input topic)}.
//   topicPatterns(inputPattern, outputPattern) → {accepts(topic), outputTopic(topic)}: a
//     transform's config patterns as a reader and a namer; pass `.outputTopic` as the option.
//   implementationProblems(type, implementation) → string[] (the catalog's checkImplementation, plus
//     "JavaScript only"); runsJavaScript(type);
//     TRANSFORM_FUNCTIONS (field → function name).
//
// The sandbox: a worker thread with a heap limit, one node:vm context per code field holding
// only JavaScript's built-ins and a console that is captured (no require, process, timers,
// filesystem or network); no host object ever enters it; every entry runs under the time limit
// with microtasks included; a worker that dies or stops answering is killed, and the caller
// gets errors, never a crash or a hang. Details: sandbox-worker.ts and sandbox.ts.
export { implementationProblems, runsJavaScript, TRANSFORM_FUNCTIONS, FUNCTION_FIELDS } from "./implementation";
export type { FunctionField } from "./implementation";
export { DEFAULT_LIMITS } from "./sandbox";
export type { SandboxLimits } from "./sandbox";
export { topicPatterns } from "./topic-patterns";
export type { TopicPatterns } from "./topic-patterns";
export { loadTransform, runTransform, LoadedTransform, TransformError } from "./transform";
export type { InputRecord, OutputRecord, RecordResult, RunOptions, TransformRun } from "./transform";
