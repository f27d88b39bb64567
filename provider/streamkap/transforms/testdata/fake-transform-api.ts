// An in-memory /transforms for resource tests, on the fake collection the other kinds use:
// config echoed with integers as strings (as the API may), the implementation replaced by
// what a PUT carries (dropped when it carries none, as the API does), implementation_details
// writes, and a job whose life a test scripts: the statuses job_status answers in turn after a
// deploy (the last one repeats), with a reason for a failure.
import type { ApiTransform, TransformApi, TransformJob, TransformWrite } from "../../api/collections/transforms";
import { StreamkapApiError } from "../../api/transport/api-error";
import type { WriteOptions } from "../../api/collections/collection-api";
import { FakeCollection } from "../../testdata/fake-api";

export class FakeTransformApi extends FakeCollection<ApiTransform, TransformWrite> implements TransformApi {
  readonly deploys: { id: string; preview: boolean; replayWindow?: string }[] = [];
  readonly implementationWrites: { id: string; implementation: Record<string, unknown> }[] = [];
  /** What job_status answers after each deploy, in turn. */
  jobScript: TransformJob["status"][] = ["DEPLOYING", "RUNNING"];
  jobReason?: string;
  private readonly jobs = new Map<string, string[]>();

  constructor() {
    super("transform", (id, body, prior) => ({
      ...prior,
      id,
      name: body.name,
      transform_type: body.transform,
      config: { ...echo(body.config), "transforms.name": body.name },
      implementation: body.implementation ?? {},
      tags: body.tags ?? prior?.tags ?? [],
      topics: [],
      topic_ids: [],
    }));
  }

  async putImplementation(id: string, implementation: Record<string, unknown>): Promise<void> {
    this.calls.push({ op: "putImplementation", id });
    const kept = this.stored.get(id);
    if (!kept)
      throw new StreamkapApiError({ method: "PUT", path: `/transforms/${id}/implementation_details`, status: 404, body: { detail: "Transform not found" } });
    this.implementationWrites.push({ id, implementation });
    kept.implementation = structuredClone(implementation);
  }

  async deploy(id: string, how: { preview: boolean; replayWindow?: string }, _opts?: WriteOptions): Promise<void> {
    this.calls.push({ op: "deploy", id });
    this.deploys.push({ id, ...how });
    this.jobs.set(id, [...(this.jobScript as string[])]);
  }

  async jobStatus(id: string): Promise<TransformJob | undefined> {
    this.calls.push({ op: "jobStatus", id });
    const script = this.jobs.get(id);
    if (!script || !this.stored.has(id)) return undefined;
    const status = script.length > 1 ? script.shift()! : script[0];
    return { id, name: `job-${id}`, status, status_reason: status === "FAILED" ? this.jobReason : undefined };
  }

  /** Changes a transform as someone in Streamkap's app would. */
  editInApp(id: string, change: Partial<ApiTransform>): void {
    Object.assign(this.stored.get(id)!, structuredClone(change));
  }
}

function echo(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === "number" ? String(v) : v]));
}
