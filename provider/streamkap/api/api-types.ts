// The shapes of Streamkap API payloads this provider uses (see reference/streamkap-api.md and
// streamkap-api-flow.md), and what resources need from the API, kind by kind.

/** A connector (source or destination) as the API returns it. Only the fields the provider
 * reads are typed. */
export interface ApiConnector {
  id: string;
  name: string;
  connector: string;
  config?: Record<string, unknown>;
  connector_status?: string;
  topics?: unknown;
  [other: string]: unknown;
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

/** One collection of connectors (/sources, /destinations): what the connector resources
 * need from the API. The client implements it (collection.ts), tests fake it. */
export interface ConnectorApi {
  /** "source" or "destination", for messages. */
  readonly noun: string;
  create(body: ConnectorWrite, opts?: WriteOptions): Promise<ApiConnector>;
  /** The connector, or undefined when it no longer exists. `fresh` skips any read cache (polling). */
  get(id: string, opts?: { signal?: AbortSignal; fresh?: boolean }): Promise<ApiConnector | undefined>;
  list(opts?: ListOptions): Promise<ApiPage<ApiConnector>>;
  /** True when a listing shared by the process's creates proves no connector of this kind has
   * this name (see name-index.ts); false, or absent, means the create looks the name up. */
  nameProvenFree?(name: string, opts?: { signal?: AbortSignal; deadline?: number }): Promise<boolean>;
  update(id: string, body: ConnectorWrite, opts?: WriteOptions): Promise<ApiConnector>;
  /** Deletes the connector; true if it existed, false if it was already gone. */
  delete(id: string, opts?: DeleteOptions): Promise<boolean>;
}

/** The API as the resources see it: one collection per kind. */
export interface StreamkapApi {
  readonly sources: ConnectorApi;
  readonly destinations: ConnectorApi;
}
