// /pipelines as a CollectionSpec: the body's rules (body.ts), names unique per tenant
// with 409 as the reference says, list filters by source, destination, tag and status, and
// the object the API answers with, its status derived (status.ts).
import type { Clock } from "../clock";
import type { CollectionSpec } from "../http/collection-routes";
import { invalid } from "../http/handler";
import { sourceTopicId } from "../connectors/kinds";
import type { StoredPipeline } from "../store/model";
import { buildPipeline } from "./body";
import { pipelineStatus } from "./status";
import { listParam } from "../http/query";
import type { TenantIds } from "../connectors/records";
import type { TenantStores } from "../store/tenant";

export interface PipelineContext {
  stores: TenantStores;
  tenant: TenantIds;
  deployMs: number;
  /** The deployments' clock (clock.ts). */
  clock: Clock;
}

export function pipelineCollection(ctx: PipelineContext): CollectionSpec<StoredPipeline> {
  const { stores } = ctx;
  const view = (record: StoredPipeline, _secretReturned: boolean, now: number) => pipelineView(stores, record, now);
  return {
    path: "/pipelines",
    title: "Pipeline",
    store: stores.pipelines,
    view,
    listFilter(query) {
      const sources = listParam(query, "source_id");
      const destinations = listParam(query, "destination_id");
      const tags = listParam(query, "tag_ids");
      const statuses = listParam(query, "status");
      const now = ctx.clock.now();
      return (p) =>
        (!sources || sources.includes(p.source_id)) &&
        (!destinations || destinations.includes(p.destination_id)) &&
        (!tags || p.tags.some((t) => tags.includes(t))) &&
        (!statuses || statuses.includes(view(p, false, now).status));
    },
    writes: {
      create(body, id, now) {
        const built = buildPipeline(body, { ...ctx, id, now });
        return built.ok ? built : { ok: false, result: invalid(built.errors) };
      },
      update(previous, body, now) {
        const built = buildPipeline(body, { ...ctx, id: previous.id, now, previous });
        return built.ok ? built : { ok: false, result: invalid(built.errors) };
      },
      nameTakenStatus: 409,
      // Its status waits on its own deployment and on its two connectors' (status.ts).
      readyAt: (record) =>
        Math.max(record.ready_at, stores.sources.get(record.source_id)?.ready_at ?? 0, stores.destinations.get(record.destination_id)?.ready_at ?? 0),
    },
    clock: ctx.clock,
  };
}

/** The pipeline as the API shows it. */
export function pipelineView(stores: TenantStores, p: StoredPipeline, now: number) {
  const source = stores.sources.get(p.source_id);
  const destination = stores.destinations.get(p.destination_id);
  const { status, reason } = pipelineStatus(p, source, destination, now);
  const topicIds = p.source_topics.map((t) => sourceTopicId(p.source_id, t));
  return {
    id: p.id,
    name: p.name,
    sub_id: p.sub_id,
    tenant_id: p.tenant_id,
    created_from: p.created_from,
    created_timestamp: p.created_timestamp,
    snapshot_new_tables: p.snapshot_new_tables,
    topic_ids: topicIds,
    topics: topicIds,
    source: { id: p.source_id, name: source?.name ?? "", connector: source?.connector ?? "", topics: p.source_topics },
    destination: { id: p.destination_id, name: destination?.name ?? "", connector: destination?.connector ?? "" },
    // The transform's name as it is now, the rest as the pipeline was written.
    transforms: p.transforms.map((t) => ({ ...t, name: stores.transforms.get(t.id)?.name ?? t.name })),
    topic_auto_discovery_transforms: p.topic_auto_discovery_transforms,
    tags: p.tags,
    status,
    status_reason: reason,
  };
}
