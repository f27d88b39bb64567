// Waiting for a connector's (or a pipeline's, or a transform job's) real outcome. Writes are sent with wait=false and the connector is
// then polled, with growing pauses, until its status reaches the desired state, ends
// Broken, disappears, or the operation's time runs out — so a timeout is Terraform's, not a
// socket's, and a Broken connector is reported with what its tasks say.
import type { ApiConnector } from "./connectors";
import type { ApiObject, CollectionApi } from "./collection-api";
import { redact } from "../transport/redaction";
import { sleep } from "../transport/retry";

export interface PollOptions {
  /** Absolute time (ms since epoch) by which the wait must end. */
  deadline: number;
  signal?: AbortSignal;
  /** Values that must never appear in a message (the write's secrets). */
  secrets?: string[];
  firstDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** `latest`: the object as last seen. */
export type WaitOutcome<T extends ApiObject = ApiConnector> = { ok: true; latest: T } | { ok: false; latest?: T; problem: string };
export type GoneOutcome<T extends ApiObject = ApiConnector> = { ok: true } | { ok: false; latest: T; problem: string };

/** Where an object keeps its status, and how to explain it: a connector's connector_status
 * and task states, or a pipeline's status and reason. */
export interface StatusReader<T extends ApiObject> {
  statusOf(found: T): string | undefined;
  describe(found: T, secrets?: string[]): string;
  /** Statuses from which the object does not move on by itself (default: Broken). */
  failed?: readonly string[];
}

export const CONNECTOR_STATUS: StatusReader<ApiConnector> = {
  statusOf: (found) => found.connector_status,
  describe: (found, secrets) => describeStatus(found, secrets),
};

/** Statuses from which a connector does not move on by itself. */
const FAILED_STATUSES = ["Broken"];

/** Polls until the status `reader` reads is `target` (or one of them). `initial` is the write's
 * answer. */
export async function waitForStatus<T extends ApiObject>(
  api: Pick<CollectionApi<T, never>, "get">,
  initial: T,
  target: string | readonly string[],
  opts: PollOptions,
  reader: StatusReader<T>,
): Promise<WaitOutcome<T>> {
  const targets: readonly string[] = typeof target === "string" ? [target] : target;
  const wanted = targets.join(" or ");
  let latest = initial;
  for (const delay of pauses(opts)) {
    if (targets.includes(String(reader.statusOf(latest)))) return { ok: true, latest };
    if (delay === undefined)
      return { ok: false, latest, problem: `it is still ${reader.describe(latest, opts.secrets)} after the time allowed (see the resource's timeouts block)` };
    // A write answered at once may still show the previous deployment's outcome: only a
    // Broken seen after the first poll counts.
    if (latest !== initial && (reader.failed ?? FAILED_STATUSES).includes(String(reader.statusOf(latest)))) {
      return { ok: false, latest, problem: `it ended ${reader.describe(latest, opts.secrets)} instead of ${wanted}` };
    }
    await (opts.sleep ?? sleep)(delay, opts.signal);
    const next = await api.get(initial.id, { signal: opts.signal, fresh: true });
    if (!next) return { ok: false, problem: "it was deleted while Terraform waited for it" };
    latest = next;
  }
  throw new Error("unreachable");
}

/** Polls until the connector is gone. */
export async function waitUntilGone<T extends ApiObject>(
  api: Pick<CollectionApi<T, never>, "get">,
  id: string,
  opts: PollOptions,
  reader: StatusReader<T>,
): Promise<GoneOutcome<T>> {
  let last: T | undefined;
  for (const delay of pauses(opts)) {
    last = await api.get(id, { signal: opts.signal, fresh: true });
    if (!last) return { ok: true };
    if (delay === undefined) return { ok: false, latest: last, problem: `it still exists (${reader.describe(last, opts.secrets)}) after the time allowed` };
    await (opts.sleep ?? sleep)(delay, opts.signal);
  }
  throw new Error("unreachable");
}

/** Pauses that grow by half each time up to a ceiling, clipped to the deadline; after the
 * deadline one last `undefined` (one more look, then give up). */
function* pauses(opts: PollOptions): Generator<number | undefined> {
  const now = opts.now ?? Date.now;
  let delay = opts.firstDelayMs ?? 200;
  const max = opts.maxDelayMs ?? 10_000;
  for (;;) {
    const left = opts.deadline - now();
    if (left <= 0) {
      yield undefined;
      return;
    }
    yield Math.min(delay, left);
    delay = Math.min(max, Math.ceil(delay * 1.5));
  }
}

/** "Broken (task 0: FAILED — ConnectException: ...)", secrets redacted. */
export function describeStatus(found: ApiConnector, secrets: string[] = []): string {
  const status = String(found.connector_status ?? "unknown");
  const tasks = found.task_statuses;
  if (!tasks || typeof tasks !== "object") return status;
  const parts = Object.entries(tasks as Record<string, { state?: unknown; trace?: unknown }>).map(([task, info]) => {
    const trace = typeof info?.trace === "string" ? ` — ${firstLine(info.trace)}` : "";
    return `task ${task}: ${typeof info?.state === "string" ? info.state : "unknown"}${trace}`;
  });
  const text = parts.length ? `${status} (${parts.join("; ")})` : `${status} (no tasks)`;
  return redact(text, secrets);
}

function firstLine(text: string): string {
  const line = text.split("\n")[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
