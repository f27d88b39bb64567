// An in-memory /topics for resource and data source tests: topics as the detailed read shows
// them, PUT's payload applied (refusing fewer partitions, as Kafka does), and listings served
// page by page with a total, so paging through every page can be checked.
import { StreamkapApiError } from "../../api/transport/api-error";
import type { ApiPage } from "../../api/collections/collection-api";
import type { ApiTopic, TopicApi, TopicChange, TopicListFilter, TopicMetricsAnswer, TopicMetricsRequest } from "../../api/collections/topics";

export class FakeTopicApi implements TopicApi {
  readonly stored = new Map<string, ApiTopic>();
  readonly calls: {
    op: string;
    id?: string;
    change?: TopicChange;
    page?: number;
    pageSize?: number;
    filter?: TopicListFilter;
    metrics?: TopicMetricsRequest;
  }[] = [];

  /** Adds a topic of a source, with `partitions` partitions. */
  addSourceTopic(sourceId: string, table: string, partitions = 1): ApiTopic {
    const id = `source_${sourceId}.${table}`;
    const topic: ApiTopic = {
      id,
      name: table,
      entity: { entity_type: "sources", entity_id: sourceId, name: `source ${sourceId}` },
      kafka: { partitions: { count: partitions }, configs: { "retention.ms": "604800000", "cleanup.policy": "delete" } },
      prefix: `source_${sourceId}`,
      serialization: { key_format: "avro", value_format: "avro", key_converter: null, value_converter: null, schema_registry_enabled: true },
      tags: [],
    };
    this.stored.set(id, topic);
    return topic;
  }

  async get(id: string): Promise<ApiTopic | undefined> {
    this.calls.push({ op: "get", id });
    const topic = this.stored.get(id);
    return topic && structuredClone(topic);
  }

  async update(id: string, change: TopicChange): Promise<ApiTopic | undefined> {
    this.calls.push({ op: "update", id, change });
    const topic = this.stored.get(id);
    if (!topic) throw new StreamkapApiError({ method: "PUT", path: `/topics/${id}`, status: 404, body: { detail: `Topic ${id} not found` } });
    const current = (topic.kafka!.partitions as { count: number }).count;
    if (change.partition_count !== undefined) {
      if (change.partition_count < current)
        throw new StreamkapApiError({ method: "PUT", path: `/topics/${id}`, status: 400, body: { detail: "partitions can only be increased" } });
      topic.kafka = { ...topic.kafka, partitions: { count: change.partition_count } };
    }
    if (change.tags !== undefined) topic.tags = change.tags;
    // Like the official client, the resource must not need the answer: there is none here.
    return undefined;
  }

  async listPage(filter: TopicListFilter, page: number, pageSize: number): Promise<ApiPage<ApiTopic>> {
    this.calls.push({ op: "list", page, pageSize, filter });
    const matching = [...this.stored.values()].filter(
      (t) =>
        (!filter.entityType || t.entity?.entity_type === filter.entityType) && (!filter.entityIds || filter.entityIds.includes(String(t.entity?.entity_id))),
    );
    // Listings carry no kafka section and no tags.
    const result = matching
      .slice((page - 1) * pageSize, page * pageSize)
      .map(({ kafka: _kafka, tags: _tags, ...rest }) => ({ ...rest, messages_7d: 70, messages_30d: 300 }));
    return { total: matching.length, page, page_size: pageSize, result };
  }

  /** Figures for each requested topic the tenant has, from its position in the request; a
   * topic it does not have gets none (as the API leaves it out). */
  async tableMetrics(request: TopicMetricsRequest): Promise<TopicMetricsAnswer> {
    this.calls.push({ op: "tableMetrics", metrics: request });
    const answer: TopicMetricsAnswer = {};
    request.entities.forEach((entity, e) => {
      answer[entity.id] = {};
      entity.topic_ids.forEach((topicId, t) => {
        if (!this.stored.has(topicId)) return;
        const n = (e + 1) * 100 + t;
        answer[entity.id][topicId] = { messages_in: n, messages_out: n - 1, bytes_in: n * 10, bytes_out: n * 10 - 10, lag: t, avg_latency_ms: 1.5 };
      });
    });
    return answer;
  }
}
