// Transforms through the real terraform against the emulator. Every transform type in the
// shapes the official provider's examples use (a minimal one with the two patterns, a complete
// one with every option, one with its implementation_json) applies, plans clean, updates in
// place, imports with a clean plan and destroys. deploy = true returns once the job is RUNNING;
// a throwing implementation fails the apply with the job's reason and leaves the transform
// tainted. Mistakes fail at plan with no request. An implementation changed in the app shows as
// drift. The official acceptance tests' scenarios (import verification, tags attached, cleared
// and attached again, the streamkap_transform data source) and streamkap_topic_metrics on a
// source's topics.
import { transformCatalog, type TransformType } from "../catalog/transform-types";
import { emulatorEnv } from "../scripts/lib/emulator-process";
import { emulatorSuite } from "./support/emulator-suite";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import type { TerraformStateResource } from "../scripts/lib/terraform-workspace";
import { eventually } from "./support/eventually";
import { hclHeader, planCounts, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { postgresApiConfig } from "./support/source-config";

jest.setTimeout(600_000);

const workspaces = new WorkspaceFactory({ address: PROVIDER_ADDRESS, env: () => emulatorEnv(suite.emulator) });
// Deployments take a moment, so that an apply is seen waiting through DEPLOYING.
const suite = emulatorSuite({ args: ["--deploy-ms", "300"] }, () => workspaces.cleanup());
const header = hclHeader(PROVIDER_SOURCE, []);

const requests = async () => (await suite.emulator.stats()).requests;
const transformWrites = (before: Record<string, number>, after: Record<string, number>) =>
  Object.keys(after)
    .filter((route) => /^(POST|PUT|DELETE) \/transforms/.test(route))
    .reduce((n, route) => n + (after[route] ?? 0) - (before[route] ?? 0), 0);
const calledSince = (before: Record<string, number>, after: Record<string, number>, route: string) => (after[route] ?? 0) - (before[route] ?? 0);

/** HCL of an implementation, per type, in the shapes of the official with_implementation examples. */
const IMPLEMENTATIONS: Partial<Record<string, string>> = {
  map_filter: `jsonencode({
    language        = "JAVASCRIPT"
    value_transform = <<-JS
      function _streamkap_transform(order) {
        if (order.customer_id === null) { return null; }
        order.checked = true;
        return order;
      }
    JS
  })`,
  enrich: `jsonencode({
    mainTable   = { name = "shipments", topicMatcherRegex = ".*shipments$", createTableSQL = "CREATE TABLE shipments (shipment_id STRING PRIMARY KEY, depot_id STRING)" }
    lookupTable = { name = "depots", topicMatcherRegex = ".*depots$", createTableSQL = "CREATE TABLE depots (depot_id STRING PRIMARY KEY, region STRING)" }
    enrichSQL   = <<-SQL
      SELECT s.shipment_id, d.region FROM shipments s JOIN depots d ON s.depot_id = d.depot_id
    SQL
  })`,
  // The official example also puts the async settings inside the document; they travel as given.
  enrich_async: `jsonencode({
    language         = "JAVASCRIPT"
    value_transform  = "async function _streamkap_transform(order) { return { ...order, looked_up: true }; }"
    async_timeout_ms = 4000
    async_capacity   = 12
  })`,
  sql_join: `jsonencode({
    inputTables = [
      { name = "invoices", topicMatcherRegex = ".*invoices$", createTableSQL = "CREATE TABLE invoices (invoice_id STRING PRIMARY KEY, account_id STRING)" },
      { name = "accounts", topicMatcherRegex = ".*accounts$", createTableSQL = "CREATE TABLE accounts (account_id STRING PRIMARY KEY, owner STRING)" },
    ]
    joinSQL    = "SELECT i.invoice_id, a.owner FROM invoices i JOIN accounts a ON i.account_id = a.account_id"
    keyFields  = ["invoice_id"]
    stateTtlMs = "259200000"
  })`,
  rollup: `jsonencode({
    inputTables         = [{ name = "sales", topicMatcherRegex = ".*sales$", createTableSQL = "CREATE TABLE sales (store_id STRING, amount DECIMAL(10,2))" }]
    rollupSQL           = "SELECT store_id, SUM(amount) AS revenue FROM sales GROUP BY store_id"
    keyFields           = ["store_id"]
    sourceIdleTimeoutMs = 30000
    stateTTLMs          = 86400000
  })`,
  // As in the official example, the topic function has a name the runtime does not call: a
  // warning at plan (it is not deployed), stored as written.
  fan_out: `jsonencode({
    language        = "JAVASCRIPT"
    value_transform = "function _streamkap_transform(order) { return order; }"
    topic_transform = "function _streamkap_topic_transform(order, topic) { return [topic + '-all', topic + '-' + order.region]; }"
  })`,
};

/** The options a complete configuration of each type sets, as the official complete examples. */
function completeOptions(type: TransformType, parallelism: number): string[] {
  const lines = type.fields
    .filter((f) => f.enum && f.tf_name !== "transforms_language")
    .map((f) => `${f.tf_name} = "${f.enum!.includes("Avro") ? "Avro" : f.enum![0]}"`);
  const language = type.fields.find((f) => f.tf_name === "transforms_language");
  if (language) lines.push(`transforms_language = "${language.enum![0]}"`);
  if (type.id === "enrich_async") lines.push("transforms_async_timeout_ms = 2500", "transforms_async_capacity = 15");
  if (type.id === "sql_join") lines.push('transforms_topic_ttl = "3d"');
  if (type.id === "topic_router") lines.push('kc_cluster_id = ""');
  lines.push(`transforms_input_job_parallelism = ${parallelism}`);
  return lines;
}

function transformHcl(type: TransformType, label: string, body: string[]): string {
  return `resource "${type.terraform_resource}" "${label}" {\n${body.map((l) => `  ${l}`).join("\n")}\n}\n`;
}

const patterns = (type: TransformType, what: string) => [
  `transforms_input_topic_pattern = "shop\\\\.public\\\\.${what}"`,
  `transforms_output_topic_pattern = "${type.id === "topic_router" ? "routed.$0" : `${type.id}-$0`}"`,
];

/** Three resources of each type (two for topic_router, which has no implementation). */
function everyTypeHcl(o: { parallelism: number; mapFilterChecked: string }): string {
  const blocks = transformCatalog.all().flatMap((type) => {
    const name = type.id.replace(/_/g, "-");
    const out = [
      transformHcl(type, "basic", [`name = "tf-${name}-basic"`, ...patterns(type, "orders")]),
      transformHcl(type, "complete", [
        `name = "tf-${name}-complete"`,
        ...patterns(type, "(orders|customers)"),
        ...completeOptions(type, type.id === "topic_router" ? o.parallelism * 5 : o.parallelism),
      ]),
    ];
    const impl = IMPLEMENTATIONS[type.id];
    if (impl) {
      const text = type.id === "map_filter" ? impl.replace("order.checked = true", `order.checked = ${o.mapFilterChecked}`) : impl;
      out.push(transformHcl(type, "with_implementation", [`name = "tf-${name}-impl"`, ...patterns(type, "orders"), `implementation_json = ${text}`]));
    }
    return out;
  });
  return header + blocks.join("\n");
}

const RESOURCE_COUNT = transformCatalog.all().length * 3 - 1;

describe("every transform type, in the shapes of the official examples", () => {
  let ws: RecordingWorkspace;
  let state: TerraformStateResource[];

  test("applies with one POST each, warns of the misnamed fan-out topic function, and plans clean", async () => {
    const before = await requests();
    ws = await workspaces.create(everyTypeHcl({ parallelism: 5, mapFilterChecked: "true" }));
    const applied = await ws.apply();
    expect(calledSince(before, await requests(), "POST /transforms")).toBe(RESOURCE_COUNT);
    expect(applied.stdout.replace(/\s+/g, " ")).toContain("implementation_json.topic_transform must define the function _streamkap_transform_topic(");
    state = await ws.managedResources();
    expect(state).toHaveLength(RESOURCE_COUNT);
    for (const r of state) {
      expect(r.values).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        transform_type: r.type.replace("streamkap_transform_", ""),
        deploy: false,
        connector_status: "UNKNOWN",
      });
    }
    const router = state.find((r) => r.address === "streamkap_transform_topic_router.complete")!;
    expect(router.values).toMatchObject({ transforms_input_job_parallelism: 25, kc_cluster_id: "" });
    expect((await ws.plan()).code).toBe(0);
  });

  test("updates in place (parallelism everywhere, the map/filter code), one PUT each, the implementation resent; the plan after is clean", async () => {
    ws.writeConfig(everyTypeHcl({ parallelism: 8, mapFilterChecked: "'yes'" }));
    const changed = transformCatalog.all().length + 1;
    expect(planCounts((await ws.plan()).stdout)).toEqual({ add: 0, change: changed, destroy: 0 });
    const before = await requests();
    await ws.apply();
    const after = await requests();
    expect(calledSince(before, after, "PUT /transforms")).toBe(changed);
    expect(calledSince(before, after, "POST /transforms")).toBe(0);
    const id = (address: string) => state.find((r) => r.address === address)!.values.id as string;
    expect((await suite.api.getTransform(id("streamkap_transform_map_filter.with_implementation")))!.implementation!.value_transform).toContain(
      "order.checked = 'yes'",
    );
    // An update that did not touch the code resent it: the API still has it.
    expect((await suite.api.getTransform(id("streamkap_transform_rollup.with_implementation")))!.implementation).toMatchObject({
      rollupSQL: expect.stringContaining("SUM(amount)"),
    });
    expect((await ws.plan()).code).toBe(0);
    state = await ws.managedResources();
  });

  test("imports into a fresh workspace: nothing but the imports planned, then a clean plan", async () => {
    const imports = state.map((r) => `import {\n  to = ${r.address}\n  id = "${String(r.values.id)}"\n}\n`).join("");
    const imported = await workspaces.create(everyTypeHcl({ parallelism: 8, mapFilterChecked: "'yes'" }) + imports);
    const plan = await imported.plan();
    expect(plan.stdout).toContain(`Plan: ${RESOURCE_COUNT} to import, 0 to add, 0 to change, 0 to destroy.`);
    await imported.apply();
    expect((await imported.plan()).code).toBe(0);
    const values = Object.fromEntries((await imported.managedResources()).map((r) => [r.address, r.values]));
    // As the official import verification: every attribute but implementation_json (and timeouts, never read).
    for (const r of state) {
      const { implementation_json: _a, timeouts: _b, ...rest } = r.values;
      expect(values[r.address]).toMatchObject(rest);
    }
    await imported.run(["state", "rm", "-no-color", ...state.map((r) => r.address)], { check: true });
  });

  test("destroys every transform", async () => {
    await ws.destroy();
    expect(await suite.api.listTransforms()).toEqual([]);
  });
});

describe("deploy", () => {
  const deployedHcl = (body: string, name = "tf-deployed") => `${header}
resource "streamkap_transform_map_filter" "live" {
  name                            = "${name}"
  transforms_input_topic_pattern  = "shop\\\\.public\\\\.orders"
  transforms_output_topic_pattern = "clean-$0"
  deploy                          = true
  implementation_json = jsonencode({
    language        = "JAVASCRIPT"
    value_transform = "function _streamkap_transform(value, key, topic, timestamp) { ${body} }"
  })
}
`;

  test("deploy = true deploys (preview, live) and returns once the job is RUNNING", async () => {
    const ws = await workspaces.create(deployedHcl("return value;"));
    const before = await requests();
    await ws.apply();
    const after = await requests();
    expect(
      calledSince(before, after, "PUT /transforms/{id}/deploy-job-preview/{version}") +
        calledSince(before, after, "PUT /transforms/{id}/deploy-job-live/{version}"),
    ).toBe(2);
    expect(calledSince(before, after, "GET /transforms/{id}/job_status")).toBeGreaterThanOrEqual(1);
    // The job shows DEPLOYING until the emulator's deployment time has passed: RUNNING in the
    // state means the apply waited for it.
    const [r] = await ws.managedResources();
    expect(r.values).toMatchObject({ deploy: true, connector_status: "RUNNING" });
    expect((await ws.plan()).code).toBe(0);
    await ws.destroy();
  });

  test("a throwing implementation fails the apply with the job's reason; the transform stays, tainted, and is replaced once fixed", async () => {
    const ws = await workspaces.create(deployedHcl("throw new Error('no customer on this order');", "tf-deployed-throwing"));
    const applied = await ws.apply([], { check: false });
    expect(applied.code).not.toBe(0);
    const text = applied.stderr.replace(/\s+/g, " ");
    expect(text).toContain('Transform "tf-deployed-throwing" did not become RUNNING');
    expect(text).toContain("no customer on this order");
    const [r] = await ws.managedResources();
    expect(r.values.connector_status).toBe("FAILED");
    expect((await ws.run(["state", "show", "-no-color", "streamkap_transform_map_filter.live"], { check: true })).stdout).toMatch(/tainted/);
    ws.writeConfig(deployedHcl("return value;", "tf-deployed-throwing"));
    expect(planCounts((await ws.plan()).stdout)).toEqual({ add: 1, change: 0, destroy: 1 });
    await ws.apply();
    expect((await ws.managedResources())[0].values.connector_status).toBe("RUNNING");
    await ws.destroy();
  });
});

describe("checks at plan, with no request", () => {
  const cases: [string, string, RegExp][] = [
    ["invalid JSON", `implementation_json = "{language: JAVASCRIPT}"`, /implementation_json is not valid JSON/],
    [
      "a language the type does not run",
      `implementation_json = jsonencode({ language = "PYTHON", value_transform = "def _streamkap_transform(v):\\n  return v" })`,
      /must be one of JAVASCRIPT for a fan_out transform/,
    ],
    [
      "a missing topic function when deploying",
      `deploy = true\n  implementation_json = jsonencode({ language = "JAVASCRIPT", value_transform = "function _streamkap_transform(v) { return v; }" })`,
      /topic_transform is required for a fan_out transform/,
    ],
    ["a parallelism out of range", "transforms_input_job_parallelism = 21", /must be at most 20, got 21/],
  ];
  test.each(cases)("%s", async (_what, line, message) => {
    const ws = await workspaces.create(`${header}
resource "streamkap_transform_fan_out" "x" {
  name                            = "tf-checked"
  transforms_input_topic_pattern  = "shop\\\\.public\\\\.orders"
  transforms_output_topic_pattern = "fan-$0"
  ${line}
}
`);
    const before = await requests();
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.stderr.replace(/\s+/g, " ")).toMatch(message);
    expect(transformWrites(before, await requests())).toBe(0);
  });

  test("a placeholder pattern with deploy = true", async () => {
    const ws = await workspaces.create(`${header}
resource "streamkap_transform_map_filter" "x" {
  name   = "tf-placeholder"
  deploy = true
}
`);
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.stderr.replace(/\s+/g, " ")).toContain("transforms_input_topic_pattern is the placeholder");
  });
});

describe("an implementation changed in Streamkap's app", () => {
  test("shows as drift, and the apply puts the configured code back", async () => {
    const ws = await workspaces.create(`${header}
resource "streamkap_transform_map_filter" "x" {
  name                            = "tf-drift"
  transforms_input_topic_pattern  = "shop\\\\.public\\\\.orders"
  transforms_output_topic_pattern = "clean-$0"
  implementation_json = jsonencode({ language = "JAVASCRIPT", value_transform = "function _streamkap_transform(v) { return v; }" })
}
`);
    await ws.apply();
    const id = String((await ws.managedResources())[0].values.id);
    await suite.api.putTransformImplementation(id, { language: "JAVASCRIPT", value_transform: "function _streamkap_transform(v) { return null; }" });
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain("implementation_json");
    await ws.apply();
    expect((await suite.api.getTransform(id))!.implementation!.value_transform).toContain("return v;");
    expect((await ws.plan()).code).toBe(0);
    await ws.destroy();
  });
});

describe("the official acceptance tests' scenarios", () => {
  test("a Python map/filter with Avro serialization; import verified", async () => {
    const ws = await workspaces.create(`${header}
resource "streamkap_transform_map_filter" "test" {
  name                                   = "tf-acc-map-filter"
  transforms_input_topic_pattern         = "test-input-topic"
  transforms_output_topic_pattern        = "test-output-topic"
  transforms_input_serialization_format  = "Avro"
  transforms_output_serialization_format = "Avro"
  transforms_language                    = "Python"
}
`);
    await ws.apply();
    const [created] = await ws.managedResources();
    expect(created.values).toMatchObject({
      name: "tf-acc-map-filter",
      transforms_input_serialization_format: "Avro",
      transforms_output_serialization_format: "Avro",
      transform_type: "map_filter",
    });
    await ws.run(["state", "rm", "-no-color", created.address], { check: true });
    await ws.run(["import", "-no-color", created.address, String(created.values.id)], { check: true });
    const [imported] = await ws.managedResources();
    const { implementation_json: _a, ...verified } = created.values;
    expect(imported.values).toMatchObject(verified);
    expect((await ws.plan()).code).toBe(0);
    await ws.destroy();
  });

  test("each type: created with Avro, import verified, then renamed with other patterns and Json in place", async () => {
    const types = transformCatalog.all().filter((t) => t.id !== "topic_router");
    const hcl = (step: "create" | "update") =>
      header +
      types
        .map((type) => {
          const language = type.fields.find((f) => f.tf_name === "transforms_language")!.enum![0];
          const format = step === "create" ? "Avro" : "Json";
          const suffix = step === "create" ? "" : "-updated";
          return transformHcl(type, "test", [
            `name = "tf-acc-${type.id.replace(/_/g, "-")}${suffix}"`,
            `transforms_language = "${language}"`,
            `transforms_input_topic_pattern = "test-input-topic${suffix}"`,
            `transforms_output_topic_pattern = "test-output-topic${suffix}"`,
            `transforms_input_serialization_format = "${format}"`,
            `transforms_output_serialization_format = "${format}"`,
          ]);
        })
        .join("\n");
    const ws = await workspaces.create(hcl("create"));
    await ws.apply();
    const created = await ws.managedResources();
    const imports = created.map((r) => `import {\n  to = ${r.address}\n  id = "${String(r.values.id)}"\n}\n`).join("");
    const imported = await workspaces.create(hcl("create") + imports);
    await imported.apply();
    const importedValues = Object.fromEntries((await imported.managedResources()).map((r) => [r.address, r.values]));
    for (const r of created) {
      const { implementation_json: _a, deploy: _b, replay_window: _c, ...verified } = r.values;
      expect(importedValues[r.address]).toMatchObject(verified);
    }
    await imported.run(["state", "rm", "-no-color", ...created.map((r) => r.address)], { check: true });
    ws.writeConfig(hcl("update"));
    expect(planCounts((await ws.plan()).stdout)).toEqual({ add: 0, change: types.length, destroy: 0 });
    await ws.apply();
    for (const r of await ws.managedResources()) {
      expect(r.values).toMatchObject({
        name: expect.stringMatching(/-updated$/),
        transforms_input_serialization_format: "Json",
        transforms_output_serialization_format: "Json",
      });
    }
    expect((await ws.plan()).code).toBe(0);
    await ws.destroy();
  });

  test("tags attached, cleared with [] and attached again", async () => {
    const hcl = (tags: string) => `${header}
resource "streamkap_tag" "lifecycle" {
  name = "tf-acc-tags-lifecycle"
  type = ["transforms"]
}
resource "streamkap_transform_map_filter" "test" {
  name = "tf-acc-tx-tags"
  tags = ${tags}
}
`;
    const ws = await workspaces.create(hcl("[streamkap_tag.lifecycle.id]"));
    await ws.apply();
    const tagged = async () => (await ws.managedResources()).find((r) => r.type === "streamkap_transform_map_filter")!.values.tags as string[];
    const tagId = (await ws.managedResources()).find((r) => r.type === "streamkap_tag")!.values.id;
    expect(await tagged()).toEqual([tagId]);
    ws.writeConfig(hcl("[]"));
    await ws.apply();
    expect(await tagged()).toEqual([]);
    ws.writeConfig(hcl("[streamkap_tag.lifecycle.id]"));
    await ws.apply();
    expect(await tagged()).toEqual([tagId]);
    expect((await ws.plan()).code).toBe(0);
    await ws.destroy();
  });

  test("the streamkap_transform data source reads a transform made here, and topic metrics read a source's topics", async () => {
    const source = await suite.api.createSource({
      name: "metrics-cdc",
      connector: "postgresql",
      config: postgresApiConfig("metrics-pw", { "table.include.list.user.defined": "public.orders,public.items" }),
    });
    const topics = await eventually(
      "the source's topics",
      async () => (await suite.api.topicDetails("sources")).filter((t) => t.entity?.entity_id === source.id),
      (t) => t.length === 2,
    );
    const ids = topics.map((t) => t.id).sort();
    // Record ids of the topics: the emulator keeps none, so any 24-hex ids do.
    const dbIds = ids.map((_, i) => String(i + 1).padStart(24, "0"));
    const ws = await workspaces.create(`${header}
resource "streamkap_transform_map_filter" "read" {
  name                            = "tf-acc-data-source"
  transforms_input_topic_pattern  = "source_${source.id}\\\\.public\\\\.orders"
  transforms_output_topic_pattern = "clean-$0"
}
data "streamkap_transform" "read" {
  id = streamkap_transform_map_filter.read.id
}
data "streamkap_topic_metrics" "orders" {
  entities = [{
    id           = "${source.id}"
    entity_type  = "sources"
    connector    = "postgresql"
    topic_ids    = ${JSON.stringify(ids)}
    topic_db_ids = ${JSON.stringify(dbIds)}
  }]
  time_interval = 24
  time_unit     = "hours"
}
output "name" { value = data.streamkap_transform.read.name }
output "metrics" { value = data.streamkap_topic_metrics.orders.results }
`);
    await ws.apply();
    const outputs = JSON.parse((await ws.run(["output", "-json"], { check: true })).stdout);
    expect(outputs.name.value).toBe("tf-acc-data-source");
    const results = outputs.metrics.value as { entity_id: string; topic_id: string; messages_in: number | null }[];
    expect(results.map((r) => r.topic_id)).toEqual(ids);
    expect(results.every((r) => r.entity_id === source.id)).toBe(true);
    // Read again, the same list in the same order.
    await ws.apply();
    expect(JSON.parse((await ws.run(["output", "-json"], { check: true })).stdout).metrics.value).toEqual(results);
    await ws.destroy();
    await suite.api.deleteSource(source.id);
  });
});
