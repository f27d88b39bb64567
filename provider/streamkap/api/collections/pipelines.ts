// /pipelines: a pipeline as the API returns it and the body of its writes, with the connector
// references and (transform, topic) entries it carries. A REST collection (rest-collection.ts).
import type { ApiObject, CollectionApi } from "./collection-api";

/** A reference to a connector inside a pipeline. */
export interface ConnectorRef {
  id: string;
  name: string;
  connector: string;
}

/** A pipeline as the API returns it. `status` is the pipeline's own state (Starting, Active,
 * Paused, Stopped, Broken), `status_reason` why it is Broken. */
export interface ApiPipeline extends ApiObject {
  snapshot_new_tables?: boolean;
  source?: ConnectorRef & { topics?: unknown };
  destination?: ConnectorRef;
  transforms?: unknown;
  topic_auto_discovery_transforms?: unknown;
  tags?: unknown;
  status?: string;
  status_reason?: string;
}

/** One (transform, topic) pair as a pipeline carries it on the wire. */
export interface PipelineTransformEntry {
  id: string;
  name: string;
  start_time: string | null;
  topic_id: string;
  topic: string;
}

/** The body of a pipeline's create or update. */
export interface PipelineWrite {
  name: string;
  snapshot_new_tables: boolean;
  source: ConnectorRef & { topics: string[] };
  destination: ConnectorRef;
  transforms: PipelineTransformEntry[];
  topic_auto_discovery_transforms: { transform_id: string; regex: string }[];
  tags: string[] | null;
}

export type PipelinesApi = CollectionApi<ApiPipeline, PipelineWrite>;
