// Creating a source is the one write that cannot simply be retried: a lost answer may hide a
// source that was made. Every resource creates through this function, so that the rules for
// names already taken and outcomes that are unknown live in one place.
import type { ApiSource, SourcesApi, SourceWrite, WriteOptions } from "./api-types";

export async function createSourceOnce(api: SourcesApi, body: SourceWrite, opts: WriteOptions = {}): Promise<ApiSource> {
  return api.createSource(body, opts);
}
