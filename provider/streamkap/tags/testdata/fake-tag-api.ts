// An in-memory /tags for resource and data source tests: the Development system tag from the
// start, the API's refusal of a second tag with the same name and types (400), and a log of
// the calls made, so tests can say that no POST was sent.
import { SYSTEM_TAGS } from "../../../../catalog/system-tags";
import { StreamkapApiError } from "../../api/transport/api-error";
import type { ApiPage, ListOptions } from "../../api/collections/collection-api";
import type { ApiTag, TagApi, TagFilter, TagKinds, TagWrite } from "../../api/collections/tags";

export class FakeTagApi implements TagApi {
  readonly noun = "tag";
  readonly stored = new Map<string, ApiTag>();
  readonly calls: { op: string; id?: string; body?: TagWrite; filter?: TagFilter }[] = [];
  readonly planned = new Map<string, TagKinds>();
  private next = 1;

  constructor() {
    const dev = SYSTEM_TAGS.development;
    this.stored.set(dev.id, { id: dev.id, name: dev.name, description: null, type: ["environment"], system: true, custom: false });
  }

  async create(body: TagWrite): Promise<ApiTag> {
    this.calls.push({ op: "create", body });
    this.refuseIdentical(body, "POST", "/tags");
    const tag: ApiTag = { id: (this.next++).toString(16).padStart(24, "a"), ...body, description: body.description ?? "", system: false, custom: true };
    this.stored.set(tag.id, tag);
    return { ...tag };
  }

  async get(id: string): Promise<ApiTag | undefined> {
    this.calls.push({ op: "get", id });
    const tag = this.stored.get(id);
    return tag && { ...tag };
  }

  async list(opts: ListOptions = {}): Promise<ApiPage<ApiTag>> {
    const result = await this.search({ name: opts.partialName });
    return { result, total: result.length };
  }

  async search(filter: TagFilter): Promise<ApiTag[]> {
    this.calls.push({ op: "search", filter });
    return [...this.stored.values()]
      .filter(
        (t) =>
          (!filter.name || t.name === filter.name) &&
          (!filter.ids || filter.ids.includes(t.id)) &&
          (!filter.types || (t.type ?? []).some((x) => filter.types!.includes(x))),
      )
      .map((t) => ({ ...t }));
  }

  async update(id: string, body: TagWrite): Promise<ApiTag> {
    this.calls.push({ op: "update", id, body });
    const tag = this.stored.get(id);
    if (!tag) throw new StreamkapApiError({ method: "PUT", path: `/tags/${id}`, status: 404, body: { detail: `Tag not found: ${id}` } });
    this.refuseIdentical(body, "PUT", `/tags/${id}`, id);
    const updated = { ...tag, ...body };
    this.stored.set(id, updated);
    return { ...updated };
  }

  async delete(id: string): Promise<boolean> {
    this.calls.push({ op: "delete", id });
    return this.stored.delete(id);
  }

  private refuseIdentical(body: TagWrite, method: string, path: string, except?: string): void {
    const same = [...this.stored.values()].some((t) => t.id !== except && t.name === body.name && sameTypes(t.type ?? [], body.type));
    if (same) throw new StreamkapApiError({ method, path, status: 400, body: { detail: "A tag with identical properties already exists." } });
  }

  /** Straight from the stored tags (the real collection's memory of them is its own test's
   * business), a planned tag's types first. */
  async kindsOf(ids: readonly string[]): Promise<Map<string, TagKinds>> {
    this.calls.push({ op: "kindsOf" });
    const kinds = new Map<string, TagKinds>();
    for (const id of ids) {
      const tag = this.planned.get(id) ?? this.stored.get(id);
      if (tag) kinds.set(id, { name: tag.name, type: tag.type ?? [] });
    }
    return kinds;
  }

  rememberPlanned(id: string, tag: TagKinds): void {
    this.planned.set(id, tag);
  }

  /** The operations that wrote, in order. */
  writes(): string[] {
    return this.calls.filter((c) => ["create", "update", "delete"].includes(c.op)).map((c) => c.op);
  }
}

function sameTypes(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}
