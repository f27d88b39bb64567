// An in-memory Streamkap API for resource tests: each collection stores what is sent and
// records every call; connectors echo config values as strings the way the API does and leave
// secrets out of answers unless asked for them; pipelines answer Active. What a test does not fake throws.
import { everyConnector } from "../../../catalog";
import type { ApiConnector, ConnectorWrite } from "../api/collections/connectors";
import type { ApiObject, ApiPage, CollectionApi, WriteOptions } from "../api/collections/collection-api";
import type { ApiPipeline, PipelineWrite } from "../api/collections/pipelines";
import type { StreamkapApi } from "../api/client";

export class FakeCollection<T extends ApiObject, W extends { name: string }> implements CollectionApi<T, W> {
  readonly stored = new Map<string, T>();
  readonly calls: { op: string; id?: string; body?: W; opts?: WriteOptions }[] = [];
  private next = 1;

  constructor(
    readonly noun: string,
    /** The object the API keeps for a write (`prior` on update). */
    private readonly make: (id: string, body: W, prior?: T) => T,
    /** What the API shows of a kept object. */
    private readonly answer: (kept: T) => T = (kept) => structuredClone(kept),
  ) {}

  async create(body: W, opts?: WriteOptions): Promise<T> {
    this.calls.push({ op: "create", body, opts });
    const id = (this.next++).toString(16).padStart(24, "0");
    const created = this.make(id, body);
    this.stored.set(id, created);
    return this.answer(created);
  }

  async get(id: string): Promise<T | undefined> {
    this.calls.push({ op: "get", id });
    const kept = this.stored.get(id);
    return kept && this.answer(kept);
  }

  async list(): Promise<ApiPage<T>> {
    return { result: [...this.stored.values()].map((s) => this.answer(s)) };
  }

  async update(id: string, body: W, opts?: WriteOptions): Promise<T> {
    this.calls.push({ op: "update", id, body, opts });
    const prior = this.stored.get(id);
    if (!prior) throw new Error(`PUT /${this.noun}s/${id} failed with status 404`);
    const updated = this.make(id, body, prior);
    this.stored.set(id, updated);
    return this.answer(updated);
  }

  async delete(id: string): Promise<boolean> {
    this.calls.push({ op: "delete", id });
    return this.stored.delete(id);
  }
}

export type FakeConnectorApi = FakeCollection<ApiConnector, ConnectorWrite>;

function connectors(noun: "source" | "destination", readSecrets: boolean): FakeConnectorApi {
  return new FakeCollection<ApiConnector, ConnectorWrite>(
    noun,
    (id, body, prior) => ({
      ...prior,
      id,
      name: body.name,
      connector: body.connector,
      config: stringify(body.config),
      connector_status: "Active",
      topics: noun === "source" ? [`source_${id}.public.orders`] : [],
    }),
    readSecrets ? (kept) => structuredClone(kept) : withoutSecrets,
  );
}

function pipelines(): FakeCollection<ApiPipeline, PipelineWrite> {
  return new FakeCollection<ApiPipeline, PipelineWrite>("pipeline", (id, body) => ({ ...structuredClone(body), id, tags: body.tags ?? [], status: "Active" }));
}

/** A fake API with one fake collection per kind; the rest throws when used. Connector reads
 * carry secrets when `readSecrets` (as with secret_returned=true). */
export function fakeStreamkapApi({ readSecrets = false } = {}) {
  const api = {
    sources: connectors("source", readSecrets),
    destinations: connectors("destination", readSecrets),
    pipelines: pipelines(),
    secretsReturned: readSecrets,
  };
  return { ...api, tags: notFaked("tags"), topics: notFaked("topics"), transforms: notFaked("transforms") } as StreamkapApi & typeof api;
}

function notFaked(name: string): never {
  return new Proxy({}, { get: (_t, op) => () => Promise.reject(new Error(`${name}.${String(op)} is not faked`)) }) as never;
}

/** A copy without secret values, as with secret_returned=false. */
function withoutSecrets(kept: ApiConnector): ApiConnector {
  const sensitive = new Set(
    everyConnector()
      .filter((c) => c.id === kept.connector)
      .flatMap((c) => c.fields.filter((f) => f.sensitive).map((f) => f.api_key)),
  );
  const config: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(kept.config ?? {})) if (!sensitive.has(k)) config[k] = v;
  return { ...structuredClone(kept), config };
}

function stringify(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === "object" ? v : String(v)]));
}
