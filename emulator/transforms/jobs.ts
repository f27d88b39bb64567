// A transform's deployment, as job_status reports it, and the topics it writes. A live deploy
// first loads the implementation and runs it on probe records in the sandbox
// (transform-runtime/): the job then shows DEPLOYING until its ready_at on the emulator's
// clock, and from then on FAILED with the reason (status_reason, beside the status, as pipelines
// have it; the API documents no field for it) when the code would not load or threw on a
// probe, RUNNING otherwise. The probe records are the implementation's own unit test inputs
// (`unit_test.input__json`) when it has them, else one record with an empty value and key on
// the first source topic the transform reads. SQL types are not run: their implementation is
// checked by the catalog's rule. Once RUNNING, the transform writes one output topic per source
// topic its input pattern takes, named by its output pattern (`transform_<id>_<version>.<name>`).
import { checkImplementation, transformCatalog } from "../../catalog/transform-types";
import { runsJavaScript, runTransform, topicPatterns, type InputRecord, type TopicPatterns } from "../../transform-runtime";
import { inTransition } from "../clock";
import type { StoredTransform, TransformJob } from "../store/model";

const INPUT_PATTERN = "transforms.input.topic.pattern";
const OUTPUT_PATTERN = "transforms.output.topic.pattern";

/** The job status GET job_status answers, or undefined when the transform has no live job. */
export function jobStatus(t: StoredTransform, now: number): string | undefined {
  if (t.declared) return t.declared.status;
  if (!t.job) return undefined;
  if (inTransition(t.job.ready_at, now)) return "DEPLOYING";
  return t.job.failure === null ? "RUNNING" : "FAILED";
}

/** Why the job FAILED (the load or probe error, naming the function and the record); null otherwise. */
export function jobFailure(t: StoredTransform, now: number): string | null {
  return jobStatus(t, now) === "FAILED" ? (t.job?.failure ?? null) : null;
}

export function jobName(t: StoredTransform): string {
  return `transform_${t.id}_${t.job?.version ?? t.version}`;
}

export function startTime(t: StoredTransform): string | null {
  if (t.declared) return t.declared.start_time;
  return t.job ? new Date(t.job.started_at).toISOString() : null;
}

/** The transform's patterns as a reader and a namer, or undefined when the input pattern is
 *  not a regular expression (such a transform reads nothing). */
export function patternsOf(t: StoredTransform): TopicPatterns | undefined {
  try {
    return topicPatterns(String(t.config[INPUT_PATTERN] ?? ""), String(t.config[OUTPUT_PATTERN] ?? ""));
  } catch {
    return undefined;
  }
}

/** The topics a RUNNING transform writes, by id, given the ids of the tenant's source topics. */
export function outputTopics(t: StoredTransform, sourceTopicIds: readonly string[], now: number): { id: string; name: string }[] {
  if (t.declared) return t.declared.topic_ids.map((id, i) => ({ id, name: t.declared?.topics[i] ?? id }));
  if (jobStatus(t, now) !== "RUNNING") return [];
  const patterns = patternsOf(t);
  if (!patterns) return [];
  const names = [...new Set(sourceTopicIds.filter(patterns.accepts).map(patterns.outputTopic))];
  return names.map((name) => ({ id: `${jobName(t)}.${name}`, name }));
}

/** Starts a live deployment of the transform's current implementation: probes it, and
 *  answers the job to store. */
export async function deployLive(t: StoredTransform, sourceTopicIds: readonly string[], now: number, deployMs: number): Promise<TransformJob> {
  return { version: t.version, started_at: now, ready_at: now + deployMs, failure: await probeFailure(t, sourceTopicIds) };
}

/** Why the implementation would fail as a job, or null. */
async function probeFailure(t: StoredTransform, sourceTopicIds: readonly string[]): Promise<string | null> {
  const type = transformCatalog.get(t.transform_type);
  if (!runsJavaScript(t.transform_type)) {
    if (!t.implementation) return `the ${t.transform_type} transform has no implementation to run`;
    const problems = checkImplementation(type, t.implementation);
    return problems.length ? problems.map((p) => `${p.path.join(".")} ${p.message}`).join("; ") : null;
  }
  const patterns = patternsOf(t);
  if (!patterns) return `its input topic pattern ${JSON.stringify(t.config[INPUT_PATTERN])} is not a regular expression`;
  const run = await runTransform(t.transform_type, t.implementation, probeRecords(t, sourceTopicIds, patterns), { outputTopic: patterns.outputTopic }).catch(
    (e: Error) => e,
  );
  if (run instanceof Error) return run.message;
  return run.errors.length ? run.errors[0].message : null;
}

function probeRecords(t: StoredTransform, sourceTopicIds: readonly string[], patterns: TopicPatterns): InputRecord[] {
  const topic = sourceTopicIds.find(patterns.accepts) ?? "probe";
  const unitTest = (t.implementation?.unit_test as { input__json?: unknown } | undefined)?.input__json;
  if (Array.isArray(unitTest) && unitTest.length) {
    return unitTest.map((r: Record<string, unknown>) => ({
      topic: typeof r?.topic === "string" ? r.topic : topic,
      value: r?.value ?? null,
      key: r?.key ?? null,
      timestamp: typeof r?.timestamp === "number" ? r.timestamp : 0,
    }));
  }
  return [{ topic, value: {}, key: {}, timestamp: 0 }];
}
