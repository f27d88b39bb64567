import { StreamkapApiError } from "../transport/api-error";
import type { ApiResponse, RequestEngine, RequestSpec } from "../transport/engine";
import { isIdenticalTagRefusal, TagCollection, tagIdsOf } from "./tags";

/** A request engine that records each request and answers from `answer`. */
function engine(answer: (spec: RequestSpec) => { status?: number; data?: unknown } = () => ({ data: { tags: [] } })) {
  const sent: RequestSpec[] = [];
  const fake: RequestEngine = {
    async request<T>(spec: RequestSpec) {
      sent.push(spec);
      const { status = 200, data } = answer(spec);
      return { status, data } as ApiResponse<T>;
    },
    writeTiming: () => ({ deadline: Date.now() + 1000 }),
    readDeadline: () => Date.now() + 1000,
    rememberSecrets: () => undefined,
  };
  return { sent, tags: new TagCollection(fake) };
}

describe("TagCollection", () => {
  test("filters repeat in the query, as the API takes them", async () => {
    const { sent, tags } = engine();
    await tags.search({ name: "team a", types: ["sources", "pipelines"], ids: ["1", "2"] });
    expect(sent[0]).toMatchObject({ method: "GET", path: "/tags?tag_name=team+a&tag_type=sources&tag_type=pipelines&tag_ids=1&tag_ids=2" });
  });

  test("an id list too long for a URL goes in the body of POST /tags/search", async () => {
    const { sent, tags } = engine();
    const ids = Array.from({ length: 80 }, (_, i) => i.toString(16).padStart(24, "0"));
    await tags.search({ types: ["topics"], ids });
    expect(sent[0]).toMatchObject({ method: "POST", path: "/tags/search?tag_type=topics", body: { tag_ids: ids }, idempotent: true });
  });

  test("get reads one tag through tag_ids; none, or a 404, is undefined", async () => {
    const tag = { id: "a".repeat(24), name: "x", type: ["sources"] };
    const { sent, tags } = engine((spec) => (spec.path.includes(tag.id) ? { data: { tags: [tag] } } : { status: 404, data: { detail: "Tag not found" } }));
    expect(await tags.get(tag.id)).toEqual(tag);
    expect(sent[0]).toMatchObject({ method: "GET", path: `/tags?tag_ids=${tag.id}`, accept: [404] });
    expect(await tags.get("b".repeat(24))).toBeUndefined();
  });

  test("create sends created_from terraform once, not idempotent; the name lookup is one unpaged listing", async () => {
    const tag = { id: "a".repeat(24), name: "x", type: ["sources"] };
    const { sent, tags } = engine((spec) => (spec.method === "POST" ? { status: 201, data: tag } : { data: { tags: [tag] } }));
    await tags.create({ name: "x", description: null, type: ["sources"] });
    expect(sent[0]).toMatchObject({
      method: "POST",
      path: "/tags",
      idempotent: false,
      body: { name: "x", description: null, type: ["sources"], created_from: "terraform" },
    });
    expect(await tags.list({ partialName: "x" })).toEqual({ result: [tag], total: 1 });
  });

  test("the duplicate refusal and tag id lists are recognised", () => {
    const refusal = new StreamkapApiError({ method: "POST", path: "/tags", status: 400, body: { detail: "A tag with identical properties already exists." } });
    expect(isIdenticalTagRefusal(refusal)).toBe(true);
    expect(isIdenticalTagRefusal(new StreamkapApiError({ method: "POST", path: "/tags", status: 400, body: { detail: "type: invalid" } }))).toBe(false);
    expect(tagIdsOf(["a", { id: "b", name: "B" }])).toEqual(["a", "b"]);
    expect(tagIdsOf(undefined)).toBeUndefined();
  });
});

describe("TagCollection.kindsOf", () => {
  const sourcesTag = { id: "a".repeat(24), name: "team-a", type: ["sources"] };
  const pipelinesTag = { id: "b".repeat(24), name: "team-b", type: ["pipelines"] };
  const answer = (spec: RequestSpec) => ({ data: { tags: [sourcesTag, pipelinesTag].filter((t) => spec.path.includes(t.id) || spec.method !== "GET") } });

  test("tags already read, created or updated cost no request", async () => {
    const { sent, tags } = engine((spec) => (spec.method === "GET" ? answer(spec) : { data: { ...pipelinesTag, type: ["pipelines", "sources"] } }));
    await tags.get(sourcesTag.id);
    await tags.update(pipelinesTag.id, { name: "team-b", description: null, type: ["pipelines", "sources"] });
    const before = sent.length;
    const kinds = await tags.kindsOf([sourcesTag.id, pipelinesTag.id]);
    expect(sent).toHaveLength(before);
    expect(kinds.get(sourcesTag.id)).toEqual({ name: "team-a", type: ["sources"] });
    expect(kinds.get(pipelinesTag.id)).toEqual({ name: "team-b", type: ["pipelines", "sources"] });
  });

  test("the others are fetched in one search, once; a tag that does not exist is left out", async () => {
    const { sent, tags } = engine(answer);
    const gone = "c".repeat(24);
    const kinds = await tags.kindsOf([sourcesTag.id, pipelinesTag.id, gone, sourcesTag.id]);
    expect(sent).toHaveLength(1);
    expect(sent[0].path).toBe(`/tags?tag_ids=${sourcesTag.id}&tag_ids=${pipelinesTag.id}&tag_ids=${gone}`);
    expect([...kinds.keys()]).toEqual([sourcesTag.id, pipelinesTag.id, sourcesTag.id].filter((id, i, all) => all.indexOf(id) === i));
    await tags.kindsOf([sourcesTag.id]);
    expect(sent).toHaveLength(1);
  });

  test("a planned tag's types stand over those last read; a deleted tag is asked for again", async () => {
    const { sent, tags } = engine(answer);
    await tags.get(sourcesTag.id);
    tags.rememberPlanned(sourcesTag.id, { name: "team-a", type: ["sources", "pipelines"] });
    expect((await tags.kindsOf([sourcesTag.id])).get(sourcesTag.id)?.type).toEqual(["sources", "pipelines"]);
    await tags.delete(sourcesTag.id);
    const before = sent.length;
    await tags.kindsOf([sourcesTag.id]);
    expect(sent).toHaveLength(before + 1);
  });
});
