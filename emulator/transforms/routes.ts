// /transforms as the API has it, which is not the enveloped collection's shape: the update
// carries the id in the body (PUT /transforms), the delete in the query (DELETE
// /transforms?id=), reads may unwind a transform into one row per output topic, and beside the
// record are its implementation (implementation_details, versioned), its deployment (preview,
// then live) and its job's status (jobs.ts). Bodies are checked by body.ts with the catalog.
import { plainText } from "../../catalog/plain-text";
import type { Clock } from "../clock";
import { badId, envelope } from "../http/collection-routes";
import { invalid, type ApiResult, type Handler } from "../http/handler";
import { boolParam, DEFAULT_PAGE_SIZE, listParam, pageOf, pageParams, queryFlags } from "../http/query";
import type { Router } from "../http/router";
import { isObjectId, newObjectId } from "../store/ids";
import type { StoredTransform } from "../store/model";
import type { TenantStores } from "../store/tenant";
import { sourceTopicIds } from "../topics/topics";
import type { ValidationError } from "../connectors/validation";
import { buildTransform, implementationOf } from "./body";
import { deployLive, jobFailure, jobName, jobStatus, outputTopics, startTime } from "./jobs";
import { transformCatalog } from "../../catalog/transform-types";

export interface TransformContext {
  stores: TenantStores;
  deployMs: number;
  /** The clock of deployments (clock.ts): job statuses read it. */
  clock: Clock;
}

/** The version path parameter meaning "the latest implementation" (what the Go provider sends). */
const LATEST_VERSION = "no-version";
/** The backend's rule for replay_window: a number and a unit. */
const REPLAY_WINDOW = /^(\d+)([smhd])$/;

export function addTransformRoutes(router: Router<Handler>, ctx: TransformContext): void {
  const { stores } = ctx;
  const store = stores.transforms;
  const view = (t: StoredTransform) => transformView(stores, t, ctx.clock.now());

  router.add("GET", "/transforms", (req) => {
    const errors: ValidationError[] = [];
    const paging = pageParams(req.query, errors);
    const unwind = boolParam(req.query, "unwind_topics", false, errors);
    const flags = queryFlags(req.query);
    if (!flags.ok) errors.push(...flags.errors);
    if (errors.length) return invalid(errors);
    const needle = (req.query.get("partial_name") ?? "").toLowerCase();
    const ids = listParam(req.query, "id");
    const statuses = listParam(req.query, "status");
    const tags = listParam(req.query, "tag_ids");
    const rows = store
      .all()
      .filter((t) => t.name.toLowerCase().includes(needle) && (!ids || ids.includes(t.id)) && (!tags || t.tags.some((tag) => tags.includes(tag))))
      .map(view)
      .filter((v) => !statuses || statuses.includes(v.status))
      .flatMap((v) => (unwind ? unwound(v) : [v]));
    return { status: 200, body: envelope(pageOf(rows, paging), rows.length, paging.page, paging.pageSize) };
  });

  router.add("GET", "/transforms/{id}", (req) => {
    const errors: ValidationError[] = [];
    const unwind = boolParam(req.query, "unwind_topics", false, errors);
    const flags = queryFlags(req.query);
    if (!flags.ok) errors.push(...flags.errors);
    if (!isObjectId(req.params.id)) errors.push(badId(req.params.id));
    if (errors.length) return invalid(errors);
    const t = store.get(req.params.id);
    const rows = t ? (unwind ? unwound(view(t)) : [view(t)]) : [];
    return { status: 200, body: envelope(rows, rows.length, 1, DEFAULT_PAGE_SIZE) };
  });

  router.add("POST", "/transforms", (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const now = ctx.clock.now();
    const built = buildTransform(req.body(), { stores, id: newObjectId(now), now });
    if (!built.ok) return invalid(built.errors);
    if (store.findByName(built.record.name)) return nameTaken(built.record.name);
    store.put(built.record);
    return { status: 201, body: view(built.record), wrote: true };
  });

  router.add("PUT", "/transforms", (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const body = req.body();
    const id = (body as { id?: unknown } | undefined)?.id;
    if (typeof id !== "string" || !isObjectId(id))
      return invalid([
        { loc: ["body", "id"], msg: id === undefined ? "Field required: the transform's id" : "Input should be a 24-character hex ObjectId", type: "missing" },
      ]);
    const previous = store.get(id);
    if (!previous) return notFound(id);
    const built = buildTransform(body, { stores, id, now: ctx.clock.now(), previous });
    if (!built.ok) return invalid(built.errors);
    const clash = store.findByName(built.record.name);
    if (clash && clash.id !== id) return nameTaken(built.record.name);
    store.put(built.record);
    return { status: 200, body: view(built.record), wrote: true };
  });

  router.add("DELETE", "/transforms", (req) => {
    const id = req.query.get("id");
    if (id === null || !isObjectId(id))
      return invalid([{ loc: ["query", "id"], msg: id === null ? "Field required" : "Input should be a 24-character hex ObjectId", type: "missing" }]);
    const t = store.get(id);
    if (!t) return notFound(id);
    const pipeline = stores.pipelines
      .all()
      .find((p) => p.transforms.some((x) => x.id === id) || p.topic_auto_discovery_transforms.some((x) => x.transform_id === id));
    if (pipeline) return { status: 409, body: { detail: `Transform ${id} is used by pipeline '${pipeline.name}' (${pipeline.id}); remove it there first` } };
    store.delete(id);
    return { status: 200, body: view(t), wrote: true };
  });

  router.add("GET", "/transforms/{id}/implementation_details", (req) => {
    const t = store.get(req.params.id);
    return t ? { status: 200, body: implementationDetails(t) } : notFound(req.params.id);
  });

  router.add("PUT", "/transforms/{id}/implementation_details", (req) => {
    const t = store.get(req.params.id);
    if (!t) return notFound(req.params.id);
    const body = req.body() as Record<string, unknown> | undefined;
    const errors: ValidationError[] = [];
    if (body === null || typeof body !== "object" || Array.isArray(body))
      return invalid([{ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" }]);
    if (body.transform_id !== undefined && body.transform_id !== t.id)
      errors.push({ loc: ["body", "transform_id"], msg: `transform_id ${plainText(body.transform_id)} is not this transform (${t.id})`, type: "value_error" });
    if (body.implementation === undefined || body.implementation === null)
      errors.push({ loc: ["body", "implementation"], msg: "Field required", type: "missing" });
    const implementation = implementationOf(body.implementation, errors);
    if (errors.length || implementation === undefined) return invalid(errors);
    const changed = JSON.stringify(implementation) !== JSON.stringify(t.implementation);
    const updated: StoredTransform = changed ? { ...t, implementation, version: t.version + 1, updated_timestamp: new Date(ctx.clock.now()).toISOString() } : t;
    store.put(updated);
    return { status: 200, body: implementationDetails(updated), wrote: true };
  });

  router.add("PUT", "/transforms/{id}/deploy-job-preview/{version}", (req) => {
    const t = store.get(req.params.id);
    if (!t) return jobError(`Transform not found: ${req.params.id}`);
    if (!transformCatalog.get(t.transform_type).preview_deploy) return jobError(`A ${t.transform_type} transform has no preview deployment; deploy it live`);
    const window = req.query.get("replay_window");
    if (window !== null && !REPLAY_WINDOW.test(window)) return jobError("Replay window must be a valid duration like 3d, 10m, 2h, 30s");
    const version = versionOf(t, req.params.version);
    if (version === undefined) return jobError(`Version ${req.params.version} of transform ${t.id} not found`);
    store.put({ ...t, preview_version: version });
    return { status: 200, body: { message: "Preview deployment started", transform_id: t.id, version_id: String(version) }, wrote: true };
  });

  router.add("PUT", "/transforms/{id}/deploy-job-live/{version}", async (req) => {
    const t = store.get(req.params.id);
    if (!t) return jobError(`Transform not found: ${req.params.id}`);
    if (versionOf(t, req.params.version) !== t.version)
      return jobError(`Version ${req.params.version} of transform ${t.id} is not its latest (${t.version}); deploy the latest`);
    const now = ctx.clock.now();
    const job = await deployLive(t, sourceTopicIds(stores, now), now, ctx.deployMs);
    // The transform as it is now: a write may have come while the probe ran.
    const current = store.get(t.id);
    if (current) store.put({ ...current, job, declared: undefined });
    return {
      status: 200,
      body: { message: "Live deployment started", transform_id: t.id, version_id: String(job.version), job_name: `transform_${t.id}_${job.version}` },
      wrote: true,
    };
  });

  router.add("GET", "/transforms/{id}/job_status", (req) => {
    const t = store.get(req.params.id);
    // The backend's catch-all turns its 404s into 400s here.
    if (!t) return jobError("Transform not found");
    const status = jobStatus(t, ctx.clock.now());
    if (status === undefined) return jobError("Job not found");
    return { status: 200, body: { id: t.id, job_name: jobName(t), status, status_reason: jobFailure(t, ctx.clock.now()), start_time: startTime(t) } };
  });
}

/** The transform as the API answers it. */
export function transformView(stores: TenantStores, t: StoredTransform, now: number) {
  const topics = outputTopics(t, sourceTopicIds(stores, now), now);
  return {
    id: t.id,
    name: t.name,
    transform_type: t.transform_type,
    status: jobStatus(t, now) ?? "UNKNOWN",
    status_reason: jobFailure(t, now),
    config: t.config,
    implementation: t.implementation ?? {},
    version: t.version,
    live_version: t.job?.version ?? null,
    preview_version: t.preview_version ?? null,
    job_name: t.job ? jobName(t) : null,
    topic_ids: topics.map((x) => x.id),
    topics: topics.map((x) => x.name),
    start_time: startTime(t),
    created_from: t.created_from,
    created_at: t.created_timestamp,
    updated_at: t.updated_timestamp,
    created_timestamp: t.created_timestamp,
    updated_timestamp: t.updated_timestamp,
    tags: t.tags,
  };
}

type TransformView = ReturnType<typeof transformView>;

/** unwind_topics=true: one row per output topic (a transform without any keeps its one row). */
function unwound(v: TransformView): TransformView[] {
  return v.topic_ids.length ? v.topic_ids.map((id, i) => ({ ...v, topic_ids: [id], topics: v.topics[i] === undefined ? [] : [v.topics[i]] })) : [v];
}

function implementationDetails(t: StoredTransform) {
  const versions = t.implementation
    ? { [String(t.version)]: { transform_id: t.id, version_id: String(t.version), implementation: t.implementation, config: t.config } }
    : {};
  return { transform_id: t.id, impl_versions: versions };
}

/** The version a deploy path names: `no-version` is the latest; undefined when none such. */
function versionOf(t: StoredTransform, param: string): number | undefined {
  if (param === LATEST_VERSION) return t.version;
  return /^\d+$/.test(param) && Number(param) <= t.version ? Number(param) : undefined;
}

function nameTaken(name: string): ApiResult {
  return { status: 422, body: { detail: `A transform with name '${name}' already exists` } };
}

function notFound(id: string): ApiResult {
  return { status: 404, body: { detail: `Transform not found: ${id}` } };
}

function jobError(detail: string): ApiResult {
  return { status: 400, body: { detail } };
}
