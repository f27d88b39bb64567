// The writes of every resource whose object has a status (sources, destinations, pipelines),
// each followed by the wait for its real outcome. An object that does not reach the status
// wanted is an error on the apply, but it is still returned, so that Terraform keeps its id in
// state (a failed create is marked tainted and replaced by the next apply) and nothing is
// orphaned.
import type { CallContext } from "../../framework/resource";
import type { ObjectValue } from "../../framework/values";
import type { ApiObject, CollectionApi } from "../api/collections/collection-api";
import type { StreamkapApi } from "../api/client";
import { createResourceOnce } from "./create-once";
import { waitForStatus, waitUntilGone, type StatusReader, type WaitOutcome } from "../api/collections/status-wait";
import { capitalized, describedCall, requireId } from "./calls";
import { deadlineFor } from "./timeouts";

type Ctx = CallContext<StreamkapApi>;

/** A collection and how its objects report their status. */
export interface Watched<T extends ApiObject, W extends { name: string }> {
  api: CollectionApi<T, W>;
  status: StatusReader<T>;
}

export interface WriteRequest<W> {
  body: W;
  /** The plan: its `timeouts`. */
  planned: ObjectValue;
  /** The status the write must end in (or one of them). */
  target: string | readonly string[];
  /** Values of the write that must never be printed. */
  secrets?: string[];
}

/** Creates the object (create-once rules) and waits for it; the object as last seen.
 * `resourceType` names the resource in the import command offered when the name is taken. */
export async function createAndWait<T extends ApiObject, W extends { name: string }>(
  ctx: Ctx,
  watched: Watched<T, W>,
  resourceType: string,
  { body, planned, target, secrets }: WriteRequest<W>,
): Promise<T> {
  const deadline = deadlineFor(planned, "create");
  const noun = watched.api.noun;
  const created = await describedCall(`Could not create ${noun} "${body.name}"`, () =>
    createResourceOnce(watched.api, body, { wait: false, secrets, signal: ctx.signal, deadline, resourceType }),
  );
  return settle(ctx, watched, created, body.name, target, deadline, secrets, "created");
}

/** Updates the object and waits for it; the object as last seen. */
export async function updateAndWait<T extends ApiObject, W extends { name: string }>(
  ctx: Ctx,
  watched: Watched<T, W>,
  id: string,
  { body, planned, target, secrets }: WriteRequest<W>,
): Promise<T> {
  const deadline = deadlineFor(planned, "update");
  const updated = await describedCall(`Could not update ${watched.api.noun} "${body.name}"`, () =>
    watched.api.update(id, body, { wait: false, secrets, signal: ctx.signal, deadline }),
  );
  return settle(ctx, watched, updated, body.name, target, deadline, secrets, "updated");
}

/** Deletes the object (already gone counts as done) and waits until it no longer exists. */
export async function deleteAndWait<T extends ApiObject, W extends { name: string }>(ctx: Ctx, watched: Watched<T, W>, state: ObjectValue): Promise<void> {
  const id = requireId(state);
  const deadline = deadlineFor(state, "delete");
  const noun = watched.api.noun;
  const existed = await describedCall(`Could not delete ${noun}`, () => watched.api.delete(id, { signal: ctx.signal, deadline }));
  if (!existed) return;
  const outcome = await describedCall(`Could not confirm the deletion of the ${noun}`, () =>
    waitUntilGone(watched.api, id, { deadline, signal: ctx.signal }, watched.status),
  );
  if (!outcome.ok)
    ctx.diagnostics.error(`${capitalized(noun)} not deleted in time`, `${capitalized(noun)} ${id} was asked to be deleted, but ${outcome.problem}.`);
}

async function settle<T extends ApiObject, W extends { name: string }>(
  ctx: Ctx,
  watched: Watched<T, W>,
  answer: T,
  name: string,
  target: string | readonly string[],
  deadline: number,
  secrets: string[] | undefined,
  done: string,
): Promise<T> {
  const noun = capitalized(watched.api.noun);
  let outcome: WaitOutcome<T>;
  try {
    outcome = await waitForStatus(watched.api, answer, target, { deadline, signal: ctx.signal, secrets }, watched.status);
  } catch (err) {
    // Stopped (Ctrl-C) or unreadable while waiting: the write happened all the same, so the
    // object is returned and stays in state; thrown, it would be orphaned and its name taken.
    ctx.diagnostics.error(
      `${noun} "${name}" was ${done}, but its status could not be read`,
      `${err instanceof Error ? err.message : "unexpected failure"}. ${noun} ${answer.id} stays in Terraform state; apply again to finish.`,
    );
    return answer;
  }
  if (outcome.ok) return outcome.latest;
  ctx.diagnostics.error(
    `${noun} "${name}" did not become ${typeof target === "string" ? target : target.join(" or ")}`,
    `${noun} ${answer.id} was ${done}, but ${outcome.problem}. It stays in Terraform state; fix the cause and apply again.`,
  );
  return outcome.latest ?? answer;
}
