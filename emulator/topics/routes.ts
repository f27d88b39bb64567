// /topics: one topic in detail (GET /topics/{id}), the paged list of topics with their
// entities (GET /topics/details, its own page shape with has_next), and a change of
// partitions or tags (PUT /topics/{id} with {"payload": {...}}): partitions only grow, as in
// Kafka, and a source's topic not created yet is created by the PUT, as the reference says the
// backend does; and the topics' figures (POST /topics/table_metrics, metrics.ts).
import type { Clock } from "../clock";
import { invalid, type ApiResult, type Handler } from "../http/handler";
import { sourceTopicId } from "../connectors/kinds";
import { listParam, pageOf, pageParams } from "../http/query";
import type { Router } from "../http/router";
import { findTag, tagIdsField } from "../tags/tags";
import type { TenantStores } from "../store/tenant";
import { tableMetrics } from "./metrics";
import { ENTITY_TYPES, findTopic, liveTopics, storedTopic, topicDetails, topicSummary } from "./topics";
import { enumMessage, type ValidationError } from "../connectors/validation";

export function addTopicRoutes(router: Router<Handler>, stores: TenantStores, clock: Clock): void {
  // Before /topics/{id}, which would take "details" for an id.
  router.add("GET", "/topics/details", (req) => {
    const errors: ValidationError[] = [];
    const paging = pageParams(req.query, errors);
    const types = listParam(req.query, "entity_type");
    const entityIds = listParam(req.query, "entity_id");
    const badType = types?.find((t) => !ENTITY_TYPES.includes(t));
    if (badType) errors.push({ loc: ["query", "entity_type"], msg: enumMessage(ENTITY_TYPES), type: "enum" });
    if (types?.includes("pipelines") && !entityIds) errors.push({ loc: ["query", "entity_id"], msg: "entity_type pipelines needs entity_id", type: "missing" });
    if (errors.length) return invalid(errors);

    const needle = (req.query.get("partial_name") ?? "").toLowerCase();
    const topicIds = listParam(req.query, "topic_id");
    // A pipeline's topics are the source topics it carries.
    const ofPipelines = new Set(
      types?.includes("pipelines")
        ? stores.pipelines
            .all()
            .filter((p) => entityIds?.includes(p.id))
            .flatMap((p) => p.source_topics.map((t) => sourceTopicId(p.source_id, t)))
        : [],
    );
    const matching = liveTopics(stores, clock.now()).filter((t) => {
      const byEntity = (!types || types.includes(t.entity?.entity_type ?? "manual")) && (!entityIds || entityIds.includes(t.entity?.entity_id ?? ""));
      return (byEntity || ofPipelines.has(t.id)) && (!topicIds || topicIds.includes(t.id)) && t.name.toLowerCase().includes(needle);
    });
    const result = pageOf(matching, paging).map((t) => topicSummary(stores, t));
    return {
      status: 200,
      body: { result, page: paging.page, page_size: paging.pageSize, total: matching.length, has_next: paging.page * paging.pageSize < matching.length },
    };
  });

  router.add("POST", "/topics/table_metrics", (req) => tableMetrics(stores, req.body()));

  router.add("GET", "/topics/{id}", (req) => {
    const topic = findTopic(stores, req.params.id, clock.now());
    return topic ? { status: 200, body: topicDetails(stores, topic) } : notFound(req.params.id);
  });

  router.add("PUT", "/topics/{id}", (req) => {
    const topic = findTopic(stores, req.params.id, clock.now(), true);
    if (!topic) return notFound(req.params.id);
    const body = req.body() as { payload?: unknown } | undefined;
    const payload = body?.payload;
    if (payload === null || typeof payload !== "object" || Array.isArray(payload))
      return invalid([{ loc: ["body", "payload"], msg: "Field required: a dictionary", type: "missing" }]);
    const { partition_count: count, tags: sentTags } = payload as Record<string, unknown>;
    const errors: ValidationError[] = [];
    if ((count === undefined || count === null) && (sentTags === undefined || sentTags === null)) {
      errors.push({ loc: ["body", "payload"], msg: "At least one of partition_count, tags is required", type: "missing" });
    }
    if (count !== undefined && count !== null) {
      if (!Number.isSafeInteger(count) || (count as number) < 1)
        errors.push({ loc: ["body", "payload", "partition_count"], msg: "Input should be a whole number of at least 1", type: "int_type" });
      else if ((count as number) < topic.partitions) {
        errors.push({
          loc: ["body", "payload", "partition_count"],
          msg: `Partitions can only grow: topic ${topic.id} has ${topic.partitions}, ${count as number} asked`,
          type: "value_error",
        });
      }
    }
    const tags = tagIdsField(sentTags, (id) => findTag(stores.tags, id) !== undefined, topic.tags, ["body", "payload", "tags"]);
    if (!tags.ok) errors.push(...tags.errors);
    if (errors.length || !tags.ok) return invalid(errors);
    const updated = { ...topic, partitions: (count as number | undefined) ?? topic.partitions, tags: tags.tags };
    stores.topics.put(storedTopic(updated));
    return { status: 200, body: topicDetails(stores, { ...updated, live: true }), wrote: true };
  });
}

function notFound(id: string): ApiResult {
  return { status: 404, body: { detail: `Topic ${id} not found` } };
}
