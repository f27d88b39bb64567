// /transforms over real HTTP against an in-process emulator: the contract (create, read with
// unwind_topics, update with the id in the body, delete by query, implementation_details,
// deploy preview/live, job_status), the job's transitions and FAILED reasons, the output
// topics in /topics, POST /topics/table_metrics, and the run endpoint that runs the code.
import { request } from "node:http";
import { eventually } from "../../test/support/eventually";
import { ManualClock } from "../clock";
import { emulatorForTests, call, postgresBody, type Api } from "../testing/test-client";

const { api, url } = emulatorForTests({ clientId: "tx-client", secret: "tx-secret", deployMs: 0 });
// Deployments that take a minute on a clock that moves only when a test advances it.
const clock = new ManualClock();
const stepped = emulatorForTests({ clientId: "tx-stepped", secret: "tx-secret", deployMs: 60_000, clock });

const CODE = {
  language: "JAVASCRIPT",
  value_transform: "function _streamkap_transform(value, key, topic, ts) { if (value.status === 'test') return null; return { ...value, email: '***' }; }",
  key_transform: "function _streamkap_transform_key(value, key) { return { id: value.id }; }",
};

let sourceId = "";
beforeAll(async () => {
  const source = await api("POST", "/sources", postgresBody("tx-orders"));
  expect(source.status).toBe(201);
  sourceId = source.json.id;
});

function createBody(name: string, extra: Record<string, unknown> = {}, type = "map_filter") {
  return {
    transform: type,
    config: {
      "transforms.name": name,
      "transforms.input.topic.pattern": "source_[0-9a-f]+\\.public\\.(orders|items)",
      "transforms.output.topic.pattern": "masked.$1",
      ...extra,
    },
    created_from: "terraform",
    tags: null,
  };
}

async function created(name: string, implementation: Record<string, unknown> | null = CODE, type = "map_filter", on: Api = api) {
  const r = await on("POST", "/transforms?secret_returned=true", createBody(name, {}, type));
  expect(r.status).toBe(201);
  if (implementation)
    expect((await on("PUT", `/transforms/${r.json.id}/implementation_details`, { transform_id: r.json.id, implementation })).status).toBe(200);
  return r.json.id as string;
}

/** Polls job_status (with a deadline) until it is `want`; answers its body. */
function jobStatusBecomes(id: string, want: string, on: Api = api) {
  return eventually(
    `transform ${id}'s job ${want}`,
    async () => (await on("GET", `/transforms/${id}/job_status`)).json,
    (body) => body?.status === want,
  );
}

let destinationId = "";
/** A pipeline from the test source to a ClickHouse destination, taking the transform. */
async function pipelineWith(transformId: string, name: string) {
  if (!destinationId) {
    const config = { hostname: "ch.internal", "connection.username": "u", "connection.password": "p", database: "d", port: 9440, ssl: false };
    destinationId = (await api("POST", "/destinations", { name: "tx-warehouse", connector: "clickhouse", created_from: "terraform", config })).json.id;
  }
  return api("POST", "/pipelines", {
    name,
    source: { id: sourceId, name: "tx-orders", connector: "postgresql", topics: ["public.orders"] },
    destination: { id: destinationId, name: "tx-warehouse", connector: "clickhouse" },
    transforms: [{ id: transformId, name: "t", start_time: null, topic_id: `source_${sourceId}.public.orders`, topic: "public.orders" }],
    topic_auto_discovery_transforms: [],
    created_from: "terraform",
  });
}

async function deploy(id: string, on: Api = api) {
  expect((await on("PUT", `/transforms/${id}/deploy-job-preview/no-version?replay_window=3d`)).status).toBe(200);
  expect((await on("PUT", `/transforms/${id}/deploy-job-live/no-version`)).status).toBe(200);
}

describe("the transform contract", () => {
  test("create answers the bare transform with every config key of its type, defaults filled in", async () => {
    const r = await api("POST", "/transforms?secret_returned=true", createBody("mask-emails"));
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: "mask-emails",
      transform_type: "map_filter",
      status: "UNKNOWN",
      version: 0,
      implementation: {},
      topic_ids: [],
      topics: [],
      start_time: null,
      tags: [],
      config: {
        "transforms.name": "mask-emails",
        "transforms.language": "JavaScript",
        "transforms.input.topic.pattern": "source_[0-9a-f]+\\.public\\.(orders|items)",
        "transforms.output.topic.pattern": "masked.$1",
        "transforms.input.serialization.format": "Any",
        "transforms.output.serialization.format": "Any",
        "transforms.input.job.parallelism": 5,
      },
    });
    const dup = await api("POST", "/transforms", createBody("mask-emails"));
    expect(dup.status).toBe(422);
    expect(dup.json).toEqual({ detail: "A transform with name 'mask-emails' already exists" });
  });

  test("bad bodies get 422 entries naming the key", async () => {
    const r = await api("POST", "/transforms", { transform: "map_filtre", config: {}, created_from: "terraform", tags: null });
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([{ loc: ["body", "transform"], msg: expect.stringContaining("'map_filter'"), type: "enum" }]);
    const config = await api("POST", "/transforms", createBody("bad-config", { "transforms.input.job.parallelism": 99, "transforms.colour": "red" }));
    expect(config.json.detail).toEqual([
      { loc: ["body", "config", "transforms.input.job.parallelism"], msg: "transforms.input.job.parallelism must be at most 20, got 99", type: "value_error" },
      {
        loc: ["body", "config", "transforms.colour"],
        msg: expect.stringMatching(/^Unknown key for a map_filter transform; its keys: transforms\.name, /),
        type: "value_error",
      },
    ]);
    const unnamed = await api("POST", "/transforms", { transform: "topic_router", config: {}, created_from: "terraform", tags: null });
    expect(unnamed.json.detail.map((e: { loc: string[] }) => e.loc.join("."))).toEqual([
      "body.config.transforms.name",
      "body.config.transforms.input.topic.pattern",
      "body.config.transforms.output.topic.pattern",
    ]);
  });

  test("read is enveloped, gone is an empty result; update carries the id in the body and replaces the implementation", async () => {
    const id = await created("read-update");
    const read = await api("GET", `/transforms/${id}?secret_returned=true&unwind_topics=false`);
    expect(read.json).toMatchObject({ total: 1, result: [{ id, name: "read-update", implementation: CODE, version: 1 }] });
    expect((await api("GET", "/transforms/0123456789abcdef01234567")).json).toMatchObject({ total: 0, result: [] });

    const body = {
      id,
      transform: "map_filter",
      config: { ...read.json.result[0].config, "transforms.name": "read-update-2" },
      implementation: CODE,
      tags: null,
    };
    const updated = await api("PUT", "/transforms?secret_returned=true", body);
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id, name: "read-update-2", implementation: CODE, version: 1 });
    // Left out, the implementation is cleared: the backend replaces it on every update.
    const { implementation: _sent, ...withoutImplementation } = body;
    expect((await api("PUT", "/transforms", withoutImplementation)).json).toMatchObject({ implementation: {}, version: 2 });
    expect((await api("PUT", "/transforms", { ...body, id: "0123456789abcdef01234567" })).status).toBe(404);
    expect((await api("PUT", "/transforms", { ...body, transform: "fan_out" })).json.detail[0].msg).toMatch(/type of a transform cannot be changed/);
  });

  test("implementation_details are versioned; delete is by query and answers the transform", async () => {
    const id = await created("versions");
    const details = await api("GET", `/transforms/${id}/implementation_details`);
    expect(details.json).toEqual({
      transform_id: id,
      impl_versions: { "1": { transform_id: id, version_id: "1", implementation: CODE, config: expect.any(Object) } },
    });
    const same = await api("PUT", `/transforms/${id}/implementation_details`, { transform_id: id, implementation: CODE });
    expect(Object.keys(same.json.impl_versions)).toEqual(["1"]);
    expect((await api("PUT", `/transforms/${id}/implementation_details`, { transform_id: id })).status).toBe(422);

    const del = await api("DELETE", `/transforms?id=${id}`);
    expect(del.status).toBe(200);
    expect(del.json).toMatchObject({ id, name: "versions" });
    expect((await api("DELETE", `/transforms?id=${id}`)).status).toBe(404);
    expect((await api("GET", `/transforms/${id}/job_status`)).json).toEqual({ detail: "Transform not found" });
  });

  test("a transform a pipeline uses cannot be deleted", async () => {
    const id = await created("in-use");
    const pipeline = await pipelineWith(id, "with-transform");
    expect(pipeline.status).toBe(201);
    const del = await api("DELETE", `/transforms?id=${id}`);
    expect(del.status).toBe(409);
    expect(del.json.detail).toMatch(/used by pipeline 'with-transform'/);
  });
});

describe("deployment and job status", () => {
  test("never deployed: job_status is 400 Job not found; a bad replay window is 400; topic_router has no preview", async () => {
    const id = await created("undeployed");
    expect(await api("GET", `/transforms/${id}/job_status`)).toMatchObject({ status: 400, json: { detail: "Job not found" } });
    expect((await api("PUT", `/transforms/${id}/deploy-job-preview/no-version?replay_window=0`)).json).toEqual({
      detail: "Replay window must be a valid duration like 3d, 10m, 2h, 30s",
    });
    const router = await created("router", null, "topic_router");
    expect((await api("PUT", `/transforms/${router}/deploy-job-preview/no-version`)).status).toBe(400);
  });

  test("DEPLOYING until the deployment ends on the emulator's clock, then RUNNING", async () => {
    const id = await created("stepped-deploy", CODE, "map_filter", stepped.api);
    await deploy(id, stepped.api);
    expect((await stepped.api("GET", `/transforms/${id}/job_status`)).json).toMatchObject({ id, status: "DEPLOYING", job_name: `transform_${id}_1` });
    expect((await stepped.api("GET", `/transforms/${id}`)).json.result[0]).toMatchObject({ status: "DEPLOYING", topic_ids: [] });
    clock.advance(59_999);
    expect((await stepped.api("GET", `/transforms/${id}/job_status`)).json.status).toBe("DEPLOYING");
    clock.advance(1);
    expect((await stepped.api("GET", `/transforms/${id}/job_status`)).json.status).toBe("RUNNING");
  });

  test("RUNNING once deployed; its output topics appear in the transform and in /topics, named by the output pattern", async () => {
    const id = await created("runs");
    await deploy(id);
    expect(await jobStatusBecomes(id, "RUNNING")).toMatchObject({ id, status: "RUNNING", start_time: expect.any(String), status_reason: null });
    const read = (await api("GET", `/transforms/${id}`)).json.result[0];
    const pairs = read.topic_ids.map((topicId: string, i: number) => [topicId, read.topics[i]]).sort();
    expect(pairs).toEqual([
      [`transform_${id}_1.masked.items`, "masked.items"],
      [`transform_${id}_1.masked.orders`, "masked.orders"],
    ]);
    const unwound = await api("GET", `/transforms/${id}?unwind_topics=true`);
    expect(unwound.json.result.map((r: { topic_ids: string[] }) => r.topic_ids)).toEqual(read.topic_ids.map((t: string) => [t]));
    const details = await api("GET", `/topics/details?entity_type=transforms&entity_id=${id}`);
    expect(details.json.result.map((t: { id: string; entity: { name: string } }) => [t.id, t.entity.name]).sort()).toEqual([
      [`transform_${id}_1.masked.items`, "runs"],
      [`transform_${id}_1.masked.orders`, "runs"],
    ]);
    expect((await api("GET", `/topics/transform_${id}_1.masked.orders`)).status).toBe(200);
  });

  test.each([
    [
      "code that throws on the probe record",
      { language: "JAVASCRIPT", value_transform: "function _streamkap_transform(value) { return value.after.id; }" },
      /value_transform: _streamkap_transform failed on record #0 .*TypeError/,
    ],
    [
      "code that does not load",
      { language: "JAVASCRIPT", value_transform: "var _streamkap_transform = 1;" },
      /does not define a function _streamkap_transform/,
    ],
    ["an infinite loop", { language: "JAVASCRIPT", value_transform: "function _streamkap_transform() { for (;;) {} }" }, /timed out/],
    [
      "require('fs')",
      { language: "JAVASCRIPT", value_transform: "function _streamkap_transform(v) { return require('fs').readFileSync('/etc/passwd', 'utf8'); }" },
      /require is not defined/,
    ],
    // Stopped by whichever limit it meets first: the sandbox's heap or the record's time.
    [
      "a memory bomb",
      { language: "JAVASCRIPT", value_transform: "const kept = []; function _streamkap_transform() { for (;;) kept.push(new Array(100000).fill(1)); }" },
      /ran out of memory|timed out/,
    ],
  ])("FAILED with the reason for %s, and the emulator goes on serving", async (_what, implementation, reason) => {
    const id = await created(`failing-${_what}`, implementation);
    await deploy(id);
    expect(await jobStatusBecomes(id, "FAILED")).toMatchObject({ status: "FAILED" });
    const read = (await api("GET", `/transforms/${id}`)).json.result[0];
    expect(read).toMatchObject({ status: "FAILED", status_reason: expect.stringMatching(reason), topic_ids: [] });
    expect((await api("GET", `/transforms/${id}/job_status`)).json.status_reason).toMatch(reason);
    expect((await api("GET", "/transforms?page_size=100")).status).toBe(200);
    const run = await call(url(), "POST", `/__emulator/transforms/${id}/run`, { records: [{ topic: `source_${sourceId}.public.orders`, value: {} }] });
    expect(JSON.stringify(run.json)).toMatch(reason);
  });

  test("the implementation's unit test inputs are the probe records", async () => {
    const implementation = {
      ...CODE,
      value_transform: "function _streamkap_transform(value) { return { id: value.order.id }; }",
      unit_test: { test_name: "orders", input__json: [{ topic: "source_x.public.orders", value: { order: { id: 1 } }, key: null, timestamp: 1 }] },
    };
    const id = await created("probed-by-unit-test", implementation);
    await deploy(id);
    expect((await jobStatusBecomes(id, "RUNNING")).status).toBe("RUNNING");
  });
});

describe("the run endpoint", () => {
  test("records in, output records and topics out; dropped records and errors per record", async () => {
    const id = await created("run-me");
    const topic = `source_${sourceId}.public.orders`;
    const r = await call(url(), "POST", `/__emulator/transforms/${id}/run`, {
      records: [
        { topic, value: { id: 1, email: "a@b.c", status: "paid" }, key: { id: 1 }, timestamp: 5 },
        { topic, value: { id: 2, status: "test" } },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.json.records).toEqual([
      { topic: "masked.orders", topic_id: `transform_${id}_1.masked.orders`, key: { id: 1 }, value: { id: 1, email: "***", status: "paid" }, timestamp: 5 },
    ]);
    expect(r.json.results.map((x: { dropped: boolean }) => x.dropped)).toEqual([false, true]);
    expect(r.json.errors).toEqual([]);
  });

  test("refuses records on topics the transform does not read, unknown transforms and methods", async () => {
    const id = await created("run-refusals");
    const r = await call(url(), "POST", `/__emulator/transforms/${id}/run`, { records: [{ topic: "elsewhere.orders", value: {} }] });
    expect(r.status).toBe(422);
    expect(r.json.detail).toMatch(/^records\[0\]\.topic "elsewhere.orders" is not an input of this transform/);
    expect((await call(url(), "POST", "/__emulator/transforms/0123456789abcdef01234567/run", { records: [] })).status).toBe(404);
    expect((await call(url(), "GET", `/__emulator/transforms/${id}/run`)).status).toBe(405);
  });

  test("answers only requests naming a loopback host, as the console does", async () => {
    const id = await created("run-elsewhere");
    const answer = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${url()}/__emulator/transforms/${id}/run`,
        { method: "POST", headers: { Host: "transforms.example.com", "Content-Type": "application/json" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.end(JSON.stringify({ records: [] }));
    });
    expect(answer).toBe(403);
  });

  test("fan-out: one record to every topic the topic function names", async () => {
    const implementation = {
      language: "JAVASCRIPT",
      value_transform: "function _streamkap_transform(v) { return v; }",
      topic_transform: "function _streamkap_transform_topic(v) { return v.regions.map((r) => 'orders_' + r); }",
    };
    const id = await created("fan-me", implementation, "fan_out");
    const r = await call(url(), "POST", `/__emulator/transforms/${id}/run`, {
      records: [{ topic: `source_${sourceId}.public.orders`, value: { regions: ["eu", "us"] } }],
    });
    expect(r.json.records.map((x: { topic: string }) => x.topic)).toEqual(["orders_eu", "orders_us"]);
  });
});

describe("POST /topics/table_metrics", () => {
  test("deterministic figures per (entity, topic); unknown entities get none; bad bodies 422", async () => {
    const topic = `source_${sourceId}.public.orders`;
    const body = {
      entities: [
        { id: sourceId, entity_type: "sources", connector: "postgresql", topic_ids: [topic], topic_db_ids: [] },
        { id: "0123456789abcdef01234567", entity_type: "sources", connector: "postgresql", topic_ids: [topic], topic_db_ids: [] },
      ],
    };
    const first = await api("POST", "/topics/table_metrics", body);
    expect(first.status).toBe(200);
    expect(Object.keys(first.json)).toEqual([sourceId]);
    expect(first.json[sourceId][topic]).toEqual({
      messages_in: expect.any(Number),
      messages_out: expect.any(Number),
      bytes_in: expect.any(Number),
      bytes_out: expect.any(Number),
      lag: expect.any(Number),
      avg_latency_ms: expect.any(Number),
    });
    expect((await api("POST", "/topics/table_metrics", body)).json).toEqual(first.json);
    const bad = await api("POST", "/topics/table_metrics", { entities: [{ id: sourceId, entity_type: "pipelines", topic_ids: "x" }] });
    expect(bad.status).toBe(422);
    expect(bad.json.detail.map((e: { loc: (string | number)[] }) => e.loc.join("."))).toEqual(["body.entities.0.entity_type", "body.entities.0.topic_ids"]);
  });
});

describe("the console", () => {
  test("draws each transform between the topics it reads and the pipelines that take it, its output topics inside it", async () => {
    const id = await created("drawn");
    await deploy(id);
    await jobStatusBecomes(id, "RUNNING");
    const view = (await call(url(), "GET", "/__emulator/tenant")).json as {
      nodes: { key: string; kind: string; status: string; connector: string }[];
      edges: { from: string; to: string }[];
    };
    expect(view.nodes.find((n) => n.key === `transform:${id}`)).toMatchObject({ kind: "transform", status: "RUNNING", connector: "Transform/Filter Records" });
    expect(
      view.edges
        .filter((e) => e.to === `transform:${id}`)
        .map((e) => e.from)
        .sort(),
    ).toEqual([`topic:source_${sourceId}.public.items`, `topic:source_${sourceId}.public.orders`]);
    expect(view.nodes.some((n) => n.key.startsWith(`topic:transform_${id}`))).toBe(false);
    const pipeline = await pipelineWith(id, "drawn-pipeline");
    const after = (await call(url(), "GET", "/__emulator/tenant")).json as typeof view;
    expect(after.edges).toContainEqual({ from: `transform:${id}`, to: `pipeline:${pipeline.json.id}` });
  });
});
