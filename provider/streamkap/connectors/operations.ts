// The writes of every connector resource, each followed by the wait for its real outcome. A
// connector that does not reach the desired state is an error on the apply, but the object
// it concerns is still returned, so that Terraform keeps its id in state (a failed create is
// marked tainted and replaced by the next apply) and nothing is orphaned.
import type { CallContext } from "../../framework/resource";
import type { ObjectValue } from "../../framework/values";
import type { ApiConnector, ConnectorWrite, StreamkapApi } from "../api/api-types";
import { createOnce } from "../api/create-once";
import { CONNECTOR_STATUS, waitForStatus, waitUntilGone, type PollOptions } from "../api/status-wait";
import type { ConnectorKind } from "./kind";
import { capitalized, describedCall, requireId } from "../common/calls";
import { deadlineFor } from "../common/timeouts";

type Ctx = CallContext<StreamkapApi>;

/** Creates the connector and waits for it; the connector as last seen. `resourceType` names
 * the resource in the import command offered when the name is taken. */
export async function createAndWait(kind: ConnectorKind, ctx: Ctx, resourceType: string, body: ConnectorWrite, planned: ObjectValue, secrets: string[]): Promise<ApiConnector> {
  const deadline = deadlineFor(planned, "create");
  const created = await describedCall(`Could not create ${kind.noun} "${body.name}"`, () =>
    createOnce(kind.api(ctx.client), body, { wait: false, secrets, signal: ctx.signal, deadline, resourceType }),
  );
  return settle(kind, ctx, created, body, { deadline, signal: ctx.signal, secrets }, "created");
}

/** Updates the connector and waits for it; the connector as last seen. */
export async function updateAndWait(kind: ConnectorKind, ctx: Ctx, id: string, body: ConnectorWrite, planned: ObjectValue, secrets: string[]): Promise<ApiConnector> {
  const deadline = deadlineFor(planned, "update");
  const updated = await describedCall(`Could not update ${kind.noun} "${body.name}"`, () =>
    kind.api(ctx.client).update(id, body, { wait: false, secrets, signal: ctx.signal, deadline }),
  );
  return settle(kind, ctx, updated, body, { deadline, signal: ctx.signal, secrets }, "updated");
}

/** Deletes the connector (already gone counts as done) and waits until it no longer exists. */
export async function deleteAndWait(kind: ConnectorKind, ctx: Ctx, state: ObjectValue): Promise<void> {
  const id = requireId(state);
  const deadline = deadlineFor(state, "delete");
  const api = kind.api(ctx.client);
  const existed = await describedCall(`Could not delete ${kind.noun}`, () => api.delete(id, { signal: ctx.signal, deadline }));
  if (!existed) return;
  const outcome = await describedCall(`Could not confirm the deletion of the ${kind.noun}`, () => waitUntilGone(api, id, { deadline, signal: ctx.signal }, CONNECTOR_STATUS));
  if (!outcome.ok) ctx.diagnostics.error(`${capitalized(kind.noun)} not deleted in time`, `${capitalized(kind.noun)} ${id} was asked to be deleted, but ${outcome.problem}.`);
}

async function settle(kind: ConnectorKind, ctx: Ctx, answer: ApiConnector, body: ConnectorWrite, opts: PollOptions, done: string): Promise<ApiConnector> {
  const target = body.desired_state ?? "Active";
  const noun = capitalized(kind.noun);
  const outcome = await describedCall(`${noun} "${body.name}" was ${done}, but its status could not be read`, () =>
    waitForStatus(kind.api(ctx.client), answer, target, opts, CONNECTOR_STATUS),
  );
  if (outcome.ok) return outcome.latest;
  ctx.diagnostics.error(
    `${noun} "${body.name}" did not become ${target}`,
    `${noun} ${answer.id} was ${done}, but ${outcome.problem}. It stays in Terraform state; fix the cause and apply again.`,
  );
  return outcome.latest ?? answer;
}
