// What the emulator keeps for each record of each collection. Everything a response shows
// that can change without a write (statuses, names of what a record refers to) is derived
// from these at answer time, so a restart from disk loses nothing.

export interface StoredConnector {
  id: string;
  name: string;
  connector: string;
  created_from: string;
  /** ISO 8601, set once at creation. */
  created_timestamp: string;
  sub_id: string;
  tenant_id: string;
  service_id: string;
  kc_cluster_id?: string;
  /** Every value as Kafka Connect stores it: a string. Secrets included, in plain text. */
  config: Record<string, string>;
  desired_state: string;
  /** The status shown while the latest deployment is under way. */
  transition: "Starting" | "Pending Update";
  /** Epoch milliseconds at which the latest deployment finishes. */
  ready_at: number;
  /** Tag ids; absent in records written before tags existed (read as none). */
  tags?: string[];
}

/** One (transform, topic) pair, as a pipeline body sends it. */
export interface PipelineTransform {
  id: string;
  name: string;
  start_time: string | null;
  topic_id: string;
  topic: string;
}

export interface StoredPipeline {
  id: string;
  name: string;
  created_from: string;
  created_timestamp: string;
  sub_id: string;
  tenant_id: string;
  snapshot_new_tables: boolean;
  source_id: string;
  /** The source's topics the pipeline carries, by their plain names ("public.orders"). */
  source_topics: string[];
  destination_id: string;
  transforms: PipelineTransform[];
  topic_auto_discovery_transforms: { transform_id: string; regex: string }[];
  tags: string[];
  /** Epoch milliseconds at which the pipeline's own latest deployment finishes. */
  ready_at: number;
}

export interface StoredTag {
  id: string;
  name: string;
  description: string | null;
  type: string[];
  system: boolean;
  custom: boolean | null;
  created_from: string;
  created_timestamp: string;
}

/** A Kafka topic the tenant's API shows: either one a fixture declared, or what was changed
 * (partitions, tags) on a topic a source derives. */
export interface StoredTopic {
  id: string;
  name: string;
  entity?: { entity_type: string; entity_id: string };
  /** Set for a topic a fixture declares; a source's topics take the source's topic prefix. */
  prefix?: string;
  partitions: number;
  retention_ms?: number;
  cleanup_policy?: string;
  tags: string[];
}

/** Transforms are read-only here: they come from fixtures. */
export interface StoredTransform {
  id: string;
  name: string;
  transform_type: string;
  status: string;
  topic_ids: string[];
  topics: string[];
  start_time: string | null;
  tags: string[];
  created_timestamp: string;
}
