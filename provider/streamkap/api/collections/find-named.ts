// Finding a connector by its exact name. The API only searches by partial name (a substring,
// case-insensitive), so the matches are paged through for the exact one; names are unique in
// a tenant, so the first exact match is the only one.
import type { ApiObject, CollectionApi } from "./collection-api";
import { PageCursor } from "./paging";

const PAGE_SIZE = 100;
/** Bounds the paging whatever the API answers. */
const MAX_PAGES = 1000;

export async function findNamed<T extends ApiObject>(
  api: Pick<CollectionApi<T, never>, "list">,
  name: string,
  opts: { signal?: AbortSignal; deadline?: number } = {},
): Promise<T | undefined> {
  const cursor = new PageCursor(PAGE_SIZE);
  for (let page = 1; page <= MAX_PAGES; page++) {
    const listed = await api.list({ partialName: name, page, pageSize: PAGE_SIZE, signal: opts.signal, deadline: opts.deadline });
    const exact = listed.result.find((s) => s && s.name === name);
    if (exact) return exact;
    if (!cursor.next(listed)) return undefined;
  }
  return undefined;
}
