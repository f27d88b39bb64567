// The writes of every source resource, each followed by the wait for its real outcome. A
// connector that does not reach the desired state is an error on the apply, but the source
// it concerns is still returned, so that Terraform keeps its id in state (a failed create is
// marked tainted and replaced by the next apply) and nothing is orphaned.
import type { CallContext } from "../framework/resource";
import type { ObjectValue } from "../framework/values";
import type { ApiSource, SourcesApi, SourceWrite } from "./api-types";
import { createSourceOnce } from "./create-source";
import { operationTimeoutMs, type Operation } from "./lifecycle-attributes";
import { describedCall, requireId } from "./source-state";
import { waitForStatus, waitUntilGone, type PollOptions } from "./source-wait";

/** Creates the source and waits for it; the source as last seen. `resourceType` names the
 * resource in the import command offered when the name is taken. */
export async function createAndWait(
  ctx: CallContext<SourcesApi>,
  resourceType: string,
  body: SourceWrite,
  planned: ObjectValue,
  secrets: string[],
): Promise<ApiSource> {
  const deadline = deadlineFor(planned, "create");
  const created = await describedCall(`Could not create source "${body.name}"`, () =>
    createSourceOnce(ctx.client, body, { wait: false, secrets, signal: ctx.signal, deadline, resourceType }),
  );
  return settle(ctx, created, body, { deadline, signal: ctx.signal, secrets }, "created");
}

/** Updates the source and waits for it; the source as last seen. */
export async function updateAndWait(ctx: CallContext<SourcesApi>, id: string, body: SourceWrite, planned: ObjectValue, secrets: string[]): Promise<ApiSource> {
  const deadline = deadlineFor(planned, "update");
  const updated = await describedCall(`Could not update source "${body.name}"`, () =>
    ctx.client.updateSource(id, body, { wait: false, secrets, signal: ctx.signal, deadline }),
  );
  return settle(ctx, updated, body, { deadline, signal: ctx.signal, secrets }, "updated");
}

/** Deletes the source (already gone counts as done) and waits until it no longer exists. */
export async function deleteAndWait(ctx: CallContext<SourcesApi>, state: ObjectValue): Promise<void> {
  const id = requireId(state);
  const deadline = deadlineFor(state, "delete");
  const existed = await describedCall("Could not delete source", () => ctx.client.deleteSource(id, { signal: ctx.signal, deadline }));
  if (!existed) return;
  const outcome = await describedCall("Could not confirm the deletion of the source", () => waitUntilGone(ctx.client, id, { deadline, signal: ctx.signal }));
  if (!outcome.ok) ctx.diagnostics.error("Source not deleted in time", `Source ${id} was asked to be deleted, but ${outcome.problem}.`);
}

async function settle(ctx: CallContext<SourcesApi>, answer: ApiSource, body: SourceWrite, opts: PollOptions, done: string): Promise<ApiSource> {
  const target = body.desired_state ?? "Active";
  const outcome = await describedCall(`Source "${body.name}" was ${done}, but its status could not be read`, () => waitForStatus(ctx.client, answer, target, opts));
  if (outcome.ok) return outcome.source;
  ctx.diagnostics.error(
    `Source "${body.name}" did not become ${target}`,
    `Source ${answer.id} was ${done}, but ${outcome.problem}. It stays in Terraform state; fix the cause and apply again.`,
  );
  return outcome.source ?? answer;
}

function deadlineFor(values: ObjectValue, op: Operation): number {
  return Date.now() + operationTimeoutMs(values, op);
}
