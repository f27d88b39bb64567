// An in-memory connector collection for resource tests: stores what is sent, echoes config
// values as strings the way the API does, and leaves secrets out of answers.
import { everyConnector } from "../../../../catalog";
import type { ApiConnector, ApiPage, ConnectorApi, ConnectorWrite, StreamkapApi, WriteOptions } from "../../api/api-types";

export class FakeConnectorApi implements ConnectorApi {
  readonly stored = new Map<string, ApiConnector>();
  readonly calls: { op: string; id?: string; body?: ConnectorWrite; opts?: WriteOptions }[] = [];
  private next = 1;

  constructor(readonly noun = "source") {}

  async create(body: ConnectorWrite, opts?: WriteOptions): Promise<ApiConnector> {
    this.calls.push({ op: "create", body, opts });
    const id = (this.next++).toString(16).padStart(24, "0");
    const created: ApiConnector = {
      id,
      name: body.name,
      connector: body.connector,
      config: stringify(body.config),
      connector_status: "Active",
      topics: this.noun === "source" ? [`source_${id}.public.orders`] : [],
    };
    this.stored.set(id, created);
    return this.answer(created);
  }

  async get(id: string): Promise<ApiConnector | undefined> {
    this.calls.push({ op: "get", id });
    const s = this.stored.get(id);
    return s && this.answer(s);
  }

  async list(): Promise<ApiPage<ApiConnector>> {
    return { result: [...this.stored.values()].map((s) => this.answer(s)) };
  }

  async update(id: string, body: ConnectorWrite, opts?: WriteOptions): Promise<ApiConnector> {
    this.calls.push({ op: "update", id, body, opts });
    const s = this.stored.get(id);
    if (!s) throw new Error(`PUT /${this.noun}s/${id} failed with status 404`);
    const updated = { ...s, name: body.name, config: stringify(body.config) };
    this.stored.set(id, updated);
    return this.answer(updated);
  }

  async delete(id: string): Promise<boolean> {
    this.calls.push({ op: "delete", id });
    return this.stored.delete(id);
  }

  /** A copy without secret values, as with secret_returned=false. */
  private answer(s: ApiConnector): ApiConnector {
    const sensitive = new Set(everyConnector().filter((c) => c.id === s.connector).flatMap((c) => c.fields.filter((f) => f.sensitive).map((f) => f.api_key)));
    const config: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s.config ?? {})) if (!sensitive.has(k)) config[k] = v;
    return { ...s, config };
  }
}

/** A fake API with one fake collection per kind. */
export function fakeStreamkapApi(): StreamkapApi & { sources: FakeConnectorApi; destinations: FakeConnectorApi } {
  return { sources: new FakeConnectorApi("source"), destinations: new FakeConnectorApi("destination") };
}

function stringify(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === "object" ? v : String(v)]));
}
