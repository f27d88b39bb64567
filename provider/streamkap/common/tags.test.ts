import { SYSTEM_TAGS } from "../../../catalog/system-tags";
import { Diagnostics, formatPath } from "../../framework/diagnostics";
import type { CallContext } from "../../framework/resource";
import { UNKNOWN, type ObjectValue } from "../../framework/values";
import { tagResource } from "../tags/tag-resource";
import { FakeTagApi } from "../tags/testdata/fake-tag-api";
import { checkTagKinds } from "./tags";

function ctx(tags: FakeTagApi): CallContext<{ tags: FakeTagApi }> {
  return { client: { tags }, diagnostics: new Diagnostics(), signal: new AbortController().signal };
}

async function tagged(tags: FakeTagApi, name: string, type: string[]): Promise<string> {
  return (await tags.create({ name, description: null, type })).id;
}

async function problems(tags: FakeTagApi, kind: "pipelines" | "sources", planned: ObjectValue) {
  const c = ctx(tags);
  await checkTagKinds(kind, { prior: null, planned, config: planned }, c);
  return c.diagnostics.items.map((d) => ({ path: formatPath(d.path), summary: d.summary, detail: d.detail }));
}

describe("checkTagKinds", () => {
  test("a tag whose type leaves out the kind is an error on tags naming the tag, its types and the fix", async () => {
    const tags = new FakeTagApi();
    const sourcesOnly = await tagged(tags, "team-sources", ["sources"]);
    expect(await problems(tags, "pipelines", { tags: [sourcesOnly] })).toEqual([
      {
        path: "tags",
        summary: "Tag not for this kind",
        detail: `tags: the tag "team-sources" (${sourcesOnly}) has type [sources], which does not include "pipelines". Add "pipelines" to that tag's type, or take the tag out of tags.`,
      },
    ]);
    expect(await problems(tags, "sources", { tags: [sourcesOnly] })).toEqual([]);
  });

  test("system tags, unknown tags, unknown ids and tags that do not exist pass without a lookup or with nothing to say", async () => {
    const tags = new FakeTagApi();
    expect(await problems(tags, "pipelines", { tags: [SYSTEM_TAGS.development.id, SYSTEM_TAGS.production.id] })).toEqual([]);
    expect(await problems(tags, "pipelines", { tags: UNKNOWN })).toEqual([]);
    expect(await problems(tags, "pipelines", { tags: [UNKNOWN, "not-an-id"] })).toEqual([]);
    expect(tags.calls.filter((c) => c.op === "kindsOf")).toHaveLength(0);
    expect(await problems(tags, "pipelines", { tags: ["f".repeat(24)] })).toEqual([]);
  });

  test("the tag's own plan stands over what the API has: a type added in the same plan lets the tag on", async () => {
    const tags = new FakeTagApi();
    const id = await tagged(tags, "team-a", ["sources"]);
    const planned = { id, name: "team-a", description: null, type: ["sources", "pipelines"], system: false, custom: true };
    await tagResource().checkPlan!({ prior: planned, planned, config: planned }, ctx(tags));
    expect(await problems(tags, "pipelines", { tags: [id] })).toEqual([]);
  });
});
