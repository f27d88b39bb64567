// /transforms through the client's request engine: reading one transform, which is all the
// streamkap_transform data source needs (transforms are managed in Streamkap's app). The
// answer is an envelope; an empty one, or a 404, means there is no such transform.
import { unwrapOne } from "./rest-collection";
import type { ApiObject } from "./collection-api";
import type { RequestEngine } from "../transport/engine";

export interface ApiTransform extends ApiObject {
  transform_type?: string;
  status?: unknown;
  topics?: unknown;
  topic_ids?: unknown;
  start_time?: string | null;
  tags?: unknown;
}

export interface TransformApi {
  get(id: string, opts?: { signal?: AbortSignal }): Promise<ApiTransform | undefined>;
}

export class TransformCollection implements TransformApi {
  constructor(private readonly engine: RequestEngine) {}

  async get(id: string, opts: { signal?: AbortSignal } = {}): Promise<ApiTransform | undefined> {
    const res = await this.engine.request({
      method: "GET",
      path: `/transforms/${encodeURIComponent(id)}`,
      // Topics as they are, not one entry per topic; secrets are not needed here.
      query: { secret_returned: false, unwind_topics: false },
      idempotent: true,
      accept: [404],
      deadline: this.engine.readDeadline(),
      signal: opts.signal,
    });
    if (res.status === 404) return undefined;
    return unwrapOne(res.data) as ApiTransform | undefined;
  }
}
