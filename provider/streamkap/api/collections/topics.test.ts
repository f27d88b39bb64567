import { StreamkapApiError } from "../transport/api-error";
import type { ApiPage } from "./collection-api";
import type { RequestSpec } from "../transport/engine";
import { fakeEngine } from "../testdata/fake-engine";
import { listEveryTopic, partitionCount, TopicCollection, type ApiTopic, type TopicApi } from "./topics";

function engine(answer: (spec: RequestSpec) => unknown) {
  const { sent, engine: fake } = fakeEngine(answer);
  return { sent, topics: new TopicCollection(fake) };
}

const failing = (status: number, detail: string) => () => {
  throw new StreamkapApiError({ method: "GET", path: "/topics/x", status, body: { detail } });
};

describe("TopicCollection", () => {
  test("PUT sends the change inside payload; GET asks for the detailed view", async () => {
    const { sent, topics } = engine(() => ({ id: "t", name: "t", kafka: { partitions: { count: 4 } } }));
    await topics.update("source_1.public.orders", { partition_count: 4 });
    expect(sent[0]).toMatchObject({ method: "PUT", path: "/topics/source_1.public.orders", body: { payload: { partition_count: 4 } }, idempotent: true });
    const topic = await topics.get("t");
    expect(sent[1]).toMatchObject({ method: "GET", path: "/topics/t", query: { detailed: true } });
    expect(partitionCount(topic!)).toBe(4);
  });

  test("an unknown topic (404, 'not found', 'not owned') is undefined; other failures stay errors", async () => {
    expect(await engine(failing(404, "Topic x not found")).topics.get("x")).toBeUndefined();
    expect(await engine(failing(400, "Topic is not owned by this tenant")).topics.get("x")).toBeUndefined();
    await expect(engine(failing(403, "Forbidden")).topics.get("x")).rejects.toThrow("403");
  });

  test("listings ask for entity ids as a comma list", async () => {
    const { sent, topics } = engine(() => ({ result: [], total: 0 }));
    await topics.listPage({ entityType: "sources", entityIds: ["a", "b"] }, 2, 100);
    expect(sent[0]).toMatchObject({ path: "/topics/details", query: { page: 2, page_size: 100, entity_type: "sources", entity_id: "a,b" } });
  });

  test("the official shape's bare partition number is read too", () => {
    expect(partitionCount({ id: "t", name: "t", kafka: { partitions: 3 } })).toBe(3);
    expect(partitionCount({ id: "t", name: "t" })).toBeUndefined();
  });
});

describe("POST /topics/table_metrics", () => {
  test("sends the entities and the interval as given; an answer that is not an object is no figures", async () => {
    const request = {
      entities: [{ id: "e", entity_type: "sources", connector: "postgresql", topic_ids: ["t"], topic_db_ids: ["d"] }],
      time_interval: 24,
      time_unit: "hours",
    };
    const { sent, topics } = engine(() => ({ e: { t: { messages_in: 1 } } }));
    expect(await topics.tableMetrics(request)).toEqual({ e: { t: { messages_in: 1 } } });
    expect(sent[0]).toMatchObject({ method: "POST", path: "/topics/table_metrics", body: request });
    expect(await engine(() => "<html>").topics.tableMetrics(request)).toEqual({});
  });
});

describe("listEveryTopic", () => {
  /** `count` topics served at most `cap` a page, with or without a total. */
  function api(count: number, cap: number, withTotal = true): TopicApi & { pages: number[] } {
    const all = Array.from({ length: count }, (_, i) => ({ id: `t${i}`, name: `t${i}` }));
    const pages: number[] = [];
    return {
      pages,
      get: async () => undefined,
      update: async () => undefined,
      tableMetrics: async () => ({}),
      async listPage(_filter, page, pageSize): Promise<ApiPage<ApiTopic>> {
        pages.push(page);
        const size = Math.min(pageSize, cap);
        return { result: all.slice((page - 1) * size, page * size), ...(withTotal ? { total: count } : {}) };
      },
    };
  }

  test("reads page after page until the total, also when the server caps the page size", async () => {
    const capped = api(120, 50);
    const read = await listEveryTopic(capped, {});
    expect(read).toMatchObject({ total: 120, truncated: false });
    expect(read.topics).toHaveLength(120);
    expect(capped.pages).toEqual([1, 2, 3]);
  });

  test("without a total, a short page is the last", async () => {
    const untotalled = api(230, 100, false);
    const read = await listEveryTopic(untotalled, {});
    expect(read).toMatchObject({ total: 230, truncated: false });
    expect(untotalled.pages).toEqual([1, 2, 3]);
  });
});
