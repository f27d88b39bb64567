// The shapes of Streamkap API payloads this provider uses (see reference/streamkap-api.md and
// streamkap-api-flow.md), and what resources need from the API, kind by kind.

/** Anything the API keeps by id and (unique) name. Only the fields the provider reads are typed. */
export interface ApiObject {
  id: string;
  name: string;
  [other: string]: unknown;
}

/** A connector (source or destination) as the API returns it. */
export interface ApiConnector extends ApiObject {
  connector: string;
  config?: Record<string, unknown>;
  connector_status?: string;
  topics?: unknown;
}

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

/** The paginated envelope of list and read-one answers. */
export interface ApiPage<T> {
  total?: number;
  page?: number;
  page_size?: number;
  result: T[];
}

/** The body of a connector's create or update. */
export interface ConnectorWrite {
  name: string;
  connector: string;
  config: Record<string, unknown>;
  /** Active, Paused or Stopped; the API keeps its current state when absent. */
  desired_state?: string;
  /** Tag ids: null keeps the API's, [] clears. */
  tags?: string[] | null;
}

export interface WriteOptions {
  /** Return only once the connector is deployed (default true). */
  wait?: boolean;
  /** Values in the request that must never appear in an error message. */
  secrets?: string[];
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call (the resource's `timeouts`); also ends its
   * retries, counted from the call's start unless `deadline` is given. */
  timeoutMs?: number;
  /** Epoch ms by which the call and all its retries must be over (shared by the steps of one
   * operation, such as a create's name check, POST and look-up). */
  deadline?: number;
}

export interface DeleteOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  deadline?: number;
}

export interface ListOptions {
  page?: number;
  pageSize?: number;
  partialName?: string;
  signal?: AbortSignal;
  deadline?: number;
}

/** One REST collection of the API (/sources, /destinations, /pipelines): what the resources
 * need from it. The client implements it (collection.ts), tests fake it. */
export interface CollectionApi<T extends ApiObject, W extends { name: string }> {
  /** "source", "destination", "pipeline": for messages. */
  readonly noun: string;
  create(body: W, opts?: WriteOptions): Promise<T>;
  /** The object, or undefined when it no longer exists. `fresh` skips any read cache (polling). */
  get(id: string, opts?: { signal?: AbortSignal; fresh?: boolean }): Promise<T | undefined>;
  list(opts?: ListOptions): Promise<ApiPage<T>>;
  /** True when a listing shared by the process's creates proves no object of the collection
   * has this name (see name-index.ts); false, or absent, means the create looks the name up. */
  nameProvenFree?(name: string, opts?: { signal?: AbortSignal; deadline?: number }): Promise<boolean>;
  update(id: string, body: W, opts?: WriteOptions): Promise<T>;
  /** Deletes the object; true if it existed, false if it was already gone. */
  delete(id: string, opts?: DeleteOptions): Promise<boolean>;
}

export type ConnectorApi = CollectionApi<ApiConnector, ConnectorWrite>;
export type PipelinesApi = CollectionApi<ApiPipeline, PipelineWrite>;

/** The API as the resources see it: one collection per kind. */
export interface StreamkapApi {
  readonly sources: ConnectorApi;
  readonly destinations: ConnectorApi;
  readonly pipelines: PipelinesApi;
  /** Whether connector reads carry secret values (the provider's read_secrets). */
  readonly secretsReturned: boolean;
  readonly tags: import("./tags").TagApi;
  readonly topics: import("./topics").TopicApi;
  readonly transforms: import("./transforms").TransformApi;
}
