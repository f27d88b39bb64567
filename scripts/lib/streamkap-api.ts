// A deliberately plain view of the Streamkap API for tests and benchmarks (fetch, no retries),
// independent of the provider's own client, so that they check what the API really holds.
export interface ApiSource {
  id: string;
  name: string;
  connector: string;
  created_from: string;
  connector_status: string;
  config: Record<string, unknown>;
  topics: string[];
}

export class StreamkapApi {
  private token?: string;

  constructor(
    readonly url: string,
    private readonly clientId: string,
    private readonly secret: string,
  ) {}

  private async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
    if (!this.token) {
      const res = await fetch(`${this.url}/auth/access-token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ client_id: this.clientId, secret: this.secret }),
      });
      if (res.status !== 200) throw new Error(`auth failed: ${res.status}`);
      this.token = ((await res.json()) as { accessToken: string }).accessToken;
    }
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json", accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: await res.json() };
  }

  async listSources(): Promise<ApiSource[]> {
    const all: ApiSource[] = [];
    for (let page = 1; ; page++) {
      const { json } = await this.call("GET", `/sources?page=${page}&page_size=100`);
      all.push(...json.result);
      if (json.result.length < 100) return all;
    }
  }

  async getSource(id: string, secretReturned = false): Promise<ApiSource | undefined> {
    const { json } = await this.call("GET", `/sources/${id}?secret_returned=${secretReturned}`);
    return json.result?.[0];
  }

  async createSource(body: { name: string; connector: string; config: Record<string, unknown> }): Promise<ApiSource> {
    const { status, json } = await this.call("POST", "/sources?wait=true", { ...body, created_from: "api" });
    if (status >= 300) throw new Error(`create failed: ${status} ${JSON.stringify(json)}`);
    return json;
  }

  async updateSource(id: string, body: { name: string; connector: string; config: Record<string, unknown> }): Promise<ApiSource> {
    const { status, json } = await this.call("PUT", `/sources/${id}?wait=true`, body);
    if (status >= 300) throw new Error(`update failed: ${status} ${JSON.stringify(json)}`);
    return json;
  }

  async deleteSource(id: string): Promise<number> {
    return (await this.call("DELETE", `/sources/${id}`)).status;
  }
}
