// --fixtures (the `fixtures` option): a tenant preloaded from a JSON file, deployed at once;
// loading it again with the same data dir changes nothing and keeps what the API changed; a
// bad fixture stops start-up with a message naming the file, collection, index and problem,
// and writes nothing. Also: pipelines, tags and topics persist across a restart.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../index";
import { DEVELOPMENT_TAG_ID } from "../tags/tags";
import { call, clickhouseBody, login, pipelineBody, postgresBody, updateBody } from "../testing/test-client";

const IDS = {
  tag: "65a000000000000000000001",
  source: "65a000000000000000000002",
  destination: "65a000000000000000000003",
  transform: "65a000000000000000000004",
  pipeline: "65a000000000000000000005",
};
const TOPIC = `source_${IDS.source}.public.orders`;
/** The tenant's transform, as GET /transforms shows it. */
const TRANSFORM = {
  id: IDS.transform,
  name: "mask-emails",
  transform_type: "map_filter",
  status: "RUNNING",
  topic_ids: [TOPIC],
  topics: [TOPIC],
  start_time: null,
  tags: [],
};

/** A tenant in the API's response shape, as a dump of a real one would read. */
const TENANT = {
  tags: [
    { id: IDS.tag, name: "team-orders", description: "Orders team", type: ["pipelines", "sources"], system: false, custom: true },
    { id: DEVELOPMENT_TAG_ID, name: "Development", description: null, type: ["environment"], system: true, custom: false },
  ],
  sources: [{ id: IDS.source, ...postgresBody("fixture-orders"), connector_status: "Active", created_timestamp: "2024-05-01T10:00:00Z", tags: [IDS.tag] }],
  destinations: [{ id: IDS.destination, ...clickhouseBody("fixture-warehouse") }],
  transforms: [TRANSFORM],
  topics: [
    { id: TOPIC, name: "public.orders", entity: { entity_type: "sources", entity_id: IDS.source }, kafka: { partitions: { count: 6 } }, tags: [IDS.tag] },
  ],
  pipelines: [
    {
      id: IDS.pipeline,
      ...pipelineBody("fixture-flow", { id: IDS.source, name: "fixture-orders" }, { id: IDS.destination, name: "fixture-warehouse" }, ["public.orders"]),
      transforms: [{ id: IDS.transform, name: "mask-emails", start_time: null, topic_id: TOPIC, topic: "public.orders" }],
      tags: [IDS.tag],
      status: "Active",
    },
  ],
};

let dir: string;
const running: RunningEmulator[] = [];
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "emulator-fixtures-"))));
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
  rmSync(dir, { recursive: true, force: true });
});

function fixtureFile(content: unknown, name = "tenant.json"): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

async function start(options: EmulatorOptions): Promise<{ url: string; api: (method: string, path: string, body?: unknown) => ReturnType<typeof call> }> {
  const emulator = await startEmulator({ clientId: "fx", secret: "fx-secret", deployMs: 5000, ...options });
  running.push(emulator);
  const token = await login(emulator.url, "fx", "fx-secret");
  return { url: emulator.url, api: (method, path, body) => call(emulator.url, method, path, body, token) };
}

/** Everything the tenant answers, for comparing one start with another. */
async function everything(api: (method: string, path: string) => ReturnType<typeof call>) {
  const paths = [
    "/sources?secret_returned=true",
    "/destinations",
    "/pipelines",
    "/transforms",
    `/tags?tag_ids=${IDS.tag}`,
    `/topics/${TOPIC}`,
    "/topics/details",
  ];
  return Promise.all(paths.map(async (p) => (await api("GET", p)).json));
}

describe("loading", () => {
  test("preloads every collection, deployed: Active at once, and readable through the API", async () => {
    const { api } = await start({ fixtures: fixtureFile(TENANT) });
    const pipeline = (await api("GET", `/pipelines/${IDS.pipeline}`)).json.result[0];
    expect(pipeline).toMatchObject({
      id: IDS.pipeline,
      name: "fixture-flow",
      status: "Active",
      source: { id: IDS.source, name: "fixture-orders", topics: ["public.orders"] },
      transforms: [{ id: IDS.transform, name: "mask-emails", topic_id: TOPIC, topic: "public.orders", start_time: null }],
      tags: [IDS.tag],
    });
    const source = (await api("GET", `/sources/${IDS.source}?secret_returned=true`)).json.result[0];
    expect(source).toMatchObject({ connector_status: "Active", created_timestamp: "2024-05-01T10:00:00.000Z", tags: [IDS.tag] });
    expect(source.config["database.password"]).toBe("pg-s3cret-value");
    expect((await api("GET", `/tags?tag_ids=${IDS.tag}`)).json.tags).toEqual([TENANT.tags[0]]);
    expect((await api("GET", `/topics/${TOPIC}?detailed=true`)).json).toMatchObject({ kafka: { partitions: { count: 6 } }, tags: [IDS.tag] });
  });

  test("a fixture's connector_status and pipeline status (with its reason) are shown as declared, until the object is written again", async () => {
    const reason = "Destination 'fixture-warehouse' rejected the schema";
    const tenant = {
      ...TENANT,
      sources: [{ ...TENANT.sources[0], connector_status: "Paused" }],
      destinations: [{ ...TENANT.destinations[0], connector_status: "Broken" }],
      pipelines: [{ ...TENANT.pipelines[0], status: "Broken", status_reason: reason }],
    };
    const { api } = await start({ fixtures: fixtureFile(tenant), deployMs: 0 });
    expect((await api("GET", `/sources/${IDS.source}`)).json.result[0].connector_status).toBe("Paused");
    expect((await api("GET", `/destinations/${IDS.destination}`)).json.result[0].connector_status).toBe("Broken");
    expect((await api("GET", `/pipelines/${IDS.pipeline}`)).json.result[0]).toMatchObject({ status: "Broken", status_reason: reason });
    const { id: _id, connector_status: _status, created_timestamp: _created, ...source } = tenant.sources[0];
    expect((await api("PUT", `/sources/${IDS.source}?wait=false`, updateBody(source))).status).toBe(200);
    expect((await api("GET", `/sources/${IDS.source}`)).json.result[0].connector_status).toBe("Active");
  });

  test("a connector_status or pipeline status the emulator never shows is refused, naming the allowed ones", async () => {
    await expect(startEmulator({ fixtures: fixtureFile({ ...TENANT, sources: [{ ...TENANT.sources[0], connector_status: "Running" }] }) })).rejects.toThrow(
      /sources\[0\]: connector_status should be one of Active, Paused, Stopped, Broken, Starting, Pending Update$/,
    );
    await expect(startEmulator({ fixtures: fixtureFile({ ...TENANT, pipelines: [{ ...TENANT.pipelines[0], status: "Failed" }] }) })).rejects.toThrow(
      /pipelines\[0\]: status should be one of Starting, Active, Broken, Paused, Stopped$/,
    );
  });

  test("transforms are read through GET /transforms/{id} and GET /transforms, enveloped, as their fixture declares them", async () => {
    const { api } = await start({ fixtures: fixtureFile(TENANT) });
    const view = TRANSFORM;
    expect((await api("GET", `/transforms/${IDS.transform}?secret_returned=true&unwind_topics=false`)).json).toMatchObject({
      total: 1,
      page: 1,
      page_size: 10,
      result: [view],
    });
    expect((await api("GET", "/transforms?page=1&page_size=100")).json).toMatchObject({ total: 1, page: 1, page_size: 100, result: [view] });
    expect((await api("GET", "/transforms/0123456789abcdef01234567")).json.result).toEqual([]);
    expect((await api("GET", `/transforms/${IDS.transform}/job_status`)).json).toMatchObject({ status: "RUNNING" });
  });

  test("a fixture transform with config and implementation is deployed already, its output topics derived; a bad one names the key", async () => {
    const transform = {
      id: "65a0000000000000000000aa",
      name: "clean-orders",
      transform_type: "map_filter",
      config: { "transforms.input.topic.pattern": `source_${IDS.source}\\.public\\.orders`, "transforms.output.topic.pattern": "clean.orders" },
      implementation: { language: "JAVASCRIPT", value_transform: "function _streamkap_transform(v) { return v; }" },
    };
    const { api } = await start({ fixtures: fixtureFile({ tags: TENANT.tags, sources: TENANT.sources, transforms: [transform] }) });
    const read = (await api("GET", `/transforms/${transform.id}`)).json.result[0];
    expect(read).toMatchObject({
      name: "clean-orders",
      status: "RUNNING",
      version: 1,
      implementation: transform.implementation,
      topics: ["clean.orders"],
      topic_ids: [`transform_${transform.id}_1.clean.orders`],
    });
    await expect(
      startEmulator({ fixtures: fixtureFile({ transforms: [{ ...transform, config: { "transforms.input.job.parallelism": 0 } }] }, "bad-transform.json") }),
    ).rejects.toThrow(/transforms\[0\]: .*transforms\.input\.job\.parallelism must be at least 1/);
  });

  test("a pipeline's transforms and auto-discovery regex are checked against fixture transforms", async () => {
    const { api } = await start({ fixtures: fixtureFile(TENANT), deployMs: 0 });
    const body = pipelineBody("with-transform", { id: IDS.source, name: "fixture-orders" }, { id: IDS.destination, name: "fixture-warehouse" });
    const bad = await api("POST", "/pipelines", { ...body, topic_auto_discovery_transforms: [{ transform_id: IDS.transform, regex: "public\\.(" }] });
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toEqual([
      { loc: ["body", "topic_auto_discovery_transforms", 0, "regex"], msg: "Input should be a valid regular expression", type: "value_error" },
    ]);
    const good = await api("POST", "/pipelines", { ...body, topic_auto_discovery_transforms: [{ transform_id: IDS.transform, regex: "public\\..*" }] });
    expect(good.status).toBe(201);
    expect(good.json.topic_auto_discovery_transforms).toEqual([{ transform_id: IDS.transform, regex: "public\\..*" }]);
  });

  test("loading the same file again with the same data dir changes nothing, and keeps what the API changed", async () => {
    const dataDir = join(dir, "data");
    const fixtures = fixtureFile(TENANT);
    const first = await start({ fixtures, dataDir });
    const before = await everything(first.api);
    await Promise.all(running.splice(0).map((e) => e.close()));
    const logs = () =>
      Object.fromEntries(
        readdirSync(dataDir)
          .filter((f) => f.endsWith(".log"))
          .map((f) => [f, readFileSync(join(dataDir, f), "utf8")]),
      );
    const logsBefore = logs();
    expect(Object.keys(logsBefore).sort()).toEqual(["destinations.log", "pipelines.log", "sources.log", "tags.log", "topics.log", "transforms.log"]);

    const second = await start({ fixtures, dataDir });
    expect(await everything(second.api)).toEqual(before);
    expect(logs()).toEqual(logsBefore);

    // A change through the API survives the next load of the same file.
    const renamed = await second.api("PUT", `/pipelines/${IDS.pipeline}?wait=false`, {
      ...pipelineBody("renamed-flow", { id: IDS.source, name: "x" }, { id: IDS.destination, name: "y" }),
      created_from: undefined,
    });
    expect(renamed.status).toBe(200);
    await Promise.all(running.splice(0).map((e) => e.close()));
    const third = await start({ fixtures, dataDir });
    expect((await third.api("GET", `/pipelines/${IDS.pipeline}`)).json.result[0].name).toBe("renamed-flow");
  });
});

describe("bad fixtures stop start-up, naming the file, the collection, the index and the problem", () => {
  const cases: [string, unknown, RegExp][] = [
    [
      "a pipeline whose source does not exist",
      {
        ...TENANT,
        pipelines: [
          TENANT.pipelines[0],
          { ...TENANT.pipelines[0], id: "65a0000000000000000000ff", name: "other", source: { id: "65a0000000000000000000aa", topics: [] } },
        ],
      },
      /tenant\.json: pipelines\[1\]: source\.id: Source 65a0000000000000000000aa does not exist$/,
    ],
    [
      "a source with an unknown tag",
      { sources: [{ ...TENANT.sources[0], tags: ["65a0000000000000000000bb"] }] },
      /sources\[0\]: tags: Unknown tag ids: 65a0000000000000000000bb$/,
    ],
    [
      "a source missing a required key",
      { sources: [{ ...TENANT.sources[0], config: { "database.user": "cdc" } }] },
      /sources\[0\]: config\.database\.hostname\.user\.defined: .*required/,
    ],
    [
      "a topic of an entity that does not exist",
      { topics: [{ ...TENANT.topics[0], tags: [] }] },
      /topics\[0\]: entity sources 65a000000000000000000002 does not exist$/,
    ],
    ["an entry without a valid id", { tags: [{ ...TENANT.tags[0], id: "t1" }] }, /tags\[0\]: id should be a 24-character hex ObjectId$/],
    ["a collection that is not an array", { sources: {} }, /tenant\.json: sources: should be an array$/],
    ["an unknown collection", { widgets: [] }, /tenant\.json: unknown collection 'widgets'/],
    [
      "two sources with one name",
      { tags: TENANT.tags, sources: [TENANT.sources[0], { ...TENANT.sources[0], id: "65a0000000000000000000cc" }] },
      /sources\[1\]: name 'fixture-orders' is taken by 65a000000000000000000002$/,
    ],
    ["a file that is not JSON", "{not json", /tenant\.json: is not valid JSON/],
  ];

  test.each(cases)("%s", async (_name, content, message) => {
    const file = fixtureFile(content);
    const dataDir = join(dir, "data");
    await expect(startEmulator({ fixtures: file, dataDir })).rejects.toThrow(new RegExp(`^fixtures ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    await expect(startEmulator({ fixtures: file, dataDir })).rejects.toThrow(message);
    // Nothing was written: every log is empty.
    for (const log of readdirSync(dataDir).filter((f) => f.endsWith(".log"))) expect(readFileSync(join(dataDir, log), "utf8")).toBe("");
  });

  test("a missing file", async () => {
    await expect(startEmulator({ fixtures: join(dir, "nope.json") })).rejects.toThrow(/nope\.json: cannot be read: ENOENT/);
  });
});

describe("persistence", () => {
  test("pipelines, tags and topic changes made through the API survive a restart", async () => {
    const dataDir = join(dir, "data");
    const first = await start({ dataDir, deployMs: 0 });
    const tag = (await first.api("POST", "/tags", { name: "kept", type: ["pipelines"] })).json;
    const source = (await first.api("POST", "/sources", postgresBody("kept-src"))).json;
    const destination = (await first.api("POST", "/destinations", clickhouseBody("kept-dst"))).json;
    const pipeline = (await first.api("POST", "/pipelines", { ...pipelineBody("kept-flow", source, destination), tags: [tag.id] })).json;
    const topic = `/topics/source_${source.id}.public.orders`;
    expect((await first.api("PUT", topic, { payload: { partition_count: 5 } })).status).toBe(200);
    await Promise.all(running.splice(0).map((e) => e.close()));

    const second = await start({ dataDir, deployMs: 0 });
    expect((await second.api("GET", `/pipelines/${pipeline.id}`)).json.result[0]).toEqual(pipeline);
    expect((await second.api("GET", `/tags?tag_ids=${tag.id}`)).json.tags).toEqual([tag]);
    expect((await second.api("GET", topic)).json.kafka.partitions.count).toBe(5);
    // The refusal holds after the restart too: it reads the restored pipeline.
    expect((await second.api("DELETE", `/sources/${source.id}`)).status).toBe(409);
  });
});
