// A transform's job: deployed after a create or update that changes what it runs, when
// `deploy` is true, and then waited for until it is RUNNING within the operation's timeout. A
// job that ends FAILED (or CANCELED, STOPPED) fails the apply with the job's reason, and the
// transform stays in state, tainted, as a Broken connector does; the official provider only
// warns. connector_status is the job's status, read on every refresh.
import { TRANSFORM_JOB_ENDS, type TransformType } from "../../../catalog/transform-types";
import type { CallContext } from "../../framework/resource";
import { textOf, valuesEqual, type ObjectValue } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { redact } from "../api/transport/redaction";
import { waitForStatus, type StatusReader } from "../api/collections/status-wait";
import type { TransformJob } from "../api/collections/transforms";
import { describedCall } from "../common/calls";
import type { Schema } from "../../framework/schema";

type Ctx = CallContext<StreamkapApi>;

/** connector_status of a transform with no job. */
export const NO_JOB = "UNKNOWN";
const RUNNING = "RUNNING";

const JOB_STATUS: StatusReader<TransformJob> = {
  statusOf: (job) => job.status,
  describe: (job, secrets = []) => redact(`${job.status ?? NO_JOB}${job.status_reason ? ` (${job.status_reason})` : ""}`, secrets),
  failed: TRANSFORM_JOB_ENDS,
};

/** Attributes whose change does not change what the job runs: no redeploy for them alone. */
const NOT_RUN = ["name", "tags", "timeouts", "replay_window", "connector_status", "transform_type", "id"];

/** Whether this apply deploys: deploy is true, and the transform is new, was not deployed by
 * Terraform before, is not running, or changes what it runs. */
export function deploysNow(schema: Schema, prior: ObjectValue | null, planned: ObjectValue): boolean {
  if (planned.deploy !== true) return false;
  if (prior === null || prior.deploy !== true || prior.connector_status !== RUNNING) return true;
  return Object.entries(schema.attributes).some(
    ([name, a]) => !NOT_RUN.includes(name) && (a.optional || a.required) && !valuesEqual(planned[name] ?? null, prior[name] ?? null, a.type),
  );
}

/** Deploys the job (preview first for Flink types) and waits until it runs; the job's status.
 * A job that fails or is not running in time is an error on the apply. */
export async function deployAndWait(ctx: Ctx, type: TransformType, id: string, planned: ObjectValue, deadline: number): Promise<string> {
  const name = textOf(planned.name);
  const replayWindow = typeof planned.replay_window === "string" ? planned.replay_window : undefined;
  await describedCall(`Could not deploy transform "${name}"`, () =>
    ctx.client.transforms.deploy(id, { preview: type.preview_deploy, replayWindow }, { signal: ctx.signal, deadline }),
  );
  const jobs = { get: (jobId: string) => jobOrNone(ctx, jobId) };
  const outcome = await describedCall(`Transform "${name}" was deployed, but its job status could not be read`, () =>
    waitForStatus(jobs, { id, name, status: "DEPLOYING" }, RUNNING, { deadline, signal: ctx.signal }, JOB_STATUS),
  );
  if (outcome.ok) return RUNNING;
  ctx.diagnostics.error(
    `Transform "${name}" did not become RUNNING`,
    `The job of transform ${id} was deployed, but ${outcome.problem}. The transform stays in Terraform state; fix the implementation or the settings and apply again.`,
  );
  return outcome.latest?.status ?? NO_JOB;
}

/** The job's status now; UNKNOWN without a job; the prior value when it cannot be read. */
export async function currentJobStatus(ctx: Ctx, id: string, prior: unknown): Promise<string> {
  try {
    return (await ctx.client.transforms.jobStatus(id, { signal: ctx.signal }))?.status ?? NO_JOB;
  } catch {
    return typeof prior === "string" ? prior : NO_JOB;
  }
}

/** A job not there yet (the API may take a moment to create it) reads as UNKNOWN. */
async function jobOrNone(ctx: Ctx, id: string): Promise<TransformJob> {
  return (await ctx.client.transforms.jobStatus(id, { signal: ctx.signal })) ?? { id, name: id, status: NO_JOB };
}
