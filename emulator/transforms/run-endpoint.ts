// POST /__emulator/transforms/{id}/run: records in, the transform's output records and topics
// out, so a test can see what a transform does without Kafka. Outside the API, like the
// console: no token, not counted, no faults, and served to whom the console is (its access
// rule). It changes nothing: it runs the transform's current implementation in a fresh sandbox
// (transform-runtime/); a record on a topic the input pattern does not take refuses the run
// (422 naming it); each output record carries the topic id the running transform would write
// (`transform_<id>_<version>.<name>`).
//   body:   {"records": [{"topic": "source_….public.orders", "value": {…}, "key"?: …, "timestamp"?: ms}]}
//   answer: {"records": [{topic, topic_id, key, value, timestamp}],
//            "results": [{index, dropped, outputs, error: string|null, logs}], "errors": [string]}
import type { Middleware } from "../http/exchange";
import { safeDecode } from "../http/router";
import { BodyTooLarge, discardRest, readBody, sendJson } from "../http/wire";
import { requestAllowed, type ConsoleMode } from "../console/access";
import type { TenantStores } from "../store/tenant";
import { loadTransform, type InputRecord, type OutputRecord } from "../../transform-runtime";
import { jobName, patternsOf } from "./jobs";

const PATH = /^\/__emulator\/transforms\/([^/]+)\/run$/;
const MAX_RECORDS = 1000;

export function transformRunEndpoint(stores: TenantStores, mode: ConsoleMode): Middleware {
  return async (ex, next) => {
    const match = PATH.exec(ex.url.pathname);
    if (!match) return next();
    const { res } = ex;
    if (!requestAllowed(mode, ex.req.headers.host))
      return sendJson(res, 403, { detail: "The /__emulator/ endpoints answer only on a loopback address (--console on serves them everywhere)" });
    if (ex.method !== "POST") return sendJson(res, 405, { detail: "Method Not Allowed: POST records to run them" });
    const body = await readBody(ex.req).catch((e: Error) => e);
    if (body instanceof BodyTooLarge) {
      discardRest(ex.req);
      return sendJson(res, 413, { detail: body.message });
    }
    const transform = stores.transforms.get(safeDecode(match[1]));
    if (!transform) return sendJson(res, 404, { detail: `Transform not found: ${match[1]}` });
    const records = parseRecords(body);
    if (typeof records === "string") return sendJson(res, 422, { detail: records });
    const patterns = patternsOf(transform);
    if (!patterns) return sendJson(res, 422, { detail: "the transform's input topic pattern is not a regular expression" });
    const refused = records.findIndex((r) => !patterns.accepts(r.topic));
    if (refused >= 0) {
      return sendJson(res, 422, {
        detail: `records[${refused}].topic ${JSON.stringify(records[refused].topic)} is not an input of this transform: its input pattern is ${JSON.stringify(transform.config["transforms.input.topic.pattern"])}`,
      });
    }

    let loaded;
    try {
      loaded = await loadTransform(transform.transform_type, transform.implementation, { outputTopic: patterns.outputTopic });
    } catch (e) {
      return sendJson(res, 422, { detail: (e as Error).message });
    }
    try {
      const run = await loaded.run(records);
      const prefix = jobName(transform);
      const view = (o: OutputRecord) => ({ topic: o.topic, topic_id: `${prefix}.${o.topic}`, key: o.key, value: o.value, timestamp: o.timestamp });
      sendJson(res, 200, {
        records: run.records.map(view),
        results: run.results.map((r) => ({ index: r.index, dropped: r.dropped, outputs: r.outputs.map(view), error: r.error?.message ?? null, logs: r.logs })),
        errors: run.errors.map((e) => e.message),
      });
    } finally {
      await loaded.close();
    }
  };
}

/** The records of a run's body, or what is wrong with it. */
function parseRecords(raw: string | Error): InputRecord[] | string {
  if (raw instanceof Error) return raw.message;
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return "the body is not JSON";
  }
  const records = (body as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) return 'the body needs "records": a list of {topic, value, key?, timestamp?}';
  if (records.length > MAX_RECORDS) return `at most ${MAX_RECORDS} records per run`;
  for (const [i, r] of (records as unknown[]).entries()) {
    if (r === null || typeof r !== "object" || typeof (r as { topic?: unknown }).topic !== "string") return `records[${i}] needs a topic (a string)`;
    const { timestamp } = r as { timestamp?: unknown };
    if (timestamp !== undefined && typeof timestamp !== "number") return `records[${i}].timestamp must be milliseconds (a number)`;
  }
  return records as InputRecord[];
}
