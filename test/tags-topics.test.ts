// Tags and topics through the real terraform against the emulator: a tag created with one
// POST, planned clean, updated in place, imported and destroyed; a name already used refused
// before any POST; the tag data sources finding the system Development tag; a tag whose type
// leaves out sources refused where a source carries it, at plan (or, for a tag made in the same
// apply, at the plan before the write), and let on once its type is widened; the topic of an
// Active source grown to more partitions, planned clean, a shrink refused at plan time with no
// request sent, and streamkap_topics listing the source's topics.
import { SYSTEM_TAGS } from "../catalog/system-tags";
import { emulatorEnv } from "../scripts/lib/emulator-process";
import { emulatorSuite } from "./support/emulator-suite";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import { hclHeader, planCounts, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { eventually } from "./support/eventually";
import { postgresApiConfig } from "./support/source-config";

jest.setTimeout(300_000);

const workspaces = new WorkspaceFactory({ address: PROVIDER_ADDRESS, env: () => emulatorEnv(suite.emulator) });
const suite = emulatorSuite({ args: ["--deploy-ms", "30"] }, () => workspaces.cleanup());
const header = hclHeader(PROVIDER_SOURCE, []);
const dev = SYSTEM_TAGS.development;

const requests = async () => (await suite.emulator.stats()).requests;
/** How many more times a route was called since `before`. */
const calledSince = (before: Record<string, number>, after: Record<string, number>, route: string) => (after[route] ?? 0) - (before[route] ?? 0);
const writesSince = (before: Record<string, number>, after: Record<string, number>) =>
  Object.keys(after)
    .filter((route) => /^(POST|PUT|DELETE) \/(tags|topics)/.test(route) && !route.endsWith("/search"))
    .reduce((n, route) => n + calledSince(before, after, route), 0);

function tagHcl(o: { name: string; description?: string; types: string[] }): string {
  const description = o.description === undefined ? "" : `\n  description = "${o.description}"`;
  return `${header}
resource "streamkap_tag" "team" {
  name = "${o.name}"${description}
  type = ${JSON.stringify(o.types)}
}
`;
}

async function onlyResource(ws: RecordingWorkspace) {
  const resources = await ws.managedResources();
  expect(resources).toHaveLength(1);
  return resources[0];
}

describe("streamkap_tag", () => {
  let ws: RecordingWorkspace;
  let id: string;

  test("apply creates the tag with one POST, and the plan after it is clean", async () => {
    const before = await requests();
    ws = await workspaces.create(tagHcl({ name: "team-payments", description: "Payments team", types: ["sources", "pipelines"] }));
    await ws.apply();
    expect(calledSince(before, await requests(), "POST /tags")).toBe(1);
    const state = await onlyResource(ws);
    id = state.values.id as string;
    expect(state.values).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: "team-payments",
      description: "Payments team",
      type: expect.arrayContaining(["sources", "pipelines"]),
      system: false,
      custom: true,
    });
    // The types listed in another order are the same set.
    ws.writeConfig(tagHcl({ name: "team-payments", description: "Payments team", types: ["pipelines", "sources"] }));
    expect((await ws.plan()).code).toBe(0);
  });

  test("a change updates the tag in place with one PUT; removing the description reads back as null", async () => {
    ws.writeConfig(tagHcl({ name: "team-payments", types: ["sources", "topics"] }));
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    const before = await requests();
    await ws.apply();
    expect(calledSince(before, await requests(), "PUT /tags/{id}")).toBe(1);
    expect((await onlyResource(ws)).values).toMatchObject({ id, description: null });
    expect((await ws.plan()).code).toBe(0);
  });

  test("a type that is not a tag type fails at plan, naming it, with no request", async () => {
    const other = await workspaces.create(tagHcl({ name: "bad-types", types: ["sources", "pipeline"] }));
    const before = await requests();
    const plan = await other.plan();
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain("Invalid tag type");
    expect(plan.stderr).toContain('"pipeline"');
    expect(writesSince(before, await requests())).toBe(0);
  });

  test("a name another tag has is refused before any POST, with its id and the import command", async () => {
    const other = await workspaces.create(tagHcl({ name: "team-payments", types: ["destinations"] }));
    const before = await requests();
    const apply = await other.apply([], { check: false });
    expect(apply.code).toBe(1);
    const text = apply.stderr.replace(/\s+/g, " ");
    expect(text).toContain(id);
    expect(text).toContain(`terraform import streamkap_tag.<resource name> ${id}`);
    expect(calledSince(before, await requests(), "POST /tags")).toBe(0);
  });

  test("import by id into a new workspace plans clean; destroy deletes the tag", async () => {
    const imported = await workspaces.create(tagHcl({ name: "team-payments", types: ["sources", "topics"] }));
    await imported.run(["import", "-no-color", "streamkap_tag.team", id], { check: true });
    expect((await onlyResource(imported)).values).toMatchObject({ id, name: "team-payments", description: null });
    expect((await imported.plan()).code).toBe(0);
    const before = await requests();
    await imported.destroy();
    expect(calledSince(before, await requests(), "DELETE /tags/{id}")).toBe(1);
    // The first workspace's tag is gone: its refresh removes it and plans to create it again.
    expect(planCounts((await ws.plan()).stdout)).toEqual({ add: 1, change: 0, destroy: 0 });
  });

  test("the data sources find the system Development tag by id and by filters", async () => {
    const reader = await workspaces.create(`${header}
data "streamkap_tag" "dev" {
  id = "${dev.id}"
}
data "streamkap_tags" "environments" {
  filter_type = ["environment"]
}
data "streamkap_tags" "dev_by_name" {
  filter_name = "Development"
}
output "dev" { value = data.streamkap_tag.dev }
output "environment_names" { value = [for t in data.streamkap_tags.environments.tags : t.name] }
output "dev_ids" { value = [for t in data.streamkap_tags.dev_by_name.tags : t.id] }
`);
    await reader.apply();
    const outputs = JSON.parse((await reader.run(["output", "-json"], { check: true })).stdout);
    expect(outputs.dev.value).toEqual({ id: dev.id, name: "Development", description: null, type: ["environment"], system: true, custom: false });
    expect(outputs.environment_names.value).toEqual(expect.arrayContaining(["Development", "Production"]));
    expect(outputs.dev_ids.value).toEqual([dev.id]);
  });
});

describe("a tag put on a kind its type leaves out", () => {
  let ws: RecordingWorkspace;
  let tagId: string;
  const sourceWrites = (before: Record<string, number>, after: Record<string, number>) =>
    ["POST /sources", "PUT /sources/{id}"].reduce((n, route) => n + calledSince(before, after, route), 0);
  const taggedSourceHcl = (types: string[], tags = "[streamkap_tag.owner.id]") => `${header}
resource "streamkap_tag" "owner" {
  name = "warehouse-team"
  type = ${JSON.stringify(types)}
}
resource "streamkap_source_postgresql" "orders" {
  name                = "tag-kinds-orders"
  database_hostname   = "db.internal"
  database_user       = "cdc"
  database_password   = "tag-kinds-pw"
  database_dbname     = "shop"
  schema_include_list = "public"
  table_include_list  = "public.orders"
  tags                = ${tags}
}
`;

  test("a tag made in the same apply stops the source before its POST, naming tags, the tag and the fix", async () => {
    ws = await workspaces.create(taggedSourceHcl(["destinations"]));
    const before = await requests();
    const apply = await ws.apply([], { check: false });
    expect(apply.code).toBe(1);
    const text = apply.stderr.replace(/\s+/g, " ");
    expect(text).toContain("Tag not for this kind");
    expect(text).toContain('"warehouse-team"');
    expect(text).toContain('has type [destinations], which does not include "sources". Add "sources" to that tag\'s type, or take the tag out of tags.');
    expect(text).toContain("streamkap_source_postgresql.orders");
    const after = await requests();
    expect(calledSince(before, after, "POST /tags")).toBe(1);
    expect(sourceWrites(before, after)).toBe(0);
    tagId = (await onlyResource(ws)).values.id as string;
  });

  test("a tag given by id in another configuration fails at plan, after one tag lookup, with nothing sent", async () => {
    const other = await workspaces.create(taggedSourceHcl(["destinations"], `["${tagId}"]`).replace(/resource "streamkap_tag"[^}]*}\n/, ""));
    const before = await requests();
    const plan = await other.plan();
    expect(plan.code).toBe(1);
    expect(plan.stderr.replace(/\s+/g, " ")).toContain(`tags: the tag "warehouse-team" (${tagId}) has type [destinations]`);
    const after = await requests();
    expect(calledSince(before, after, "GET /tags")).toBe(1);
    expect(writesSince(before, after) + sourceWrites(before, after)).toBe(0);
  });

  test("the type widened in the same plan lets the tag on: the tag is updated, then the source made, and no tag is looked up for the check", async () => {
    ws.writeConfig(taggedSourceHcl(["destinations", "sources"]));
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(planCounts(plan.stdout)).toEqual({ add: 1, change: 1, destroy: 0 });
    const before = await requests();
    await ws.apply();
    const after = await requests();
    expect(calledSince(before, after, "PUT /tags/{id}")).toBe(1);
    expect(calledSince(before, after, "POST /sources")).toBe(1);
    // The refresh reads the tag once (GET /tags?tag_ids=); the source's check asks nothing more.
    expect(calledSince(before, after, "GET /tags")).toBe(1);
    expect((await ws.plan()).code).toBe(0);
    await ws.destroy();
  });
});

describe("streamkap_topic", () => {
  let sourceId: string;
  let topicId: string;
  let ws: RecordingWorkspace;
  const topicHcl = (partitions: number) => `${header}
resource "streamkap_topic" "orders" {
  topic_id        = "${topicId}"
  partition_count = ${partitions}
  tags            = ["${dev.id}"]
}
`;

  beforeAll(async () => {
    const source = await suite.api.createSource({
      name: "orders-cdc",
      connector: "postgresql",
      config: postgresApiConfig("topic-test-pw", { "table.include.list.user.defined": "public.orders,public.items" }),
    });
    sourceId = source.id;
    topicId = `source_${sourceId}.public.orders`;
    // Its topics exist once the source is Active.
    await eventually(
      "the source to be Active",
      async () => (await suite.api.getSource(sourceId))?.connector_status,
      (s) => s === "Active",
    );
  });

  test("apply raises the partition count with one PUT and tags the topic; the plan after it is clean", async () => {
    const before = await requests();
    ws = await workspaces.create(topicHcl(3));
    await ws.apply();
    expect(calledSince(before, await requests(), "PUT /topics/{id}")).toBe(1);
    expect((await onlyResource(ws)).values).toEqual({ topic_id: topicId, partition_count: 3, tags: [dev.id] });
    expect((await ws.plan()).code).toBe(0);
  });

  test("a smaller count fails at plan, naming partition_count, with no request", async () => {
    ws.writeConfig(topicHcl(2));
    const before = await requests();
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    const text = plan.stderr.replace(/\s+/g, " ");
    expect(text).toContain("Partitions only grow");
    expect(text).toContain("partition_count cannot go from 3 down to 2");
    expect(writesSince(before, await requests())).toBe(0);
  });

  test("a larger count updates in place; the data sources show the topic and list the source's topics", async () => {
    ws.writeConfig(`${topicHcl(5)}
data "streamkap_topic" "orders" {
  id         = "${topicId}"
  depends_on = [streamkap_topic.orders]
}
data "streamkap_topics" "of_source" {
  entity_type = "sources"
  entity_ids  = ["${sourceId}"]
}
output "partitions" { value = data.streamkap_topic.orders.partitions }
output "owner" { value = data.streamkap_topic.orders.entity_id }
output "total" { value = data.streamkap_topics.of_source.total }
output "ids" { value = sort([for t in data.streamkap_topics.of_source.topics : t.id]) }
`);
    expect(planCounts((await ws.plan()).stdout)).toMatchObject({ add: 0, change: 1, destroy: 0 });
    await ws.apply();
    const outputs = JSON.parse((await ws.run(["output", "-json"], { check: true })).stdout);
    expect(outputs.partitions.value).toBe(5);
    expect(outputs.owner.value).toBe(sourceId);
    expect(outputs.total.value).toBe(2);
    expect(outputs.ids.value).toEqual([`source_${sourceId}.public.items`, topicId]);
  });

  test("import by topic id plans clean; destroy only forgets the topic", async () => {
    const imported = await workspaces.create(topicHcl(5));
    await imported.run(["import", "-no-color", "streamkap_topic.orders", topicId], { check: true });
    expect((await onlyResource(imported)).values).toEqual({ topic_id: topicId, partition_count: 5, tags: [dev.id] });
    expect((await imported.plan()).code).toBe(0);
    const before = await requests();
    await imported.destroy();
    expect(writesSince(before, await requests())).toBe(0);
    expect((await ws.plan()).code).toBe(0);
  });
});
