// /tags over real HTTP against an in-process emulator: the system tags that always exist,
// create, read through GET /tags?tag_ids=, filters, update and delete with their refusals, and
// the `tags` lists that sources, destinations and pipelines carry.
import { DEVELOPMENT_TAG_ID, PRODUCTION_TAG_ID } from "./tags";
import { clickhouseBody, emulatorForTests, pipelineBody, postgresBody, updateBody } from "../testing/test-client";

const { api } = emulatorForTests({ clientId: "tags-client", secret: "tags-secret", deployMs: 0 });
const newTag = (name: string, type = ["pipelines"], description: string | null = null) =>
  api("POST", "/tags", { name, description, type, created_from: "terraform" });

describe("system tags", () => {
  test("Development and Production exist from the start, and cannot be changed or deleted", async () => {
    const r = await api("GET", `/tags?tag_ids=${DEVELOPMENT_TAG_ID}&tag_ids=${PRODUCTION_TAG_ID}`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      tags: [
        { id: DEVELOPMENT_TAG_ID, name: "Development", description: null, type: ["environment"], system: true, custom: false },
        { id: PRODUCTION_TAG_ID, name: "Production", description: null, type: ["environment"], system: true, custom: false },
      ],
    });
    const put = await api("PUT", `/tags/${DEVELOPMENT_TAG_ID}`, { name: "Dev", description: null, type: ["pipelines"] });
    expect(put.status).toBe(403);
    expect(put.json.detail).toMatch(/System tag 'Development'.*cannot be changed/);
    const del = await api("DELETE", `/tags/${PRODUCTION_TAG_ID}`);
    expect(del.status).toBe(403);
    expect((await api("GET", `/tags?tag_ids=${PRODUCTION_TAG_ID}`)).json.tags).toHaveLength(1);
  });
});

describe("crud", () => {
  test("create answers the bare tag; read by tag_ids; an empty description reads back null", async () => {
    const r = await newTag("team-orders", ["pipelines", "sources"], "");
    expect(r.status).toBe(201);
    expect(r.json).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: "team-orders",
      description: null,
      type: ["pipelines", "sources"],
      system: false,
      custom: true,
    });
    expect((await api("GET", `/tags?tag_ids=${r.json.id}`)).json).toEqual({ tags: [r.json] });
  });

  test("a tag with the same name and types → 400; another type set is another tag", async () => {
    expect((await newTag("twin", ["sources", "topics"])).status).toBe(201);
    const dup = await newTag("twin", ["topics", "sources"]);
    expect(dup.status).toBe(400);
    expect(dup.json).toEqual({ detail: "A tag with identical properties already exists." });
    expect((await newTag("twin", ["sources"])).status).toBe(201);
  });

  test("validation: name and type required, types from the list, environment and general only for system tags", async () => {
    const r = await api("POST", "/tags", { description: "x", type: ["nonsense", "environment"] });
    expect(r.status).toBe(422);
    expect(r.json.detail.map((d: { loc: unknown[] }) => d.loc.join("."))).toEqual(["body.name", "body.type.0", "body.type.1"]);
    expect(r.json.detail[2].msg).toBe("'environment' is for system tags only");
    expect((await api("POST", "/tags", { name: "no-type", type: [] })).status).toBe(422);
  });

  test("update answers the bare tag; identical to another → 400; unknown → 404", async () => {
    const a = (await newTag("upd-a")).json;
    await newTag("upd-b");
    const r = await api("PUT", `/tags/${a.id}`, { name: "upd-a2", description: "now described", type: ["destinations"] });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ ...a, name: "upd-a2", description: "now described", type: ["destinations"] });
    expect((await api("PUT", `/tags/${a.id}`, { name: "upd-b", description: null, type: ["pipelines"] })).status).toBe(400);
    const missing = await api("PUT", "/tags/0123456789abcdef01234567", { name: "x", type: ["pipelines"] });
    expect(missing.status).toBe(404);
    expect(missing.json.detail).toBe("Tag not found: 0123456789abcdef01234567");
  });

  test("delete answers JSON; then the tag is gone and delete is 404", async () => {
    const t = (await newTag("short-lived")).json;
    const r = await api("DELETE", `/tags/${t.id}`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(t);
    expect((await api("GET", `/tags?tag_ids=${t.id}`)).json).toEqual({ tags: [] });
    expect((await api("DELETE", `/tags/${t.id}`)).status).toBe(404);
  });

  test("filters AND-ed, types OR-ed; POST /tags/search takes ids in its body", async () => {
    const x = (await newTag("filter-x", ["topics"])).json;
    const y = (await newTag("filter-y", ["transforms"])).json;
    const names = async (method: string, q: string, body?: unknown) =>
      ((await api(method, `/tags${q}`, body)).json.tags as { name: string }[]).map((t) => t.name);
    expect(await names("GET", "?tag_type=topics&tag_type=transforms&tag_name=filter-y")).toEqual(["filter-y"]);
    expect(await names("GET", `?tag_ids=${x.id}&tag_ids=${y.id}&tag_type=topics`)).toEqual(["filter-x"]);
    expect(await names("GET", "?tag_type=environment")).toEqual(["Development", "Production"]);
    expect(await names("POST", "/search?tag_type=transforms", { tag_ids: [x.id, y.id] })).toEqual(["filter-y"]);
    expect((await api("GET", "/tags?tag_type=nope")).status).toBe(422);
  });
});

describe("tags on other records", () => {
  test("sources and destinations take tag ids: unknown → 422 naming them; null keeps, [] clears", async () => {
    const tag = (await newTag("owned", ["sources", "destinations"])).json;
    const bad = await api("POST", "/sources", { ...postgresBody("tagged-bad"), tags: [tag.id, "0123456789abcdef01234567"] });
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toEqual([{ loc: ["body", "tags"], msg: "Unknown tag ids: 0123456789abcdef01234567", type: "value_error" }]);
    const source = await api("POST", "/sources", { ...postgresBody("tagged"), tags: [tag.id] });
    expect(source.json.tags).toEqual([tag.id]);
    expect((await api("GET", `/sources/${source.json.id}`)).json.result[0].tags).toEqual([tag.id]);
    expect((await api("PUT", `/sources/${source.json.id}`, { ...updateBody(postgresBody("tagged")), tags: null })).json.tags).toEqual([tag.id]);
    expect((await api("PUT", `/sources/${source.json.id}`, updateBody(postgresBody("tagged")))).json.tags).toEqual([tag.id]);
    expect((await api("PUT", `/sources/${source.json.id}`, { ...updateBody(postgresBody("tagged")), tags: [] })).json.tags).toEqual([]);
    const destination = await api("POST", "/destinations", clickhouseBody("untagged"));
    expect(destination.json.tags).toEqual([]);
  });

  test("a pipeline takes tags (Development when the key is absent); a tag in use cannot be deleted", async () => {
    const tag = (await newTag("pipeline-owner")).json;
    const source = (await api("POST", "/sources", postgresBody("tp-src"))).json;
    const destination = (await api("POST", "/destinations", clickhouseBody("tp-dst"))).json;
    const { tags: _absent, ...noTags } = pipelineBody("tp-default", source, destination);
    expect((await api("POST", "/pipelines", noTags)).json.tags).toEqual([DEVELOPMENT_TAG_ID]);
    const tagged = (await api("POST", "/pipelines", { ...pipelineBody("tp-tagged", source, destination), tags: [tag.id, PRODUCTION_TAG_ID] })).json;
    expect(tagged.tags).toEqual([tag.id, PRODUCTION_TAG_ID]);
    const refused = await api("DELETE", `/tags/${tag.id}`);
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toBe(`Tag ${tag.id} is used by pipeline 'tp-tagged' (${tagged.id}); remove it there first`);
    await api("DELETE", `/pipelines/${tagged.id}`);
    expect((await api("DELETE", `/tags/${tag.id}`)).status).toBe(200);
  });
});
