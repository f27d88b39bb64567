// /pipelines over real HTTP against an in-process emulator: the five routes' contract, the
// body's validation against the tenant, the 409 on a taken name, the status derived from the
// pipeline's deployment and its connectors', the refusal to delete a connector a pipeline
// joins, stats and faults.
import { ManualClock, startEmulator } from "../index";
import { DEVELOPMENT_TAG_ID } from "../tags/tags";
import { eventually } from "../../test/support/eventually";
import { call, clickhouseBody, emulatorForTests, login, pipelineBody, postgresBody, updateBody } from "../testing/test-client";

const CLIENT_ID = "pipelines-client";
const SECRET = "pipelines-secret";
const DEPLOY_MS = 150;

// Deployments run on a clock the tests step; a wait=true request moves it to its deployment's end.
const clock = new ManualClock({ waits: "jump" });
const { api } = emulatorForTests({ clientId: CLIENT_ID, secret: SECRET, deployMs: DEPLOY_MS, clock });

/** A source and a destination, Active unless `wait` is false. */
async function ends(label: string, opts: { wait?: boolean; sourceConfig?: Record<string, unknown>; destinationConfig?: Record<string, unknown> } = {}) {
  const q = opts.wait === false ? "wait=false" : "wait=true";
  const [source, destination] = await Promise.all([
    api("POST", `/sources?${q}`, postgresBody(`${label}-src`, opts.sourceConfig)),
    api("POST", `/destinations?${q}`, clickhouseBody(`${label}-dst`, opts.destinationConfig)),
  ]);
  expect(source.status).toBe(201);
  expect(destination.status).toBe(201);
  return { source: source.json, destination: destination.json };
}

describe("routes", () => {
  test("create answers 201 with the pipeline: references, plain topic names, the Development tag by default, Starting", async () => {
    const { source, destination } = await ends("create");
    const r = await api(
      "POST",
      "/pipelines?wait=false&secret_returned=true",
      pipelineBody("orders-flow", source, destination, [`source_${source.id}.public.orders`, "public.items"]),
    );
    expect(r.status).toBe(201);
    expect(r.json.id).toMatch(/^[0-9a-f]{24}$/);
    expect(r.json).toMatchObject({
      name: "orders-flow",
      created_from: "terraform",
      snapshot_new_tables: true,
      sub_id: source.sub_id,
      tenant_id: source.tenant_id,
      source: { id: source.id, name: "create-src", connector: "postgresql", topics: ["public.orders", "public.items"] },
      destination: { id: destination.id, name: "create-dst", connector: "clickhouse" },
      topic_ids: [`source_${source.id}.public.orders`, `source_${source.id}.public.items`],
      transforms: [],
      topic_auto_discovery_transforms: [],
      tags: [DEVELOPMENT_TAG_ID],
      status: "Starting",
      status_reason: null,
    });
  });

  test("get one answers an envelope, empty once deleted; delete answers JSON, then 404", async () => {
    const { source, destination } = await ends("get-one");
    const created = (await api("POST", "/pipelines?wait=false", pipelineBody("get-one", source, destination))).json;
    const got = await api("GET", `/pipelines/${created.id}?secret_returned=true`);
    expect(got.json).toEqual({ total: 1, page: 1, page_size: 10, result: [expect.objectContaining({ id: created.id, name: "get-one" })] });
    const deleted = await api("DELETE", `/pipelines/${created.id}?secret_returned=true&wait=false`);
    expect(deleted.status).toBe(200);
    expect(deleted.json).toMatchObject({ id: created.id, name: "get-one" });
    expect((await api("GET", `/pipelines/${created.id}`)).json).toEqual({ total: 0, page: 1, page_size: 10, result: [] });
    expect((await api("DELETE", `/pipelines/${created.id}`)).json).toEqual({ detail: `Pipeline ${created.id} not found` });
    expect((await api("GET", "/pipelines/not-an-id")).status).toBe(422);
  });

  test("list pages and filters by source_id, destination_id and partial_name", async () => {
    const a = await ends("list-a");
    const b = await ends("list-b");
    for (let i = 1; i <= 3; i++) expect((await api("POST", "/pipelines?wait=false", pipelineBody(`List-A-${i}`, a.source, a.destination))).status).toBe(201);
    expect((await api("POST", "/pipelines?wait=false", pipelineBody("list-b-1", b.source, b.destination))).status).toBe(201);
    const names = async (q: string) => ((await api("GET", `/pipelines?${q}`)).json.result as { name: string }[]).map((p) => p.name);
    expect(await names(`source_id=${a.source.id}`)).toEqual(["List-A-1", "List-A-2", "List-A-3"]);
    expect(await names(`destination_id=${b.destination.id}`)).toEqual(["list-b-1"]);
    expect(await names("partial_name=list-")).toEqual(["List-A-1", "List-A-2", "List-A-3", "list-b-1"]);
    const page = (await api("GET", "/pipelines?partial_name=list-a&page=2&page_size=2")).json;
    expect(page).toMatchObject({ total: 3, page: 2, page_size: 2 });
    expect(page.result.map((p: { name: string }) => p.name)).toEqual(["List-A-3"]);
    expect((await api("GET", "/pipelines?page_size=0")).status).toBe(422);
  });

  test("update answers the bare pipeline; created_from kept; null tags keep, [] clears; unknown id → 404", async () => {
    const { source, destination } = await ends("update");
    const created = (await api("POST", "/pipelines?wait=false", pipelineBody("to-update", source, destination))).json;
    const body = { ...updateBody(pipelineBody("updated", source, destination, ["public.items"])), snapshot_new_tables: false, tags: null };
    const r = await api("PUT", `/pipelines/${created.id}?wait=false`, body);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      id: created.id,
      name: "updated",
      created_from: "terraform",
      snapshot_new_tables: false,
      source: { topics: ["public.items"] },
      tags: [DEVELOPMENT_TAG_ID],
    });
    expect((await api("PUT", `/pipelines/${created.id}`, { ...body, tags: [] })).json.tags).toEqual([]);
    const missing = await api("PUT", "/pipelines/0123456789abcdef01234567", body);
    expect(missing.status).toBe(404);
    expect(missing.json.detail).toBe("Pipeline 0123456789abcdef01234567 not found");
  });

  test("a duplicate name → 409, on create and on update", async () => {
    const { source, destination } = await ends("dup");
    expect((await api("POST", "/pipelines", pipelineBody("dup-flow", source, destination))).status).toBe(201);
    const again = await api("POST", "/pipelines", pipelineBody("dup-flow", source, destination));
    expect(again.status).toBe(409);
    expect(again.json).toEqual({ detail: "A pipeline with name 'dup-flow' already exists" });
    const other = (await api("POST", "/pipelines", pipelineBody("dup-other", source, destination))).json;
    expect((await api("PUT", `/pipelines/${other.id}`, updateBody(pipelineBody("dup-flow", source, destination)))).status).toBe(409);
  });
});

describe("validation", () => {
  test("a missing name, source or destination → 422 naming each", async () => {
    const r = await api("POST", "/pipelines", { snapshot_new_tables: true });
    expect(r.status).toBe(422);
    expect(r.json.detail.map((d: { loc: string[] }) => d.loc.join("."))).toEqual(["body.name", "body.source", "body.destination"]);
  });

  test("a source or destination that does not exist → 422 naming source.id / destination.id", async () => {
    const { source, destination } = await ends("refs");
    const ghost = { id: "0123456789abcdef01234567", name: "ghost" };
    const noSource = await api("POST", "/pipelines", pipelineBody("no-source", ghost, destination));
    expect(noSource.status).toBe(422);
    expect(noSource.json.detail).toEqual([{ loc: ["body", "source", "id"], msg: "Source 0123456789abcdef01234567 does not exist", type: "value_error" }]);
    // A source's id is not a destination's.
    const noDestination = await api("POST", "/pipelines", pipelineBody("no-destination", source, source));
    expect(noDestination.json.detail).toEqual([{ loc: ["body", "destination", "id"], msg: `Destination ${source.id} does not exist`, type: "value_error" }]);
  });

  test("a topic the source does not have → 422 naming it and listing the source's topics; only the source's own prefix is stripped", async () => {
    const { source, destination } = await ends("topics");
    const r = await api(
      "POST",
      "/pipelines",
      pipelineBody("bad-topic", source, destination, ["public.orders", "public.nope", "source_0123456789abcdef01234567.public.items"]),
    );
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([
      {
        loc: ["body", "source", "topics", 1],
        msg: `Topic 'public.nope' is not a topic of source 'topics-src' (${source.id}); its topics: public.orders, public.items`,
        type: "value_error",
      },
      expect.objectContaining({ loc: ["body", "source", "topics", 2], msg: expect.stringContaining("'source_0123456789abcdef01234567.public.items'") }),
    ]);
  });

  test("an unknown transform (per topic and for auto-discovery) and an unknown tag → 422 naming each", async () => {
    const { source, destination } = await ends("transforms");
    const r = await api("POST", "/pipelines", {
      ...pipelineBody("bad-parts", source, destination),
      transforms: [{ id: "0123456789abcdef01234567", name: "t", start_time: null, topic_id: "x", topic: "public.orders" }],
      topic_auto_discovery_transforms: [{ transform_id: "0123456789abcdef01234567", regex: "a" }],
      tags: ["ffffffffffffffffffffffff"],
    });
    expect(r.status).toBe(422);
    expect(r.json.detail.map((d: { loc: unknown[]; msg: string }) => [d.loc.join("."), d.msg])).toEqual([
      ["body.transforms.0.id", "Transform 0123456789abcdef01234567 does not exist"],
      ["body.topic_auto_discovery_transforms.0.transform_id", "Transform 0123456789abcdef01234567 does not exist"],
      ["body.tags", "Unknown tag ids: ffffffffffffffffffffffff"],
    ]);
  });
});

describe("status", () => {
  test("Starting while the pipeline or its connectors deploy, then Active; wait=true answers once the pipeline has deployed", async () => {
    const { source, destination } = await ends("status-start", { wait: false });
    const created = (await api("POST", "/pipelines?wait=false", pipelineBody("starting", source, destination))).json;
    expect(created.status).toBe("Starting");
    clock.advance(DEPLOY_MS);
    expect((await api("GET", `/pipelines/${created.id}`)).json.result[0].status).toBe("Active");
    // Its own deployment, with both connectors Active.
    const own = (await api("POST", "/pipelines?wait=false", pipelineBody("own-deploy", source, destination))).json;
    expect(own.status).toBe("Starting");

    const waited = clock.now();
    const sync = await api("POST", "/pipelines?wait=true", pipelineBody("waited", source, destination));
    expect(clock.now() - waited).toBe(DEPLOY_MS);
    expect(sync.json.status).toBe("Active");
  });

  test("wait=true answers once the pipeline and its connectors have deployed, a connector redeployed meanwhile included: never Starting", async () => {
    // A clock that moves only when stepped: the request's wait is seen, not guessed from time.
    const stepped = new ManualClock();
    const own = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: DEPLOY_MS, clock: stepped });
    try {
      const t = await login(own.url, CLIENT_ID, SECRET);
      const source = (await call(own.url, "POST", "/sources?wait=false", postgresBody("waits-src"), t)).json;
      const destination = (await call(own.url, "POST", "/destinations?wait=false", clickhouseBody("waits-dst"), t)).json;
      stepped.advance(DEPLOY_MS / 2);
      let answered = false;
      const sync = call(own.url, "POST", "/pipelines?wait=true", pipelineBody("waits", source, destination), t).finally(() => (answered = true));
      await eventually("the pipeline's create to wait for its deployment", () => stepped.waiting === 1);
      stepped.advance(DEPLOY_MS / 2);
      // The source redeploys: it ends DEPLOY_MS from now, after the pipeline's own deployment.
      const put = await call(
        own.url,
        "PUT",
        `/sources/${source.id}?wait=false`,
        updateBody(postgresBody("waits-src", { "database.port.user.defined": 6001 })),
        t,
      );
      expect(put.json.connector_status).toBe("Pending Update");
      stepped.advance(DEPLOY_MS / 2);
      // The pipeline's own deployment is over; the wait goes on for the source's.
      await eventually("the create to wait again, for the source's redeployment", () => stepped.waiting === 1 || answered);
      expect(answered).toBe(false);
      stepped.advance(DEPLOY_MS / 2);
      const reply = await sync;
      expect(reply.status).toBe(201);
      expect(reply.json.status).toBe("Active");
    } finally {
      await own.close();
    }
  });

  test("Starting while an Active pipeline's source redeploys", async () => {
    const { source, destination } = await ends("status-redeploy");
    const created = (await api("POST", "/pipelines?wait=true", pipelineBody("redeploy", source, destination))).json;
    expect(created.status).toBe("Active");
    await api("PUT", `/sources/${source.id}?wait=false`, updateBody(postgresBody("status-redeploy-src", { "database.port.user.defined": 6000 })));
    expect((await api("GET", `/pipelines/${created.id}`)).json.result[0].status).toBe("Starting");
    clock.advance(DEPLOY_MS);
    expect((await api("GET", `/pipelines/${created.id}`)).json.result[0].status).toBe("Active");
  });

  test("Broken with a reason naming the connector that broke", async () => {
    const { source, destination } = await ends("status-broken");
    const created = (await api("POST", "/pipelines?wait=true", pipelineBody("breaks", source, destination))).json;
    expect(created).toMatchObject({ status: "Active", status_reason: null });
    await api("PUT", `/destinations/${destination.id}?wait=true`, updateBody(clickhouseBody("status-broken-dst", { hostname: "ch.broken" })));
    const broken = (await api("GET", `/pipelines/${created.id}`)).json.result[0];
    expect(broken.status).toBe("Broken");
    expect(broken.status_reason).toBe(`Destination 'status-broken-dst' (${destination.id}) is Broken: it cannot connect`);
    expect(broken.status_reason).not.toMatch(/Source/);
  });

  test("Paused and Stopped follow the connectors' desired state", async () => {
    const { source, destination } = await ends("status-desired");
    const created = (await api("POST", "/pipelines?wait=true", pipelineBody("follows", source, destination))).json;
    for (const [desired, expected] of [
      ["Paused", "Paused"],
      ["Stopped", "Stopped"],
      ["Active", "Active"],
    ]) {
      await api("PUT", `/sources/${source.id}?wait=true`, { ...updateBody(postgresBody("status-desired-src")), desired_state: desired });
      expect((await api("GET", `/pipelines/${created.id}`)).json.result[0].status).toBe(expected);
    }
    await api("PUT", `/destinations/${destination.id}?wait=true`, { ...updateBody(clickhouseBody("status-desired-dst")), desired_state: "Paused" });
    expect((await api("GET", `/pipelines/${created.id}`)).json.result[0].status).toBe("Paused");
  });
});

describe("connectors in use", () => {
  test("deleting a source or destination a pipeline joins → 409 naming the pipeline; after the pipeline goes it succeeds", async () => {
    const { source, destination } = await ends("in-use");
    const pipeline = (await api("POST", "/pipelines", pipelineBody("holds", source, destination))).json;
    const src = await api("DELETE", `/sources/${source.id}`);
    expect(src.status).toBe(409);
    expect(src.json).toEqual({ detail: `Source ${source.id} is used by pipeline 'holds' (${pipeline.id}); delete the pipeline first` });
    const dst = await api("DELETE", `/destinations/${destination.id}`);
    expect(dst.status).toBe(409);
    expect(dst.json).toEqual({ detail: `Destination ${destination.id} is used by pipeline 'holds' (${pipeline.id}); delete the pipeline first` });
    expect((await api("GET", `/sources/${source.id}`)).json.total).toBe(1);
    expect((await api("DELETE", `/pipelines/${pipeline.id}`)).status).toBe(200);
    expect((await api("DELETE", `/sources/${source.id}`)).status).toBe(200);
    expect((await api("DELETE", `/destinations/${destination.id}`)).status).toBe(200);
  });
});

describe("stats and faults", () => {
  test("stats count /pipelines by route pattern", async () => {
    const fresh = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 0 });
    try {
      const t = await login(fresh.url, CLIENT_ID, SECRET);
      const source = (await call(fresh.url, "POST", "/sources", postgresBody("s"), t)).json;
      const destination = (await call(fresh.url, "POST", "/destinations", clickhouseBody("d"), t)).json;
      const id = (await call(fresh.url, "POST", "/pipelines", pipelineBody("p", source, destination), t)).json.id;
      await call(fresh.url, "GET", `/pipelines/${id}`, undefined, t);
      await call(fresh.url, "GET", "/pipelines", undefined, t);
      await call(fresh.url, "PUT", `/pipelines/${id}`, updateBody(pipelineBody("p", source, destination)), t);
      await call(fresh.url, "DELETE", `/pipelines/${id}`, undefined, t);
      expect((await call(fresh.url, "GET", "/__emulator/stats")).json.requests).toEqual({
        total: 8,
        "POST /auth/access-token": 1,
        "POST /sources": 1,
        "POST /destinations": 1,
        "POST /pipelines": 1,
        "GET /pipelines/{id}": 1,
        "GET /pipelines": 1,
        "PUT /pipelines/{id}": 1,
        "DELETE /pipelines/{id}": 1,
      });
    } finally {
      await fresh.close();
    }
  });

  test("the fault switches apply to the new routes: transient errors, and creates whose answer is lost", async () => {
    const faulty = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 0, seed: 5, faultRate: 0.4 });
    try {
      let t: string | undefined;
      for (let i = 0; i < 30 && !t; i++) t = await login(faulty.url, CLIENT_ID, SECRET).catch(() => undefined);
      const statuses = new Set<number>();
      for (const path of ["/pipelines", "/tags", "/topics/details", "/transforms"]) {
        for (let i = 0; i < 15; i++) statuses.add((await call(faulty.url, "GET", path, undefined, t)).status);
      }
      expect(statuses.has(200)).toBe(true);
      expect([...statuses].some((s) => [429, 502, 503, 504].includes(s))).toBe(true);
    } finally {
      await faulty.close();
    }
    const lossy = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 0, seed: 3, lostResponseRate: 1 });
    try {
      const t = await login(lossy.url, CLIENT_ID, SECRET);
      const lost = await call(lossy.url, "POST", "/tags", { name: "lost", type: ["pipelines"] }, t).catch(() => undefined);
      expect(lost?.status ?? 502).toBe(502);
      expect((await call(lossy.url, "GET", "/tags?tag_name=lost", undefined, t)).json.tags).toHaveLength(1);
    } finally {
      await lossy.close();
    }
  });
});
