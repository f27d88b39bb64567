// A deliberately plain view of the Streamkap API for tests and benchmarks (fetch), independent
// of the provider's own client, so that they check what the API really holds. Sign-in and paged
// listings are the export command's read-only session (constructs/cli/export/api-session.ts).
import { ApiSession } from "../../constructs/cli/export/api-session";

/** A source or destination as the API answers. */
export interface ApiConnector {
  id: string;
  name: string;
  connector: string;
  created_from: string;
  connector_status: string;
  config: Record<string, unknown>;
  topics: string[];
}

/** The API's collections of connectors. */
export interface ApiTransform {
  id: string;
  name: string;
  transform_type: string;
  config: Record<string, unknown>;
  implementation?: Record<string, unknown>;
}

export type Collection = "sources" | "destinations" | "pipelines" | "transforms";

export interface ConnectorBody {
  name: string;
  connector: string;
  config: Record<string, unknown>;
}

export class StreamkapApi {
  private readonly session: ApiSession;

  constructor(
    readonly url: string,
    clientId: string,
    secret: string,
  ) {
    this.session = new ApiSession({ host: url, clientId, secret });
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
    const token = await this.session.accessToken();
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as T };
  }

  /** Every connector of a collection, all pages. */
  list(collection: Collection): Promise<ApiConnector[]> {
    return this.session.list<ApiConnector>(collection);
  }

  async get(collection: Collection, id: string, secretReturned = false): Promise<ApiConnector | undefined> {
    const { json } = await this.call<{ result?: ApiConnector[] }>("GET", `/${collection}/${id}?secret_returned=${secretReturned}`);
    return json.result?.[0];
  }

  async create(collection: Collection, body: ConnectorBody): Promise<ApiConnector> {
    const { status, json } = await this.call<ApiConnector>("POST", `/${collection}?wait=true`, { ...body, created_from: "api" });
    if (status >= 300) throw new Error(`create failed: ${status} ${JSON.stringify(json)}`);
    return json;
  }

  async update(collection: Collection, id: string, body: ConnectorBody): Promise<ApiConnector> {
    const { status, json } = await this.call<ApiConnector>("PUT", `/${collection}/${id}?wait=true`, body);
    if (status >= 300) throw new Error(`update failed: ${status} ${JSON.stringify(json)}`);
    return json;
  }

  async delete(collection: Collection, id: string): Promise<number> {
    return (await this.call("DELETE", `/${collection}/${id}`)).status;
  }

  /** The tenant's transforms (the first 100: enough for tests). */
  async listTransforms(): Promise<ApiTransform[]> {
    return (await this.call<{ result: ApiTransform[] }>("GET", "/transforms?page=1&page_size=100")).json.result;
  }

  async getTransform(id: string): Promise<ApiTransform | undefined> {
    return (await this.call<{ result?: ApiTransform[] }>("GET", `/transforms/${id}?unwind_topics=false`)).json.result?.[0];
  }

  /** Changes a transform's code as someone in Streamkap's app would. */
  async putTransformImplementation(id: string, implementation: Record<string, unknown>): Promise<void> {
    const { status, json } = await this.call<ApiConnector>("PUT", `/transforms/${id}/implementation_details`, { transform_id: id, implementation });
    if (status >= 300) throw new Error(`implementation_details failed: ${status} ${JSON.stringify(json)}`);
  }

  /** The topics of one kind of entity, as GET /topics/details lists them. */
  async topicDetails(entityType: string): Promise<{ id: string; name: string; entity?: Record<string, unknown> }[]> {
    return (
      await this.call<{ result: { id: string; name: string; entity?: Record<string, unknown> }[] }>(
        "GET",
        `/topics/details?entity_type=${entityType}&page=1&page_size=100`,
      )
    ).json.result;
  }

  /** The tenant's tags, system tags included (GET /tags has no envelope nor pages). */
  async listTags(): Promise<{ id: string; name: string }[]> {
    return (await this.session.get<{ tags: { id: string; name: string }[] }>("/tags")).tags;
  }

  listSources = () => this.list("sources");
  getSource = (id: string, secretReturned = false) => this.get("sources", id, secretReturned);
  createSource = (body: ConnectorBody) => this.create("sources", body);
  updateSource = (id: string, body: ConnectorBody) => this.update("sources", id, body);
  deleteSource = (id: string) => this.delete("sources", id);
}
