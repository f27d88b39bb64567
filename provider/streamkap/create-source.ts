// Creating a source is the one write that cannot simply be retried: a lost answer may hide a
// source that was made. Every resource creates through this function, so that the rules for
// names already taken and outcomes that are unknown live in one place:
//  1. before the POST, the name must be free, else the error names the existing source and
//     how to import it — never a take-over. A listing of the tenant shared by the provider
//     process proves it free without a request per create (name-index.ts); a name it does
//     not prove free is looked up by partial_name, exact match;
//  2. after a POST whose outcome is unknown (5xx, timeout, lost connection), the name is
//     looked up; a source by that name and connector, which the check proved did not exist
//     then, is ours and adopted; if there is none, the POST is sent again.
import { sourceCatalog } from "../../catalog";
import { StreamkapApiError } from "./api-error";
import type { ApiSource, SourcesApi, SourceWrite, WriteOptions } from "./api-types";
import { DEFAULT_TIMEOUT_MS } from "./lifecycle-attributes";
import { outcomeUnknown } from "./retry";
import { findSourceNamed } from "./source-lookup";

/** POSTs in all; the deadline usually ends the loop first. */
const MAX_POSTS = 8;

export class SourceNameTakenError extends Error {
  constructor(
    readonly name: string,
    readonly existing: ApiSource,
    resourceType: string | undefined
  ) {
    super(describeTakenName(name, existing, resourceType));
    this.name = "SourceNameTakenError";
  }
}

export interface CreateOptions extends WriteOptions {
  /** The Terraform resource type, to spell out the import command. */
  resourceType?: string;
}

export async function createSourceOnce(api: SourcesApi, body: SourceWrite, opts: CreateOptions = {}): Promise<ApiSource> {
  const deadline = opts.deadline ?? Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const stepOpts: WriteOptions = { wait: opts.wait, secrets: opts.secrets, signal: opts.signal, timeoutMs: opts.timeoutMs, deadline };
  const resourceType = opts.resourceType ?? sourceCatalog.find(body.connector)?.terraform_resource;

  const holder = await sourceHolding(api, body.name, stepOpts);
  if (holder) throw new SourceNameTakenError(body.name, holder, resourceType);
  // From here on, any source with this name appeared after the check.

  let unknownBefore = false;
  for (let post = 1; ; post++) {
    try {
      return await api.createSource(body, stepOpts);
    } catch (err) {
      const unknown = isUnknownOutcome(err);
      if (!unknown && !isRefusal(err)) throw err;
      if (!unknown && !unknownBefore) {
        // Refused outright: if the name was taken since the check, say so, as the check would.
        const taken = await findSourceNamed(api, body.name, stepOpts).catch(() => undefined);
        if (taken) throw new SourceNameTakenError(body.name, taken, resourceType);
        throw err;
      }
      // A refusal after an unknown outcome may be the first POST's source taking the name.
      unknownBefore ||= unknown;
      const found = await findSourceNamed(api, body.name, stepOpts);
      if (found && isOurs(found, body)) return found;
      if (found) throw new SourceNameTakenError(body.name, found, resourceType);
      if (post >= MAX_POSTS || Date.now() >= deadline || opts.signal?.aborted) throw err;
    }
  }
}

/** A source the unknown POST made: same name and connector, and not made by another tool. */
function isOurs(source: ApiSource, body: SourceWrite): boolean {
  const from = source.created_from;
  return source.name === body.name && source.connector === body.connector && (from === undefined || from === "terraform");
}

function isUnknownOutcome(err: unknown): boolean {
  return err instanceof StreamkapApiError && outcomeUnknown({ status: err.status, code: err.code });
}

/** The API's answers to a name in use (422; 409 as for pipelines). */
function isRefusal(err: unknown): boolean {
  return err instanceof StreamkapApiError && (err.status === 409 || err.status === 422);
}

/** The source that has `name`, or undefined if the name is free. */
async function sourceHolding(api: SourcesApi, name: string, opts: WriteOptions): Promise<ApiSource | undefined> {
  if (await api.nameProvenFree?.(name, { signal: opts.signal, deadline: opts.deadline })) return undefined;
  return findSourceNamed(api, name, opts);
}

function describeTakenName(name: string, existing: ApiSource, resourceType: string | undefined): string {
  const type = resourceType ?? "<resource type>";
  const connector = typeof existing.connector === "string" ? `, connector ${existing.connector}` : "";
  return (
    `A source named "${name}" already exists (id ${existing.id}${connector}); names are unique in a Streamkap tenant. ` +
    `Terraform did not create it and leaves it untouched. To manage it with this configuration, import it: ` +
    `terraform import ${type}.<resource name> ${existing.id} — or choose another name.`
  );
}
