// /topics through the client's request engine. Topics are made by the sources and transforms
// that write them, so the API only changes them (PUT /topics/{id}: partition count and tags),
// reads one in detail, and lists them with their owners (GET /topics/details, paged). The
// listing is read through every page (the official provider reads only the first). Their
// traffic figures come from POST /topics/table_metrics.
import { StreamkapApiError } from "../transport/api-error";
import type { ApiObject, ApiPage } from "./collection-api";
import type { RequestEngine } from "../transport/engine";
import { PageCursor } from "./paging";

/** Who writes a topic. */
export interface TopicEntity {
  entity_type?: string;
  entity_id?: string;
  name?: string;
  [other: string]: unknown;
}

export interface TopicSerialization {
  key_format?: string | null;
  value_format?: string | null;
  key_converter?: string | null;
  value_converter?: string | null;
  schema_registry_enabled?: boolean | null;
}

/** A topic as GET /topics/{id}?detailed=true returns it; listings omit `kafka` and `tags`. */
export interface ApiTopic extends ApiObject {
  entity?: TopicEntity | null;
  /** `partitions.count`; older answers (and the official data source) have a bare number. */
  kafka?: { partitions?: { count?: number } | number | null; configs?: Record<string, unknown> | null } | null;
  prefix?: string | null;
  serialization?: TopicSerialization | null;
  tags?: unknown;
  messages_7d?: number | null;
  messages_30d?: number | null;
}

/** What PUT /topics/{id} changes; at least one key. `tags` replaces the topic's tags. */
export interface TopicChange {
  partition_count?: number;
  tags?: string[];
}

export interface TopicListFilter {
  /** sources, transforms or destinations. */
  entityType?: string;
  entityIds?: string[];
}

/** One entity whose topics' figures POST /topics/table_metrics is asked for. */
export interface TopicMetricsEntity {
  id: string;
  /** sources, transforms or destinations. */
  entity_type: string;
  /** The entity's connector or transform type, e.g. postgresql, map_filter. */
  connector: string;
  topic_ids: string[];
  topic_db_ids: string[];
}

export interface TopicMetricsRequest {
  entities: TopicMetricsEntity[];
  time_interval?: number;
  time_unit?: string;
}

/** The answer: entity id → topic id → figures (messages_in, messages_out, bytes_in,
 * bytes_out, lag, avg_latency_ms; each may be missing). */
export type TopicMetricsAnswer = Record<string, Record<string, Record<string, unknown>>>;

export interface TopicApi {
  /** The topic in detail, or undefined when the tenant has no such topic. */
  get(id: string, opts?: { signal?: AbortSignal }): Promise<ApiTopic | undefined>;
  /** Sets the topic; the answer when it is the topic in detail (the official client ignores it). */
  update(id: string, change: TopicChange, opts?: { signal?: AbortSignal; deadline?: number }): Promise<ApiTopic | undefined>;
  listPage(filter: TopicListFilter, page: number, pageSize: number, opts?: { signal?: AbortSignal; deadline?: number }): Promise<ApiPage<ApiTopic>>;
  tableMetrics(request: TopicMetricsRequest, opts?: { signal?: AbortSignal }): Promise<TopicMetricsAnswer>;
}

export class TopicCollection implements TopicApi {
  constructor(private readonly engine: RequestEngine) {}

  async get(id: string, opts: { signal?: AbortSignal } = {}): Promise<ApiTopic | undefined> {
    try {
      const res = await this.engine.request<ApiTopic>({
        method: "GET",
        path: topicPath(id),
        query: { detailed: true },
        idempotent: true,
        deadline: this.engine.readDeadline(),
        signal: opts.signal,
      });
      return asTopic(res.data);
    } catch (err) {
      if (isUnknownTopic(err)) return undefined;
      throw err;
    }
  }

  async update(id: string, change: TopicChange, opts: { signal?: AbortSignal; deadline?: number } = {}): Promise<ApiTopic | undefined> {
    // Setting the same count and tags twice has the effect of once: safe to resend.
    const res = await this.engine.request<ApiTopic>({
      method: "PUT",
      path: topicPath(id),
      body: { payload: change },
      idempotent: true,
      ...this.engine.writeTiming(opts, false),
      signal: opts.signal,
    });
    return asTopic(res.data);
  }

  async listPage(filter: TopicListFilter, page: number, pageSize: number, opts: { signal?: AbortSignal; deadline?: number } = {}): Promise<ApiPage<ApiTopic>> {
    const res = await this.engine.request<Partial<ApiPage<ApiTopic>>>({
      method: "GET",
      path: "/topics/details",
      query: { page, page_size: pageSize, entity_type: filter.entityType, entity_id: filter.entityIds?.length ? filter.entityIds.join(",") : undefined },
      idempotent: true,
      deadline: opts.deadline ?? this.engine.readDeadline(),
      signal: opts.signal,
    });
    const data = res.data;
    return { ...data, result: Array.isArray(data?.result) ? data.result : [] };
  }

  async tableMetrics(request: TopicMetricsRequest, opts: { signal?: AbortSignal } = {}): Promise<TopicMetricsAnswer> {
    const res = await this.engine.request<TopicMetricsAnswer>({
      method: "POST",
      path: "/topics/table_metrics",
      body: request,
      // A read: asking twice changes nothing.
      idempotent: true,
      deadline: this.engine.readDeadline(),
      signal: opts.signal,
    });
    const data = res.data;
    return data && typeof data === "object" && !Array.isArray(data) ? data : {};
  }
}

const PAGE_SIZE = 100;
/** Bounds the paging whatever the API answers (100,000 topics). */
export const MAX_TOPIC_PAGES = 1000;

/** Every topic matching the filter, read page after page. `total` is the API's count (or the
 * number read); `truncated` when the bound stopped the paging first. */
export async function listEveryTopic(
  api: TopicApi,
  filter: TopicListFilter,
  opts: { signal?: AbortSignal; deadline?: number } = {},
): Promise<{ topics: ApiTopic[]; total: number; truncated: boolean }> {
  const cursor = new PageCursor(PAGE_SIZE);
  const topics: ApiTopic[] = [];
  let total: number | undefined;
  for (let page = 1; page <= MAX_TOPIC_PAGES; page++) {
    const listed = await api.listPage(filter, page, PAGE_SIZE, opts);
    topics.push(...listed.result);
    if (typeof listed.total === "number") total = listed.total;
    if (!cursor.next(listed)) return { topics, total: total ?? topics.length, truncated: false };
  }
  return { topics, total: total ?? topics.length, truncated: true };
}

/** The API's answers for a topic the tenant does not have: 404, or an error whose text says
 * the topic is not found or not owned. */
export function isUnknownTopic(err: unknown): boolean {
  return err instanceof StreamkapApiError && err.status !== undefined && (err.status === 404 || /not (found|owned)/i.test(err.message));
}

/** The partition count of a detailed topic, wherever the answer keeps it. */
export function partitionCount(topic: ApiTopic): number | undefined {
  const partitions = topic.kafka?.partitions;
  const count = typeof partitions === "number" ? partitions : partitions?.count;
  return typeof count === "number" ? count : undefined;
}

function asTopic(data: unknown): ApiTopic | undefined {
  return data && typeof data === "object" && typeof (data as ApiTopic).id === "string" ? (data as ApiTopic) : undefined;
}

function topicPath(id: string): string {
  return `/topics/${encodeURIComponent(id)}`;
}
