// /transforms through the client's request engine: the collection every other kind has
// (create, read, list, update, delete; with the transform wire's quirks: the id of an update
// in the body of PUT /transforms, the id of a delete in the query of DELETE /transforms?id=,
// no `wait`), and what only transforms have (streamkap-api-transforms.md): the implementation
// written through PUT /transforms/{id}/implementation_details, the job deployed through
// deploy-job-preview (Flink types, with the replay window) then deploy-job-live, and observed
// through GET /transforms/{id}/job_status.
//
// job_status answers {id, job_name, status, start_time}; a job that failed may say why in
// `status_reason` (also read: `reason`, `error`, `message`), which the apply reports. A
// transform with no job answers 400 "Job not found" / "Transform not found": no job yet.
import { StreamkapApiError } from "../transport/api-error";
import type { RequestEngine } from "../transport/engine";
import type { ApiObject, CollectionApi, WriteOptions } from "./collection-api";
import { RestCollection } from "./rest-collection";

export interface ApiTransform extends ApiObject {
  transform_type?: string;
  status?: unknown;
  config?: Record<string, unknown>;
  implementation?: unknown;
  topics?: unknown;
  topic_ids?: unknown;
  start_time?: string | null;
  tags?: unknown;
}

/** The body of a transform's create or update (the update's id travels beside it). */
export interface TransformWrite {
  /** The transform's name, also sent as config["transforms.name"]; not on the wire at the top. */
  name: string;
  transform: string;
  config: Record<string, unknown>;
  /** Sent on update: the API replaces the implementation with what the PUT carries. */
  implementation?: Record<string, unknown>;
  tags: string[] | null;
}

/** A transform's job as GET /transforms/{id}/job_status reports it. `id` is the transform's. */
export interface TransformJob extends ApiObject {
  status?: string;
  job_name?: string;
  start_time?: string | null;
  /** Why the job failed, when the API says. */
  status_reason?: string;
}

/** The version the deploy calls name: the latest (the API turns it into its own number). */
export const LATEST_VERSION = "no-version";

export interface TransformApi extends CollectionApi<ApiTransform, TransformWrite> {
  putImplementation(id: string, implementation: Record<string, unknown>, opts?: WriteOptions): Promise<void>;
  /** Starts the job: preview first when `preview` (with the replay window, if any), then live. */
  deploy(id: string, how: { preview: boolean; replayWindow?: string }, opts?: WriteOptions): Promise<void>;
  /** The job's state; undefined when the transform has no job (never deployed) or is gone. */
  jobStatus(id: string, opts?: { signal?: AbortSignal; deadline?: number }): Promise<TransformJob | undefined>;
}

export class TransformCollection extends RestCollection<ApiTransform, TransformWrite> implements TransformApi {
  constructor(private readonly transformEngine: RequestEngine) {
    super(transformEngine, {
      path: "/transforms",
      noun: "transform",
      addressing: "body-and-query",
      waitParameter: false,
      // Topics as they are, not one entry per topic.
      readQuery: { unwind_topics: false },
    });
  }

  /** The body as the API takes it: the name inside config, nothing at the top. */
  override create(body: TransformWrite, opts?: WriteOptions): Promise<ApiTransform> {
    return super.create(wireBody(body), opts);
  }

  override update(id: string, body: TransformWrite, opts?: WriteOptions): Promise<ApiTransform> {
    return super.update(id, wireBody(body), opts);
  }

  async putImplementation(id: string, implementation: Record<string, unknown>, opts: WriteOptions = {}): Promise<void> {
    await this.transformEngine.request({
      method: "PUT",
      path: `${this.itemPathOf(id)}/implementation_details`,
      body: { transform_id: id, implementation },
      idempotent: true,
      ...this.transformEngine.writeTiming(opts, false),
      signal: opts.signal,
    });
  }

  async deploy(id: string, how: { preview: boolean; replayWindow?: string }, opts: WriteOptions = {}): Promise<void> {
    const step = (stage: "preview" | "live", query?: Record<string, string>) =>
      this.transformEngine.request({
        method: "PUT",
        path: `${this.itemPathOf(id)}/deploy-job-${stage}/${LATEST_VERSION}`,
        query,
        idempotent: true,
        ...this.transformEngine.writeTiming(opts, false),
        signal: opts.signal,
      });
    // "0" means "from where it stopped", which the API spells as no parameter at all.
    const window = how.replayWindow && how.replayWindow !== "0" ? { replay_window: how.replayWindow } : undefined;
    if (how.preview) await step("preview", window);
    await step("live");
  }

  async jobStatus(id: string, opts: { signal?: AbortSignal; deadline?: number } = {}): Promise<TransformJob | undefined> {
    try {
      const res = await this.transformEngine.request<TransformJob>({
        method: "GET",
        path: `${this.itemPathOf(id)}/job_status`,
        idempotent: true,
        accept: [404],
        deadline: opts.deadline ?? this.transformEngine.readDeadline(),
        signal: opts.signal,
      });
      if (res.status === 404 || !res.data || typeof res.data !== "object") return undefined;
      return { ...res.data, id, name: String(res.data.job_name ?? id), status_reason: failureReason(res.data) };
    } catch (err) {
      if (isNoJob(err)) return undefined;
      throw err;
    }
  }

  private itemPathOf(id: string): string {
    return `/transforms/${encodeURIComponent(id)}`;
  }
}

/** The API's way of saying a transform has no job (a 400, not a 404). */
export function isNoJob(err: unknown): boolean {
  return err instanceof StreamkapApiError && err.status === 400 && /(job|transform) not found/i.test(err.message);
}

function wireBody(body: TransformWrite): TransformWrite {
  const { name, ...rest } = body;
  // The collection names the write by `name` (name index, messages); the API reads it from config.
  return Object.defineProperty({ ...rest, config: { ...body.config, "transforms.name": name } }, "name", {
    value: name,
    enumerable: false,
  }) as unknown as TransformWrite;
}

function failureReason(job: Record<string, unknown>): string | undefined {
  for (const key of ["status_reason", "reason", "error", "message"]) {
    const value = job[key];
    if (typeof value === "string" && value.trim()) return value;
  }
  return undefined;
}
