import { StreamkapApiError } from "../api/transport/api-error";
import type { ApiPage, ListOptions, WriteOptions } from "../api/collections/collection-api";
import type { ApiConnector, ConnectorApi, ConnectorWrite } from "../api/collections/connectors";
import { createResourceOnce as createOnce, NameTakenError } from "./create-once";
import { NameIndex } from "../api/collections/name-index";

type PostOutcome = "ok" | "lost-after-write" | "503-before-write" | "timeout-after-write" | "422";

/** An API whose POSTs fail as scripted, one outcome per POST. */
class ScriptedApi implements ConnectorApi {
  readonly noun = "source";
  readonly sources: ApiConnector[] = [];
  readonly posts: ConnectorWrite[] = [];
  readonly lists: ListOptions[] = [];
  nameProvenFree?: ConnectorApi["nameProvenFree"];
  private next = 1;
  constructor(private readonly outcomes: PostOutcome[]) {}

  add(name: string, connector: string, created_from = "terraform"): ApiConnector {
    const s: ApiConnector = { id: (this.next++).toString(16).padStart(24, "0"), name, connector, created_from };
    this.sources.push(s);
    return s;
  }

  async create(body: ConnectorWrite, _opts?: WriteOptions): Promise<ApiConnector> {
    this.posts.push(body);
    const outcome = this.outcomes.shift() ?? "ok";
    const fail = (f: { status?: number; code?: string; body?: unknown }) =>
      new StreamkapApiError({ method: "POST", path: "/sources", cause: f.code ? "lost" : undefined, ...f });
    if (outcome === "503-before-write") throw fail({ status: 503 });
    if (outcome === "422" || this.sources.some((s) => s.name === body.name)) throw fail({ status: 422, body: { detail: "already exists" } });
    const made = this.add(body.name, body.connector);
    if (outcome === "lost-after-write") throw fail({ code: "ECONNRESET" });
    if (outcome === "timeout-after-write") throw fail({ code: "ECONNABORTED" });
    return made;
  }
  async list(opts: ListOptions = {}): Promise<ApiPage<ApiConnector>> {
    this.lists.push(opts);
    const needle = (opts.partialName ?? "").toLowerCase();
    const result = this.sources.filter((s) => s.name.toLowerCase().includes(needle));
    return { total: result.length, result };
  }
  async get(): Promise<ApiConnector | undefined> {
    return undefined;
  }
  async update(): Promise<ApiConnector> {
    throw new Error("not used");
  }
  async delete(): Promise<boolean> {
    return false;
  }
}

const body: ConnectorWrite = { name: "orders", connector: "postgresql", config: {} };
const OPTS = { resourceType: "streamkap_source_postgresql" };

test("checks the name with an exact match before the POST", async () => {
  const api = new ScriptedApi(["ok"]);
  api.add("orders-archive", "postgresql");
  const made = await createOnce(api, body, OPTS);
  expect(made.name).toBe("orders");
  expect(api.lists[0]).toMatchObject({ partialName: "orders" });
  expect(api.posts).toHaveLength(1);
});

test("a taken name fails before any POST, naming the id and the import command", async () => {
  const api = new ScriptedApi([]);
  const existing = api.add("orders", "mysql", "web");
  const err = (await createOnce(api, body, OPTS).catch((e) => e)) as Error;
  expect(err).toBeInstanceOf(NameTakenError);
  expect(err.message).toContain(existing.id);
  expect(err.message).toContain(`terraform import streamkap_source_postgresql.<resource name> ${existing.id}`);
  expect(api.posts).toHaveLength(0);
});

test("the resource type given is the one in the import command", async () => {
  const api = new ScriptedApi([]);
  api.add("orders", "postgresql");
  await expect(createOnce(api, body, { resourceType: "streamkap_source" })).rejects.toThrow(/terraform import streamkap_source\.<resource name>/);
});

test.each(["lost-after-write", "timeout-after-write"] as const)("after %s the source made is adopted, not made twice", async (outcome) => {
  const api = new ScriptedApi([outcome]);
  const made = await createOnce(api, body, OPTS);
  expect(api.sources).toHaveLength(1);
  expect(made.id).toBe(api.sources[0].id);
  expect(api.posts).toHaveLength(1);
});

test("after a 5xx with nothing made, the POST is sent again", async () => {
  const api = new ScriptedApi(["503-before-write", "503-before-write", "ok"]);
  const made = await createOnce(api, body, OPTS);
  expect(api.posts).toHaveLength(3);
  expect(api.sources.map((s) => s.id)).toEqual([made.id]);
});

test("a source by that name with another connector appearing meanwhile is not taken over", async () => {
  const api = new ScriptedApi(["503-before-write"]);
  const original = api.create.bind(api);
  api.create = async (b, o) => {
    api.add("orders", "mysql", "web");
    return original(b, o);
  };
  const err = (await createOnce(api, body, OPTS).catch((e) => e)) as Error;
  expect(err).toBeInstanceOf(NameTakenError);
  expect(api.sources.filter((s) => s.connector === "postgresql")).toHaveLength(0);
});

test("a known refusal (422) is not retried", async () => {
  const api = new ScriptedApi(["422"]);
  await expect(createOnce(api, body, OPTS)).rejects.toThrow(/422/);
  expect(api.posts).toHaveLength(1);
});

test("POSTs that keep failing end with the last error, in a bounded number of tries", async () => {
  const api = new ScriptedApi(Array(100).fill("503-before-write"));
  await expect(createOnce(api, body, OPTS)).rejects.toThrow(/503/);
  expect(api.posts.length).toBeGreaterThan(1);
  expect(api.posts.length).toBeLessThan(100);
});

describe("with a listing of the tenant's names", () => {
  /** The scripted API with a name index over its own sources, as the client has. */
  function listedApi(outcomes: PostOutcome[]) {
    const api = new ScriptedApi(outcomes);
    const index = new NameIndex((page, pageSize) => api.list({ page, pageSize }));
    api.nameProvenFree = (name) => index.provenFree(name);
    return api;
  }

  test("ten creates cost one listing and no look-up per name", async () => {
    const api = listedApi([]);
    api.add("orders-archive", "postgresql");
    const made = await Promise.all(Array.from({ length: 10 }, (_, i) => createOnce(api, { ...body, name: `orders-${i}` }, OPTS)));
    expect(made).toHaveLength(10);
    expect(api.lists).toHaveLength(1);
    expect(api.lists[0].partialName).toBeUndefined();
    expect(api.posts).toHaveLength(10);
  });

  test("a listed name is confirmed by a look-up: taken fails before any POST", async () => {
    const api = listedApi([]);
    const existing = api.add("orders", "mysql", "web");
    await expect(createOnce(api, body, OPTS)).rejects.toThrow(existing.id);
    expect(api.lists.map((l) => l.partialName)).toEqual([undefined, "orders"]);
    expect(api.posts).toHaveLength(0);
  });

  test("a listed name freed since (deleted by this process) is created", async () => {
    const api = listedApi([]);
    api.add("orders", "postgresql");
    await api.nameProvenFree!("other");
    api.sources.length = 0;
    expect((await createOnce(api, body, OPTS)).name).toBe("orders");
  });

  test("a name taken after the listing: the API's refusal is reported as the name taken, nothing adopted", async () => {
    const api = listedApi([]);
    await api.nameProvenFree!("warm-up");
    const theirs = api.add("orders", "postgresql", "web");
    const err = (await createOnce(api, body, OPTS).catch((e) => e)) as Error;
    expect(err).toBeInstanceOf(NameTakenError);
    expect(err.message).toContain(theirs.id);
    expect(api.posts).toHaveLength(1);
    expect(api.sources).toHaveLength(1);
  });

  test("after a lost answer the source made is adopted: the listing proved the name free", async () => {
    const api = listedApi(["lost-after-write"]);
    const made = await createOnce(api, body, OPTS);
    expect(api.sources.map((s) => s.id)).toEqual([made.id]);
    expect(api.posts).toHaveLength(1);
  });
});
