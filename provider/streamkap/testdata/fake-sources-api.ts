// An in-memory SourcesApi for resource tests: stores what is sent, echoes config values as
// strings the way the API does, and leaves secrets out of answers.
import { sourceCatalog } from "../../../catalog";
import type { ApiPage, ApiSource, SourcesApi, SourceWrite, WriteOptions } from "../api-types";

export class FakeSourcesApi implements SourcesApi {
  readonly sources = new Map<string, ApiSource>();
  readonly calls: { op: string; id?: string; body?: SourceWrite; opts?: WriteOptions }[] = [];
  private next = 1;

  async createSource(body: SourceWrite, opts?: WriteOptions): Promise<ApiSource> {
    this.calls.push({ op: "create", body, opts });
    const id = (this.next++).toString(16).padStart(24, "0");
    const source: ApiSource = {
      id,
      name: body.name,
      connector: body.connector,
      config: stringify(body.config),
      connector_status: "Active",
      topics: [`source_${id}.public.orders`],
    };
    this.sources.set(id, source);
    return this.answer(source);
  }

  async getSource(id: string): Promise<ApiSource | undefined> {
    this.calls.push({ op: "get", id });
    const s = this.sources.get(id);
    return s && this.answer(s);
  }

  async listSources(): Promise<ApiPage<ApiSource>> {
    return { result: [...this.sources.values()].map((s) => this.answer(s)) };
  }

  async updateSource(id: string, body: SourceWrite, opts?: WriteOptions): Promise<ApiSource> {
    this.calls.push({ op: "update", id, body, opts });
    const s = this.sources.get(id);
    if (!s) throw new Error(`PUT /sources/${id} failed with status 404`);
    const updated = { ...s, name: body.name, config: stringify(body.config) };
    this.sources.set(id, updated);
    return this.answer(updated);
  }

  async deleteSource(id: string): Promise<boolean> {
    this.calls.push({ op: "delete", id });
    return this.sources.delete(id);
  }

  /** A copy without secret values, as with secret_returned=false. */
  private answer(s: ApiSource): ApiSource {
    const connector = sourceCatalog.find(s.connector);
    const config: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s.config ?? {})) {
      if (!connector?.fields.find((f) => f.api_key === k)?.sensitive) config[k] = v;
    }
    return { ...s, config };
  }
}

function stringify(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === "object" ? v : String(v)]));
}
