import { SYSTEM_TAGS } from "../../../catalog/system-tags";
import { Diagnostics, DiagnosticsError, formatPath } from "../../framework/diagnostics";
import { tagDataSource, tagsDataSource } from "./tag-data-sources";
import { FakeTagApi } from "./testdata/fake-tag-api";

const ctx = (tags: FakeTagApi) => ({ client: { tags }, diagnostics: new Diagnostics(), signal: new AbortController().signal });
const dev = SYSTEM_TAGS.development;

describe("streamkap_tag data source", () => {
  test("reads the system Development tag by id", async () => {
    expect(await tagDataSource().read({ config: { id: dev.id } }, ctx(new FakeTagApi()))).toEqual({
      id: dev.id,
      name: "Development",
      description: null,
      type: ["environment"],
      system: true,
      custom: false,
    });
  });

  test("an unknown id is an error on id", async () => {
    const err = await tagDataSource()
      .read({ config: { id: "0".repeat(24) } }, ctx(new FakeTagApi()))
      .catch((e) => e);
    expect(err).toBeInstanceOf(DiagnosticsError);
    expect((err as DiagnosticsError).diagnostics[0].path).toEqual([{ attribute: "id" }]);
  });
});

describe("streamkap_tags data source", () => {
  const ds = tagsDataSource();

  test("filters by name, types and ids, all together, and lists system tags with the rest", async () => {
    const api = new FakeTagApi();
    const mine = await api.create({ name: "team-a", description: "A", type: ["sources"] });
    await api.create({ name: "team-b", description: null, type: ["pipelines"] });
    const all = await ds.read({ config: { filter_name: null, filter_type: null, filter_ids: null } }, ctx(api));
    expect((all.tags as { name: string }[]).map((t) => t.name)).toEqual(["Development", "team-a", "team-b"]);
    const filtered = await ds.read({ config: { filter_name: "team-a", filter_type: ["sources", "topics"], filter_ids: [mine.id] } }, ctx(api));
    expect(filtered.tags).toEqual([{ id: mine.id, name: "team-a", description: "A", type: ["sources"], system: false, custom: true }]);
    expect(api.calls.at(-1)!.filter).toEqual({ name: "team-a", types: ["sources", "topics"], ids: [mine.id] });
  });

  test("a filter_type that is not a tag type is an error at its element", () => {
    const d = new Diagnostics();
    ds.validate!({ filter_name: null, filter_type: ["sources", "source"], filter_ids: null }, d);
    expect(d.items.map((i) => formatPath(i.path))).toEqual(["filter_type[1]"]);
  });
});
