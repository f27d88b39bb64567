// /tags through the client's request engine. Tags are not a paged REST collection: every
// listing answers `{"tags": [...]}` whole, one tag is read as `GET /tags?tag_ids=<id>`, and
// filters repeat in the query (or, for id lists too long for a URL, go in the body of
// POST /tags/search). The collection still offers the CollectionApi shape, so that the shared
// create rules (create-once.ts) and exact-name lookup (find-named.ts) apply to tags unchanged.
import { StreamkapApiError } from "../transport/api-error";
import type { ApiObject, ApiPage, CollectionApi, DeleteOptions, ListOptions, WriteOptions } from "./collection-api";
import type { RequestEngine } from "../transport/engine";

/** Every tag type the API knows. environment and general belong to Streamkap's system tags. */
export { TAG_TYPES } from "../../../../catalog/system-tags";

/** A tag as the API returns it. */
export interface ApiTag extends ApiObject {
  description?: string | null;
  type?: string[];
  system?: boolean;
  custom?: boolean | null;
}

/** The body of a tag's create or update. */
export interface TagWrite {
  name: string;
  description: string | null;
  type: string[];
}

/** What `streamkap_tags` filters on: all AND-ed, the types OR-ed among themselves. */
export interface TagFilter {
  name?: string;
  types?: string[];
  ids?: string[];
}

export interface TagApi extends CollectionApi<ApiTag, TagWrite> {
  /** Every tag matching the filter. */
  search(filter: TagFilter, opts?: { signal?: AbortSignal; deadline?: number }): Promise<ApiTag[]>;
  /** Each tag's name and types (a tag that does not exist is left out), from the tags this
   * process has already seen or planned, and one search for the others. */
  kindsOf(ids: readonly string[], opts?: { signal?: AbortSignal }): Promise<Map<string, TagKinds>>;
  /** A tag as it will be once the plan is applied, as its own resource planned it. */
  rememberPlanned(id: string, tag: TagKinds): void;
}

/** What a tag is called and what it may be put on. */
export interface TagKinds {
  name: string | undefined;
  type: readonly string[];
}

/** Longer query strings go in a POST /tags/search body, as the official client does. */
const MAX_QUERY_LENGTH = 1500;

export class TagCollection implements TagApi {
  readonly noun = "tag";
  /** Every tag's name and types as last seen in an answer or a plan of this process: the tags
   * of one configuration are refreshed or planned before what they are put on, so checking
   * where a tag goes usually costs no request. */
  private readonly known = new Map<string, TagKinds>();

  constructor(private readonly engine: RequestEngine) {}

  async create(body: TagWrite, opts: WriteOptions = {}): Promise<ApiTag> {
    const res = await this.engine.request<ApiTag>({
      method: "POST",
      path: "/tags",
      body: { ...body, created_from: "terraform" },
      idempotent: false,
      ...this.engine.writeTiming(opts, false),
      signal: opts.signal,
    });
    return this.seen(expectTag(res.data, "POST /tags"));
  }

  async get(id: string, opts: { signal?: AbortSignal } = {}): Promise<ApiTag | undefined> {
    const found = await this.search({ ids: [id] }, { signal: opts.signal, accept404: true });
    return found.find((t) => t.id === id);
  }

  /** Tags by name (`partialName`, matched however the API matches tag_name), as one page
   * holding them all: the API does not page tags. */
  async list(opts: ListOptions = {}): Promise<ApiPage<ApiTag>> {
    const result = await this.search({ name: opts.partialName }, opts);
    return { result, total: result.length };
  }

  async update(id: string, body: TagWrite, opts: WriteOptions = {}): Promise<ApiTag> {
    const path = tagPath(id);
    const res = await this.engine.request<ApiTag>({
      method: "PUT",
      path,
      body,
      idempotent: true,
      ...this.engine.writeTiming(opts, false),
      signal: opts.signal,
    });
    return this.seen(expectTag(res.data, `PUT ${path}`));
  }

  async delete(id: string, opts: DeleteOptions = {}): Promise<boolean> {
    const res = await this.engine.request({
      method: "DELETE",
      path: tagPath(id),
      idempotent: true,
      ...this.engine.writeTiming(opts, false),
      accept: [404],
      signal: opts.signal,
    });
    this.known.delete(id);
    return res.status !== 404;
  }

  async search(filter: TagFilter, opts: { signal?: AbortSignal; deadline?: number; accept404?: boolean } = {}): Promise<ApiTag[]> {
    const query = new URLSearchParams();
    if (filter.name) query.append("tag_name", filter.name);
    for (const type of filter.types ?? []) query.append("tag_type", type);
    const withIds = new URLSearchParams(query);
    for (const id of filter.ids ?? []) withIds.append("tag_ids", id);
    const inBody = withIds.toString().length > MAX_QUERY_LENGTH;
    const queryText = (inBody ? query : withIds).toString();
    const res = await this.engine.request<{ tags?: unknown }>({
      method: inBody ? "POST" : "GET",
      // Filters repeat (tag_type=a&tag_type=b), which the engine's query record cannot say.
      path: `${inBody ? "/tags/search" : "/tags"}${queryText ? `?${queryText}` : ""}`,
      body: inBody ? { tag_ids: filter.ids } : undefined,
      idempotent: true,
      deadline: opts.deadline ?? this.engine.readDeadline(),
      // A mock answers 404 "Tag not found" for an unknown id: no tag, not a failure.
      accept: opts.accept404 ? [404] : undefined,
      signal: opts.signal,
    });
    if (res.status === 404) return [];
    const tags = res.data?.tags;
    const found = Array.isArray(tags) ? (tags as unknown[]).filter((t): t is ApiTag => isObject(t) && typeof t.id === "string") : [];
    return found.map((tag) => this.seen(tag));
  }

  async kindsOf(ids: readonly string[], opts: { signal?: AbortSignal } = {}): Promise<Map<string, TagKinds>> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (missing.length > 0) await this.search({ ids: missing }, { signal: opts.signal, accept404: true });
    const kinds = new Map<string, TagKinds>();
    for (const id of ids) {
      const known = this.known.get(id);
      if (known) kinds.set(id, known);
    }
    return kinds;
  }

  rememberPlanned(id: string, tag: TagKinds): void {
    this.known.set(id, { name: tag.name, type: [...tag.type] });
  }

  private seen(tag: ApiTag): ApiTag {
    if (Array.isArray(tag.type)) this.known.set(tag.id, { name: typeof tag.name === "string" ? tag.name : undefined, type: tag.type.map(String) });
    return tag;
  }
}

/** The API's answer to a second tag with a name and types already used (HTTP 400). */
export function isIdenticalTagRefusal(err: unknown): boolean {
  return err instanceof StreamkapApiError && err.status !== undefined && err.status < 500 && /already exists/i.test(err.message);
}

/** The tag ids a record (topic, transform) carries: ids, or tag objects with an id. */
export function tagIdsOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return (value as unknown[]).map((t) => (t && typeof t === "object" ? (t as { id?: unknown }).id : t)).filter((id): id is string => typeof id === "string");
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function tagPath(id: string): string {
  return `/tags/${encodeURIComponent(id)}`;
}

function expectTag(data: unknown, what: string): ApiTag {
  if (data && typeof data === "object" && typeof (data as ApiTag).id === "string") return data as ApiTag;
  throw new Error(`Streamkap API ${what} answered without a tag object`);
}
