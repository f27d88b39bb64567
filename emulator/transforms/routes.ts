// /transforms, read only: enough for a client to read the transforms a pipeline names (their
// name, start time and topics). Transforms come only from fixtures; creating and deploying
// them (a Flink job in the real service) is not emulated.
import type { Clock } from "../clock";
import type { CollectionSpec } from "../http/collection-routes";
import type { StoredTransform } from "../store/model";
import type { TenantStores } from "../store/tenant";

export function transformCollection(stores: TenantStores, clock: Clock): CollectionSpec<StoredTransform> {
  return {
    path: "/transforms",
    title: "Transform",
    store: stores.transforms,
    view: transformView,
    clock,
  };
}

export function transformView(t: StoredTransform) {
  return { id: t.id, name: t.name, transform_type: t.transform_type, status: t.status, topic_ids: t.topic_ids, topics: t.topics, start_time: t.start_time, tags: t.tags };
}
