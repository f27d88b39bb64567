// One REST collection of the API (/sources, /destinations, /pipelines): create, read, list,
// update and delete through the client's request engine, with what every kind gets the same way — reads
// served from one paged listing per refresh (read-cache.ts), names proven free from a shared
// listing (name-index.ts), and the read cache dropped around every write.
import type { ApiObject, ApiPage, CollectionApi, DeleteOptions, ListOptions, WriteOptions } from "./collection-api";
import type { RequestEngine } from "../transport/engine";
import { NameIndex } from "./name-index";
import { isSensitiveKey } from "../transport/redaction";
import { ReadCache } from "./read-cache";

export interface CollectionOptions {
  /** The API path, e.g. "/sources". */
  path: string;
  /** "source", "destination": for messages. */
  noun: string;
  /** Serve get() from one paged listing per refresh (see read-cache.ts). */
  cacheReads?: boolean;
  /** Ask for secret values on reads (secret_returned=true), and remember them as secrets. */
  secretsReturned?: boolean;
  /** How a write names one object: in the path (PUT/DELETE /sources/{id}), or as /transforms
   * does, in the body of PUT /transforms and the query of DELETE /transforms?id=. */
  addressing?: "path" | "body-and-query";
  /** Whether writes carry the `wait` parameter (transforms deploy apart and take none). */
  waitParameter?: boolean;
  /** Further query parameters of a read of one object. */
  readQuery?: Record<string, string | boolean>;
}

export class RestCollection<T extends ApiObject, W extends { name: string }> implements CollectionApi<T, W> {
  readonly noun: string;
  private readonly path: string;
  private readonly readCache?: ReadCache<T>;
  private readonly nameIndex: NameIndex;
  private readonly secretsReturned: boolean;
  private readonly wire: Required<Pick<CollectionOptions, "addressing" | "waitParameter" | "readQuery">>;

  constructor(
    private readonly engine: RequestEngine,
    options: CollectionOptions,
  ) {
    this.path = options.path;
    this.noun = options.noun;
    this.secretsReturned = options.secretsReturned ?? false;
    this.wire = { addressing: options.addressing ?? "path", waitParameter: options.waitParameter ?? true, readQuery: options.readQuery ?? {} };
    const listPage = (page: number, pageSize: number, o: { signal?: AbortSignal; deadline?: number }) => this.list({ page, pageSize, ...o });
    this.nameIndex = new NameIndex(listPage);
    if (options.cacheReads) this.readCache = new ReadCache({ listPage, getOne: (id, signal) => this.fetch(id, signal) });
  }

  create(body: W, opts: WriteOptions = {}): Promise<T> {
    return this.writing(async () => {
      const wait = opts.wait ?? true;
      const res = await this.engine.request<T>({
        method: "POST",
        path: this.path,
        query: this.writeQuery(wait),
        body: { ...body, created_from: "terraform" },
        idempotent: false,
        ...this.engine.writeTiming(opts, wait),
        secrets: opts.secrets,
        signal: opts.signal,
      });
      return this.expectOne(res.data, `POST ${this.path}`);
    }, body.name);
  }

  nameProvenFree(name: string, opts: { signal?: AbortSignal; deadline?: number } = {}): Promise<boolean> {
    return this.nameIndex.provenFree(name, opts);
  }

  get(id: string, opts: { signal?: AbortSignal; fresh?: boolean } = {}): Promise<T | undefined> {
    return this.readCache && !opts.fresh ? this.readCache.get(id, opts.signal) : this.fetch(id, opts.signal);
  }

  async list(opts: ListOptions = {}): Promise<ApiPage<T>> {
    const res = await this.engine.request<ApiPage<T>>({
      method: "GET",
      path: this.path,
      query: { page: opts.page, page_size: opts.pageSize, partial_name: opts.partialName, ...this.secretQuery() },
      idempotent: true,
      deadline: opts.deadline ?? this.engine.readDeadline(),
      signal: opts.signal,
    });
    const data = res.data as Partial<ApiPage<T>> | undefined;
    const result = Array.isArray(data?.result) ? data.result : [];
    this.remember(result);
    return { ...data, result };
  }

  update(id: string, body: W, opts: WriteOptions = {}): Promise<T> {
    return this.writing(async () => {
      const wait = opts.wait ?? true;
      const inBody = this.wire.addressing === "body-and-query";
      const path = inBody ? this.path : this.itemPath(id);
      const res = await this.engine.request<T>({
        method: "PUT",
        path,
        query: this.writeQuery(wait),
        body: inBody ? { id, ...body } : body,
        idempotent: true,
        ...this.engine.writeTiming(opts, wait),
        secrets: opts.secrets,
        signal: opts.signal,
      });
      return this.expectOne(res.data, `PUT ${path}`);
    }, body.name);
  }

  delete(id: string, opts: DeleteOptions = {}): Promise<boolean> {
    return this.writing(async () => {
      const inQuery = this.wire.addressing === "body-and-query";
      const res = await this.engine.request({
        method: "DELETE",
        path: inQuery ? this.path : this.itemPath(id),
        query: inQuery ? { id } : undefined,
        idempotent: true,
        ...this.engine.writeTiming(opts, false),
        accept: [404],
        signal: opts.signal,
      });
      return res.status !== 404;
    });
  }

  private async fetch(id: string, signal?: AbortSignal): Promise<T | undefined> {
    const res = await this.engine.request<ApiPage<T> | T>({
      method: "GET",
      path: this.itemPath(id),
      query: { ...this.secretQuery(), ...this.wire.readQuery },
      idempotent: true,
      accept: [404],
      deadline: this.engine.readDeadline(),
      signal,
    });
    if (res.status === 404) return undefined;
    const found = unwrapOne(res.data) as T | undefined;
    if (found) this.remember([found]);
    return found;
  }

  private writeQuery(wait: boolean): Record<string, boolean> {
    return this.wire.waitParameter ? { wait, secret_returned: false } : { secret_returned: false };
  }

  /** Reads say whether they want secrets; writes never do (their answers need none). */
  private secretQuery(): { secret_returned: boolean } {
    return { secret_returned: this.secretsReturned };
  }

  /** Secret values a read returned are secrets of this process from then on. */
  private remember(found: ApiObject[]): void {
    if (!this.secretsReturned) return;
    const values: string[] = [];
    for (const one of found) {
      const config = one.config;
      if (!config || typeof config !== "object") continue;
      for (const [key, value] of Object.entries(config)) if (typeof value === "string" && value.length >= 4 && isSensitiveKey(key)) values.push(value);
    }
    this.engine.rememberSecrets(values);
  }

  /** Runs a write with the read cache dropped before and after it, so no read started
   * around the write can keep a listing taken before the write took effect. A write that
   * names an object claims the name in the name index, whatever its outcome. */
  private async writing<T>(write: () => Promise<T>, name?: string): Promise<T> {
    this.readCache?.invalidate();
    if (name !== undefined) this.nameIndex.claim(name);
    try {
      return await write();
    } finally {
      this.readCache?.invalidate();
    }
  }

  private itemPath(id: string): string {
    return `${this.path}/${encodeURIComponent(id)}`;
  }

  private expectOne(data: unknown, what: string): T {
    const one = unwrapOne(data);
    if (!one) throw new Error(`Streamkap API ${what} answered without a ${this.noun} object`);
    return one as T;
  }
}

/** The one object inside a read-one envelope, or undefined for an empty result. */
export function unwrapOne(data: unknown): ApiObject | undefined {
  if (!data || typeof data !== "object") return undefined;
  if ("result" in data) {
    const result = data.result;
    return Array.isArray(result) && result.length > 0 ? (result[0] as ApiObject) : undefined;
  }
  return typeof (data as ApiObject).id === "string" ? (data as ApiObject) : undefined;
}
