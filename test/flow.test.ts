// A whole CDC flow in plain HCL, written as for the official provider, through the real
// terraform against the emulator: a PostgreSQL source, a Snowflake destination and the pipeline
// joining them deploy, plan clean and destroy in dependency order; the apply returns once the
// pipeline runs; out-of-band deletes of the pipeline and of its source are put right; a
// pipeline is imported; a topic the source does not have is refused; a delete refused while
// another workspace's pipeline uses the source leaves the state as it was (an empty plan after), and
// so does an update the API refuses (the object stays in the state, unchanged).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emulatorEnv, startEmulatorProcess } from "../scripts/lib/emulator-process";
import { emulatorSuite } from "./support/emulator-suite";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import { StreamkapApi } from "../scripts/lib/streamkap-api";
import { hclHeader, planCounts, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";
import { postgresApiConfig } from "./support/source-config";

jest.setTimeout(300_000);

const dbPassword = "flow-db-pw-0b7c2e91";
const privateKey = "flow-key-4d1f8a36";
const DEVELOPMENT_TAG = "670e5ca40afe1d3983ce0c22";
const workspaces = new WorkspaceFactory({
  address: PROVIDER_ADDRESS,
  env: () => ({ ...emulatorEnv(suite.emulator), TF_VAR_db_password: dbPassword, TF_VAR_private_key: privateKey }),
});
const log = workspaces.log;
const suite = emulatorSuite({ args: ["--deploy-ms", "40"] }, () => workspaces.cleanup());
const header = hclHeader(PROVIDER_SOURCE, ["db_password", "private_key"]);

function flowHcl(o: { prefix: string; topics?: string[]; pipeline?: boolean; sourceState?: string }): string {
  const topics = o.topics ?? ["public.orders"];
  return `${header}
resource "streamkap_source_postgresql" "orders" {
  name                = "${o.prefix}-orders"
  database_hostname   = "db.internal"
  database_user       = "cdc"
  database_password   = var.db_password
  database_dbname     = "shop"
  schema_include_list = "public"
  table_include_list  = "public.orders,public.items"${
    o.sourceState
      ? `
  desired_state       = "${o.sourceState}"`
      : ""
  }
}

resource "streamkap_destination_snowflake" "warehouse" {
  name                    = "${o.prefix}-warehouse"
  snowflake_url_name      = "acme.snowflakecomputing.com"
  snowflake_user_name     = "STREAMKAP"
  snowflake_private_key   = var.private_key
  snowflake_database_name = "ANALYTICS"
  snowflake_schema_name   = "CDC"
}
${
  o.pipeline === false
    ? ""
    : `
resource "streamkap_pipeline" "flow" {
  name = "${o.prefix}-orders-to-warehouse"
  source = {
    id        = streamkap_source_postgresql.orders.id
    name      = streamkap_source_postgresql.orders.name
    connector = streamkap_source_postgresql.orders.connector
    topics    = ${JSON.stringify(topics)}
  }
  destination = {
    id        = streamkap_destination_snowflake.warehouse.id
    name      = streamkap_destination_snowflake.warehouse.name
    connector = streamkap_destination_snowflake.warehouse.connector
  }
}

output "pipeline" { value = streamkap_pipeline.flow.id }
`
}`;
}

const byType = async (ws: RecordingWorkspace) => Object.fromEntries((await ws.managedResources()).map((r) => [r.type, r.values]));

describe("source → destination through a pipeline", () => {
  let ws: RecordingWorkspace;
  let ids: Record<string, string>;

  test("deploys all three; the pipeline runs when apply returns; defaults as the official provider's", async () => {
    ws = await workspaces.create(flowHcl({ prefix: "flow" }));
    await ws.apply();
    const state = await byType(ws);
    const pipeline = state.streamkap_pipeline;
    ids = {
      source: state.streamkap_source_postgresql.id as string,
      destination: state.streamkap_destination_snowflake.id as string,
      pipeline: pipeline.id as string,
    };
    expect(pipeline).toMatchObject({
      name: "flow-orders-to-warehouse",
      snapshot_new_tables: true,
      source: { id: ids.source, name: "flow-orders", connector: "postgresql", topics: ["public.orders"] },
      destination: { id: ids.destination, name: "flow-warehouse", connector: "snowflake" },
      transforms: [],
      topic_auto_discovery_transforms: [],
      tags: [DEVELOPMENT_TAG],
      status: "Active",
    });
    const held = (await suite.api.get("pipelines", ids.pipeline))!;
    expect(held).toMatchObject({ name: "flow-orders-to-warehouse", created_from: "terraform", status: "Active", tags: [DEVELOPMENT_TAG] });
    expect((await ws.plan()).code).toBe(0);
  });

  test("another topic of the source is an in-place update of the pipeline alone", async () => {
    ws.writeConfig(flowHcl({ prefix: "flow", topics: ["public.orders", "public.items"] }));
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 0, change: 1, destroy: 0 });
    expect(plan.stdout).toMatch(/streamkap_pipeline\.flow will be updated in-place/);
    await ws.apply();
    expect(((await suite.api.get("pipelines", ids.pipeline)) as unknown as { source: { topics: string[] } }).source.topics.sort()).toEqual([
      "public.items",
      "public.orders",
    ]);
    expect((await ws.plan()).code).toBe(0);
  });

  test("a pipeline imported into a fresh workspace plans clean", async () => {
    const other = await workspaces.create(`${header}
import {
  to = streamkap_pipeline.imported
  id = "${ids.pipeline}"
}

resource "streamkap_pipeline" "imported" {
  name = "flow-orders-to-warehouse"
  source = {
    id        = "${ids.source}"
    name      = "flow-orders"
    connector = "postgresql"
    topics    = ["public.items", "public.orders"]
  }
  destination = {
    id        = "${ids.destination}"
    name      = "flow-warehouse"
    connector = "snowflake"
  }
}
`);
    const plan = await other.plan();
    expect(plan.stdout).toMatch(/Plan: 1 to import, 0 to add, 0 to change, 0 to destroy/);
    await other.apply();
    expect((await other.plan()).code).toBe(0);
  });

  test("a pipeline deleted outside Terraform is re-created, alone", async () => {
    expect(await suite.api.delete("pipelines", ids.pipeline)).toBe(200);
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 1, change: 0, destroy: 0 });
    await ws.apply();
    const recreated = (await byType(ws)).streamkap_pipeline.id as string;
    expect(recreated).not.toBe(ids.pipeline);
    ids.pipeline = recreated;
  });

  test("deleting the source outside Terraform is refused while the pipeline uses it; once both are gone, apply puts them back", async () => {
    expect(await suite.api.delete("sources", ids.source)).toBe(409);
    expect(await suite.api.delete("pipelines", ids.pipeline)).toBe(200);
    expect(await suite.api.delete("sources", ids.source)).toBe(200);
    const plan = await ws.plan();
    expect(planCounts(plan.stdout)).toEqual({ add: 2, change: 0, destroy: 0 });
    await ws.apply();
    const state = await byType(ws);
    expect(state.streamkap_pipeline.source).toMatchObject({ id: state.streamkap_source_postgresql.id });
    expect((await ws.plan()).code).toBe(0);
  });

  test("destroy removes the pipeline first, then the source and the destination", async () => {
    const destroyed = await ws.destroy();
    const order = [...destroyed.stdout.matchAll(/(streamkap_\w+)\.\w+: Destruction complete/g)].map((m) => m[1]);
    expect(order[0]).toBe("streamkap_pipeline");
    expect(order.slice(1).sort()).toEqual(["streamkap_destination_snowflake", "streamkap_source_postgresql"]);
    for (const collection of ["pipelines", "sources", "destinations"] as const) expect(await suite.api.list(collection)).toEqual([]);
  });
});

test("a pipeline over a paused source settles Paused, without waiting out its timeout; resuming the source makes it Active", async () => {
  const ws = await workspaces.create(flowHcl({ prefix: "paused", sourceState: "Paused" }));
  const pipelineReads = async () => (await suite.emulator.stats()).requests["GET /pipelines/{id}"] ?? 0;
  const readsBefore = await pipelineReads();
  await ws.apply();
  // Settled once Paused is seen: a few status reads (the polls back off from 200 ms), not the
  // dozens that waiting out the create timeout would take.
  expect((await pipelineReads()) - readsBefore).toBeLessThanOrEqual(6);
  expect((await byType(ws)).streamkap_pipeline.status).toBe("Paused");
  expect((await ws.plan()).code).toBe(0);
  ws.writeConfig(flowHcl({ prefix: "paused" }));
  await ws.apply();
  await ws.apply(["-refresh-only"]);
  expect((await byType(ws)).streamkap_pipeline.status).toBe("Active");
  await ws.destroy();
});

test("a topic the source does not capture fails the apply with the API's reason; nothing is left half made", async () => {
  const ws = await workspaces.create(flowHcl({ prefix: "wrong-topic", topics: ["public.customers"] }));
  const applied = await ws.apply([], { check: false });
  expect(applied.code).toBe(1);
  expect(applied.stderr.replace(/\s+/g, " ")).toMatch(/public\.customers/);
  expect((await suite.api.list("pipelines")).filter((p) => p.name.startsWith("wrong-topic"))).toEqual([]);
  await ws.destroy();
});

test("transforms travel one entry per topic, paired with the transform's topic ids, and fold back: the plan is clean", async () => {
  const transformId = "65f0c2d1e4b0a1b2c3d4e5f6";
  const fixtures = join(mkdtempSync(join(tmpdir(), "flow-fixtures-")), "tenant.json");
  writeFileSync(
    fixtures,
    JSON.stringify({
      transforms: [{ id: transformId, name: "mask-emails", transform_type: "map_filter", topics: ["public.orders"], topic_ids: ["topic-orders-id"] }],
    }),
  );
  const withTransforms = await startEmulatorProcess({ args: ["--deploy-ms", "20", "--fixtures", fixtures] });
  try {
    const hcl = flowHcl({ prefix: "masked", topics: ["public.orders", "public.items"] }).replace(
      "  destination = {",
      `  transforms = [{ id = "${transformId}", topics = ["public.orders", "public.items"] }]
  topic_auto_discovery_transforms = [{ transform_id = "${transformId}", regex = "public\\\\..*" }]
  destination = {`,
    );
    const ws = await workspaces.create(hcl, emulatorEnv(withTransforms));
    await ws.apply();
    const state = await byType(ws);
    expect(state.streamkap_pipeline).toMatchObject({
      transforms: [{ id: transformId, topics: ["public.items", "public.orders"] }],
      topic_auto_discovery_transforms: [{ transform_id: transformId, regex: "public\\..*" }],
    });
    const sourceId = state.streamkap_source_postgresql.id as string;
    const held = new StreamkapApi(withTransforms.url, withTransforms.clientId, withTransforms.secret);
    const pipeline = (await held.get("pipelines", state.streamkap_pipeline.id as string)) as unknown as {
      transforms: { topic: string; topic_id: string; name: string }[];
    };
    expect(pipeline.transforms.map((t) => [t.topic, t.topic_id, t.name]).sort()).toEqual([
      ["public.items", `source_${sourceId}.public.items`, "mask-emails"],
      ["public.orders", "topic-orders-id", "mask-emails"],
    ]);
    expect((await ws.plan()).code).toBe(0);
    await ws.destroy();
  } finally {
    await withTransforms.stop();
  }
});

test("refresh of 120 pipelines costs a few listing pages, their ends included", async () => {
  const source = await suite.api.createSource({
    name: "bulk-source",
    connector: "postgresql",
    config: postgresApiConfig(dbPassword),
  });
  const destination = await suite.api.create("destinations", {
    name: "bulk-destination",
    connector: "kafkadirect",
    config: { password: privateKey, "whitelist.ips.user.defined": "10.0.0.0/8" },
  });
  const ws = await workspaces.create(`${header}
resource "streamkap_pipeline" "many" {
  count  = 120
  name   = "bulk-\${count.index}"
  source = {
    id        = "${source.id}"
    name      = "bulk-source"
    connector = "postgresql"
    topics    = ["public.orders"]
  }
  destination = {
    id        = "${destination.id}"
    name      = "bulk-destination"
    connector = "kafkadirect"
  }
}
`);
  await ws.apply(["-parallelism=20"]);
  const before = (await suite.emulator.stats()).requests;
  expect((await ws.plan(["-refresh-only"])).code).toBe(0);
  const after = (await suite.emulator.stats()).requests;
  const reads = Object.keys(after)
    .filter((route) => route.startsWith("GET /"))
    .reduce((n, route) => n + after[route] - (before[route] ?? 0), 0);
  // Two pages of pipelines, one of sources and one of destinations (and perhaps a look-up or two).
  expect(reads).toBeGreaterThanOrEqual(4);
  expect(reads).toBeLessThanOrEqual(8);
  await ws.destroy(["-parallelism=20"]);
});

test("no terraform output of this file contains a secret", () => {
  const output = log.text();
  expect(output.length).toBeGreaterThan(0);
  for (const secret of [dbPassword, privateKey, suite.emulator.secret]) expect(output).not.toContain(secret);
});

test("a delete refused while a pipeline uses the source leaves the state as it was: secret_config stays sensitive and the next plan is empty", async () => {
  const sourceWs = await workspaces.create(`${header}
resource "streamkap_source" "orders" {
  name          = "refused-orders"
  connector     = "postgresql"
  config        = { "database.hostname.user.defined" = "db.internal", "database.user" = "cdc", "database.dbname" = "shop", "schema.include.list" = "public", "table.include.list.user.defined" = "public.orders" }
  secret_config = { "database.password" = var.db_password }
}
`);
  await sourceWs.apply();
  const source = (await byType(sourceWs)).streamkap_source;
  // A pipeline Terraform does not manage here (another team's workspace) holds the source.
  const pipelineWs = await workspaces.create(
    flowHcl({ prefix: "refused" })
      .replace(/resource "streamkap_source_postgresql"[\s\S]*?\n}\n/, "")
      .replace(/streamkap_source_postgresql\.orders\.id/, JSON.stringify(source.id))
      .replace(/streamkap_source_postgresql\.orders\.name/, JSON.stringify(source.name))
      .replace(/streamkap_source_postgresql\.orders\.connector/, '"postgresql"'),
  );
  await pipelineWs.apply();

  const destroy = await sourceWs.destroy([], { check: false });
  expect(destroy.code).toBe(1);
  expect(destroy.stderr.replace(/\s+/g, " ")).toMatch(/pipeline/i);
  expect(await suite.api.get("sources", source.id as string)).toBeDefined();

  // Had the state lost the mark var.db_password puts on secret_config, this plan would show an
  // in-place update changing nothing but sensitivity.
  const plan = await sourceWs.plan();
  expect(plan.stdout).not.toMatch(/update in-place/);
  expect(plan.code).toBe(0);
  expect(log.text()).not.toContain(dbPassword);

  await pipelineWs.destroy();
  await sourceWs.destroy();
});

test("an update the API refuses leaves the object in the state as it was: the next plan shows the same update, and none once the config is put back", async () => {
  const sourceHcl = (name: string) => `${header}
resource "streamkap_source" "orders" {
  name          = "${name}"
  connector     = "postgresql"
  config        = { "database.hostname.user.defined" = "db.internal", "database.user" = "cdc", "database.dbname" = "shop", "schema.include.list" = "public", "table.include.list.user.defined" = "public.orders" }
  secret_config = { "database.password" = var.db_password }
}
`;
  const taken = await workspaces.create(sourceHcl("refused-update-taken"));
  await taken.apply();
  const ws = await workspaces.create(sourceHcl("refused-update-orders"));
  await ws.apply();
  const source = (await byType(ws)).streamkap_source;

  // Streamkap refuses a name another source has (422): the object must stay in the state.
  ws.writeConfig(sourceHcl("refused-update-taken"));
  const refused = await ws.apply([], { check: false });
  expect(refused.code).toBe(1);
  expect((await byType(ws)).streamkap_source).toMatchObject({ id: source.id, name: "refused-update-orders" });
  expect(planCounts((await ws.plan()).stdout)).toEqual({ add: 0, change: 1, destroy: 0 });

  ws.writeConfig(sourceHcl("refused-update-orders"));
  const plan = await ws.plan();
  expect(plan.stdout).not.toMatch(/update in-place/);
  expect(plan.code).toBe(0);

  await ws.destroy();
  await taken.destroy();
});
