// Who refers to what, for refusing to delete a record something else still uses: a source
// or destination a pipeline joins, a tag a record carries. The backend keeps its references
// whole rather than leaving a pipeline without a source (our choice; the reference is silent
// on what the real API does, and Terraform deletes dependents first anyway).
import type { ConnectorKind } from "../../catalog";
import type { ApiResult } from "../http/handler";
import type { StoredPipeline } from "./model";
import type { TenantStores } from "./tenant";

export function pipelineUsing(stores: TenantStores, kind: ConnectorKind, id: string): StoredPipeline | undefined {
  return stores.pipelines.all().find((p) => (kind === "source" ? p.source_id : p.destination_id) === id);
}

/** 409 when a pipeline still joins the connector; undefined when it may go. */
export function refuseConnectorDelete(stores: TenantStores, kind: ConnectorKind, title: string, id: string): ApiResult | undefined {
  const pipeline = pipelineUsing(stores, kind, id);
  if (!pipeline) return undefined;
  return { status: 409, body: { detail: `${title} ${id} is used by pipeline '${pipeline.name}' (${pipeline.id}); delete the pipeline first` } };
}

/** 409 when a record still carries the tag; undefined when it may go. */
export function refuseTagDelete(stores: TenantStores, tagId: string): ApiResult | undefined {
  const holders: [string, { id: string; name: string; tags?: string[] }[]][] = [
    ["source", stores.sources.all()],
    ["destination", stores.destinations.all()],
    ["pipeline", stores.pipelines.all()],
    ["topic", stores.topics.all()],
    ["transform", stores.transforms.all()],
  ];
  for (const [noun, records] of holders) {
    const holder = records.find((r) => r.tags?.includes(tagId));
    if (holder) return { status: 409, body: { detail: `Tag ${tagId} is used by ${noun} '${holder.name}' (${holder.id}); remove it there first` } };
  }
  return undefined;
}
