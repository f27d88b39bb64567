import { Diagnostics, DiagnosticsError, formatPath } from "../../framework/diagnostics";
import type { CallContext } from "../../framework/resource";
import { UNKNOWN, type ObjectValue } from "../../framework/values";
import type { ApiPage, ListOptions } from "../api/collections/collection-api";
import type { ApiTag } from "../api/collections/tags";
import { tagResource, tagState } from "./tag-resource";
import { FakeTagApi } from "./testdata/fake-tag-api";

const resource = tagResource();

function ctx(tags: FakeTagApi): CallContext<{ tags: FakeTagApi }> {
  return { client: { tags }, diagnostics: new Diagnostics(), signal: new AbortController().signal };
}

const planned = (overrides: ObjectValue = {}): ObjectValue => ({
  id: UNKNOWN,
  name: "team-payments",
  description: null,
  type: ["sources", "pipelines"],
  system: UNKNOWN,
  custom: UNKNOWN,
  ...overrides,
});

function problems(config: ObjectValue) {
  const d = new Diagnostics();
  resource.validate!(config, d);
  return d.items.map((i) => ({ path: formatPath(i.path), summary: i.summary, detail: i.detail }));
}

async function failure(p: Promise<unknown>): Promise<DiagnosticsError> {
  const err = await p.catch((e) => e);
  expect(err).toBeInstanceOf(DiagnosticsError);
  return err as DiagnosticsError;
}

describe("streamkap_tag validation", () => {
  test("each type that is not a tag type is an error at its own element, naming the allowed ones", () => {
    const found = problems({ name: "t", type: ["sources", "pipeline", "topics", "Users"] });
    expect(found.map((p) => p.path)).toEqual(["type[1]", "type[3]"]);
    expect(found[0].detail).toContain('"pipeline"');
    expect(found[0].detail).toContain("pipelines, transforms, topics");
  });

  test("at least one type; unknown elements and unknown sets wait for apply", () => {
    expect(problems({ name: "t", type: [] }).map((p) => `${p.path}: ${p.summary}`)).toEqual(["type: No tag type"]);
    expect(problems({ name: "t", type: ["sources", UNKNOWN] })).toEqual([]);
    expect(problems({ name: "t", type: UNKNOWN })).toEqual([]);
  });
});

describe("streamkap_tag lifecycle", () => {
  test("create POSTs once after the name check, and the echoed empty description reads as null", async () => {
    const api = new FakeTagApi();
    const state = await resource.create({ planned: planned(), config: planned() }, ctx(api));
    expect(state).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: "team-payments",
      description: null,
      type: ["sources", "pipelines"],
      system: false,
      custom: true,
    });
    expect(api.calls.map((c) => c.op)).toEqual(["search", "create"]);
    expect(api.calls[1].body).toEqual({ name: "team-payments", description: null, type: ["sources", "pipelines"] });
  });

  test("a name another tag has is refused before any POST, with its id and the import command", async () => {
    const api = new FakeTagApi();
    const existing = await api.create({ name: "team-payments", description: "theirs", type: ["sources"] });
    api.calls.length = 0;
    const err = await failure(resource.create({ planned: planned({ type: ["pipelines"] }), config: planned() }, ctx(api)));
    expect(err.diagnostics[0].path).toEqual([{ attribute: "name" }]);
    expect(err.diagnostics[0].detail).toContain(existing.id);
    expect(err.diagnostics[0].detail).toContain(`terraform import streamkap_tag.<resource name> ${existing.id}`);
    expect(api.writes()).toEqual([]);
  });

  test("the API's 400 'identical properties' after a clean check is reported the same way, never adopted", async () => {
    const api = new FakeTagApi();
    const rival = await api.create({ name: "team-payments", description: null, type: ["sources", "pipelines"] });
    api.calls.length = 0;
    // The name check runs before the rival exists: it finds nothing.
    let checks = 0;
    const realList = api.list.bind(api);
    api.list = async (opts?: ListOptions): Promise<ApiPage<ApiTag>> => (checks++ === 0 ? { result: [], total: 0 } : realList(opts));
    const err = await failure(resource.create({ planned: planned(), config: planned() }, ctx(api)));
    expect(err.diagnostics[0].summary).toBe("Tag name already in use");
    expect(err.diagnostics[0].detail).toContain(rival.id);
    // One POST, refused; nothing retried, nothing taken over.
    expect(api.writes()).toEqual(["create"]);
  });

  test("read refreshes, and a tag gone is removed from state", async () => {
    const api = new FakeTagApi();
    const state = await resource.create({ planned: planned({ description: "Payments team" }), config: planned() }, ctx(api));
    api.stored.get(state.id as string)!.type = ["topics"];
    expect(await resource.read({ state }, ctx(api))).toMatchObject({ description: "Payments team", type: ["topics"] });
    api.stored.clear();
    expect(await resource.read({ state }, ctx(api))).toBeNull();
  });

  test("update PUTs name, description and types; a duplicate is an error on name", async () => {
    const api = new FakeTagApi();
    const state = await resource.create({ planned: planned(), config: planned() }, ctx(api));
    const next = { ...state, description: "Payments", type: ["topics"] };
    expect(await resource.update({ prior: state, planned: next, config: next }, ctx(api))).toEqual({ ...next, system: false, custom: true });
    expect(api.calls.at(-1)).toMatchObject({ op: "update", id: state.id, body: { name: "team-payments", description: "Payments", type: ["topics"] } });

    await api.create({ name: "other", description: null, type: ["topics"] });
    const clash = { ...next, name: "other" };
    const err = await failure(resource.update({ prior: next, planned: clash, config: clash }, ctx(api)));
    expect(err.diagnostics[0].path).toEqual([{ attribute: "name" }]);
  });

  test("import by id: read completes the state; delete removes the tag", async () => {
    const api = new FakeTagApi();
    const made = await api.create({ name: "imported", description: "", type: ["pipelines"] });
    const imported = await resource.read({ state: resource.importState!(made.id, ctx(api)) }, ctx(api));
    expect(imported).toEqual({ id: made.id, name: "imported", description: null, type: ["pipelines"], system: false, custom: true });
    await resource.delete({ state: imported! }, ctx(api));
    expect(api.stored.has(made.id)).toBe(false);
  });
});

test('an empty description reads back in the configuration\'s own spelling: "" stays "", absent stays null', () => {
  const echoed = { id: "a".repeat(24), name: "t", description: "", type: ["sources"], system: false, custom: true };
  expect(tagState(echoed, { description: "" }).description).toBe("");
  expect(tagState({ ...echoed, description: null }, { description: "" }).description).toBe("");
  expect(tagState(echoed, { description: null }).description).toBeNull();
  expect(tagState(echoed).description).toBeNull();
});
