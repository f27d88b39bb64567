// Creating an object from a Terraform resource: the API's create-once rules
// (api/collections/create-once.ts) within the resource's create timeout, and, when the name is
// taken, what Terraform can do about it: the import command for this resource type.
import { createOnce, NameTakenError, type CreateOptions } from "../api/collections/create-once";
import type { ApiObject, CollectionApi } from "../api/collections/collection-api";
import { DEFAULT_TIMEOUT_MS } from "./timeouts";

export { NameTakenError };

export interface ResourceCreateOptions extends Omit<CreateOptions, "deadline"> {
  /** The Terraform resource type, to spell out the import command. */
  resourceType: string;
  /** Default: the call's timeout, or the default create timeout, from now. */
  deadline?: number;
}

export async function createResourceOnce<T extends ApiObject, W extends { name: string; connector?: string }>(
  api: CollectionApi<T, W>,
  body: W,
  { resourceType, ...opts }: ResourceCreateOptions,
): Promise<T> {
  const deadline = opts.deadline ?? Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    return await createOnce(api, body, { ...opts, deadline });
  } catch (err) {
    if (!(err instanceof NameTakenError)) throw err;
    throw new NameTakenError(err.takenName, err.existing, err.noun, importAdvice(resourceType, err.existing.id));
  }
}

function importAdvice(resourceType: string, id: string): string {
  return (
    `Terraform did not create it and leaves it untouched. To manage it with this configuration, import it: ` +
    `terraform import ${resourceType}.<resource name> ${id} — or choose another name.`
  );
}
