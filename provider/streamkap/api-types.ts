// The shapes of Streamkap API payloads this provider uses (see reference/streamkap-api.md).

/** A source as the API returns it. Only the fields the provider reads are typed. */
export interface ApiSource {
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

export interface SourceWrite {
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

/** What the source resources need from the API; the client implements it, tests fake it. */
export interface SourcesApi {
  createSource(body: SourceWrite, opts?: WriteOptions): Promise<ApiSource>;
  /** The source, or undefined when it no longer exists. `fresh` skips any read cache (polling). */
  getSource(id: string, opts?: { signal?: AbortSignal; fresh?: boolean }): Promise<ApiSource | undefined>;
  listSources(opts?: ListOptions): Promise<ApiPage<ApiSource>>;
  /** True when a listing shared by the process's creates proves no source has this name
   * (see name-index.ts); false, or absent, means the create looks the name up. */
  nameProvenFree?(name: string, opts?: { signal?: AbortSignal; deadline?: number }): Promise<boolean>;
  updateSource(id: string, body: SourceWrite, opts?: WriteOptions): Promise<ApiSource>;
  /** Deletes the source; true if it existed, false if it was already gone. */
  deleteSource(id: string, opts?: DeleteOptions): Promise<boolean>;
}
