// Creating a connector is the one write that cannot simply be retried: a lost answer may hide
// one that was made. Every connector resource creates through this function, so that the rules for
// names already taken and outcomes that are unknown live in one place:
//  1. before the POST, the name must be free, else the error names the existing one — never a
//     take-over (common/create-once.ts adds how to import it into Terraform). A listing of the tenant shared by the provider
//     process proves it free without a request per create (name-index.ts); a name it does
//     not prove free is looked up by partial_name, exact match;
//  2. after a POST whose outcome is unknown (5xx, timeout, lost connection), the name is
//     looked up; one by that name and connector, which the check proved did not exist
//     then, is ours and adopted; if there is none, the POST is sent again.
import { StreamkapApiError } from "../transport/api-error";
import type { ApiObject, CollectionApi, WriteOptions } from "./collection-api";
import { outcomeUnknown } from "../transport/retry";
import { findNamed } from "./find-named";

/** POSTs in all; the deadline usually ends the loop first. */
const MAX_POSTS = 8;

export class NameTakenError extends Error {
  constructor(
    /** The name asked for (Error's own `name` is the class name). */
    readonly takenName: string,
    readonly existing: ApiObject,
    readonly noun: string,
    /** What the caller can do about it, appended to the message. */
    readonly advice?: string,
  ) {
    super(describeTakenName(noun, takenName, existing) + (advice ? ` ${advice}` : ""));
    this.name = "NameTakenError";
  }
}

export interface CreateOptions extends WriteOptions {
  /** When the create, with its look-ups and repeated POSTs, must be over. */
  deadline: number;
  /** How this collection refuses a name in use, when not with 409 or 422 (tags: a 400). */
  isRefusal?: (err: unknown) => boolean;
}

/** What a create body has that the rules read: the name, and for connectors the connector id. */
type Named = { name: string; connector?: string };

export async function createOnce<T extends ApiObject, W extends Named>(api: CollectionApi<T, W>, body: W, opts: CreateOptions): Promise<T> {
  const deadline = opts.deadline;
  const stepOpts: WriteOptions = { wait: opts.wait, secrets: opts.secrets, signal: opts.signal, timeoutMs: opts.timeoutMs, deadline };
  const taken = (holder: ApiObject) => new NameTakenError(body.name, holder, api.noun);

  const holder = await nameHolder(api, body.name, stepOpts);
  if (holder) throw taken(holder);
  // From here on, any connector with this name appeared after the check.

  let unknownBefore = false;
  for (let post = 1; ; post++) {
    try {
      return await api.create(body, stepOpts);
    } catch (err) {
      const unknown = isUnknownOutcome(err);
      if (!unknown && !isRefusal(err) && !opts.isRefusal?.(err)) throw err;
      if (!unknown && !unknownBefore) {
        // Refused outright: if the name was taken since the check, say so, as the check would.
        const holder = await findNamed(api, body.name, stepOpts).catch(() => undefined);
        if (holder) throw taken(holder);
        throw err;
      }
      // A refusal after an unknown outcome may be the first POST's connector taking the name.
      unknownBefore ||= unknown;
      const found = await findNamed(api, body.name, stepOpts);
      if (found && isOurs(found, body)) return found;
      if (found) throw taken(found);
      if (post >= MAX_POSTS || Date.now() >= deadline || opts.signal?.aborted) throw err;
    }
  }
}

/** An object the unknown POST made: same name (and connector), and not made by another tool. */
function isOurs(found: ApiObject, body: Named): boolean {
  const from = found.created_from;
  return found.name === body.name && found.connector === body.connector && (from === undefined || from === "terraform");
}

function isUnknownOutcome(err: unknown): boolean {
  return err instanceof StreamkapApiError && outcomeUnknown({ status: err.status, code: err.code });
}

/** The API's answers to a name in use (422; 409 as for pipelines). */
function isRefusal(err: unknown): boolean {
  return err instanceof StreamkapApiError && (err.status === 409 || err.status === 422);
}

/** The object that has `name`, or undefined if the name is free. */
async function nameHolder<T extends ApiObject>(api: CollectionApi<T, never>, name: string, opts: WriteOptions): Promise<T | undefined> {
  if (await api.nameProvenFree?.(name, { signal: opts.signal, deadline: opts.deadline })) return undefined;
  return findNamed(api, name, opts);
}

function describeTakenName(noun: string, name: string, existing: ApiObject): string {
  const connector = typeof existing.connector === "string" ? `, connector ${existing.connector}` : "";
  return `A ${noun} named "${name}" already exists (id ${existing.id}${connector}); names are unique in a Streamkap tenant.`;
}
