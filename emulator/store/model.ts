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
  /** A fixture's own connector_status, shown as it says until the next write. */
  declared_status?: string;
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
  /** A fixture's own status (and status_reason), shown as it says until the next write. */
  declared?: { status: "Starting" | "Active" | "Broken" | "Paused" | "Stopped"; reason: string | null };
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

/** A transform: its config and implementation as written, and its latest live deployment. */
export interface StoredTransform {
  id: string;
  name: string;
  /** The API type (map_filter, enrich, ...): `transform` on writes. */
  transform_type: string;
  created_from: string;
  /** ISO 8601. */
  created_timestamp: string;
  updated_timestamp: string;
  /** Every config key of the type, as written or defaulted; integers as numbers. */
  config: Record<string, string | number>;
  /** The implementation JSON (code or SQL); null when none was written. */
  implementation: Record<string, unknown> | null;
  /** The implementation's version: 0 before any, one more per change. */
  version: number;
  tags: string[];
  /** The version a preview deploy last took, if any. */
  preview_version?: number;
  /** The latest live deployment; absent before the first. */
  job?: TransformJob;
  /** A fixture's transform may declare its status and output topics as the API shows them. */
  declared?: { status: string; topic_ids: string[]; topics: string[]; start_time: string | null };
}

/** A live deployment: the version it runs, when it ends deploying (the clock's time), and why
 * it failed (the implementation would not load, or threw on a probe record), or null. */
export interface TransformJob {
  version: number;
  started_at: number;
  ready_at: number;
  failure: string | null;
}
