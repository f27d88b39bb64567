// What every collection of the API shares: an object with an id and a unique name, the paged
// envelope, the options of reads and writes, and CollectionApi, what the resources need from a
// REST collection (rest-collection.ts implements it, tests fake it). Each collection's own
// payloads are in its file (connectors.ts, pipelines.ts, tags.ts, topics.ts, transforms.ts).

/** Anything the API keeps by id and (unique) name. Only the fields the provider reads are typed. */
export interface ApiObject {
  id: string;
  name: string;
  [other: string]: unknown;
}

/** The paginated envelope of list and read-one answers. */
export interface ApiPage<T> {
  total?: number;
  page?: number;
  page_size?: number;
  result: T[];
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
 * need from it. The client implements it (rest-collection.ts), tests fake it. */
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
