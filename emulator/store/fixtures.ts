// --fixtures: preloading a tenant from a JSON file whose keys are the API's collection names
// and whose values are arrays of objects in the API's own response shape, each with its id:
//   {"tags": [{"id": "…", "name": "team-a", "type": ["pipelines"]}],
//    "sources": [{"id": "…", "name": "orders", "connector": "postgresql", "config": {…}}],
//    "pipelines": [{"id": "…", "name": "orders-to-ch", "source": {"id": "…", "topics": ["public.orders"]}, …}]}
// Each object goes through the same rules as a write to the API (a fixture cannot hold what
// the API would refuse) and may refer to anything loaded before it or already stored. Fixture
// connectors, pipelines and transforms are deployed already, and show the status they declare
// (a connector's connector_status, a pipeline's status and status_reason, a transform's status
// and output topics) until they are written again. A record whose id is stored already is left
// as it is (the tenant's state wins over the file), so loading the same file on every start
// changes nothing. Every fixture is checked before any is written: a bad file leaves the data
// directory as it was, and start-up fails naming the file, the collection, the index and the
// problem.
import { readFileSync } from "node:fs";
import { systemClock } from "../clock";
import { connectorWrites } from "../connectors/routes";
import { isObjectId } from "./ids";
import { rulesFor } from "../connectors/kinds";
import type { StoredConnector, StoredPipeline, StoredTag, StoredTopic, StoredTransform } from "./model";
import { CONNECTOR_STATUSES } from "../connectors/status";
import { PIPELINE_STATUSES } from "../pipelines/status";
import { buildPipeline } from "../pipelines/body";
import { buildTransform } from "../transforms/body";
import { TRANSFORM_JOB_STATUSES, TRANSFORM_NAME_KEY } from "../../catalog/transform-types";
import type { TenantIds } from "../connectors/records";
import type { StoredRecord } from "./store";
import { allTags, findTag, sameTag, SYSTEM_TAGS, tagIdsField, validateTagBody } from "../tags/tags";
import { TenantStores, type CollectionName } from "./tenant";
import { DEFAULT_PARTITIONS, ENTITY_TYPES, entityOf } from "../topics/topics";
import type { ValidationError } from "../connectors/validation";

/** The order of loading: each collection may refer to those before it. */
const LOAD_ORDER: CollectionName[] = ["tags", "sources", "destinations", "transforms", "topics", "pipelines"];
/** Collections whose names are unique in a tenant. */
const UNIQUE_NAMES: CollectionName[] = ["sources", "destinations", "pipelines", "transforms"];

type Fixture = Record<string, unknown>;
/** A record from a fixture, or the problem with it. */
type Loaded = { ok: true; record: StoredRecord } | { ok: false; problem: string };
type Loader = (fixture: Fixture, staged: TenantStores, tenant: TenantIds) => Loaded;

export function loadFixtures(file: string, stores: TenantStores, tenant: TenantIds): void {
  const fail = (where: string, problem: string): never => {
    throw new Error(`fixtures ${file}: ${where}${problem}`);
  };
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    fail("", `cannot be read: ${messageOf(err)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    fail("", `is not valid JSON: ${messageOf(err)}`);
  }
  if (!isObject(parsed)) return fail("", "should be a JSON object keyed by collection name");
  const unknown = Object.keys(parsed).filter((key) => !LOAD_ORDER.includes(key as CollectionName));
  if (unknown.length) fail("", `unknown collection ${unknown.map((k) => `'${k}'`).join(", ")}; expected ${LOAD_ORDER.join(", ")}`);

  // Checked against a copy in memory, so that nothing is written unless every fixture is good.
  const staged = new TenantStores();
  const real = stores.byCollection();
  for (const name of LOAD_ORDER) for (const record of real[name].all()) staged.byCollection()[name].put(record);

  const added: [CollectionName, StoredRecord][] = [];
  for (const name of LOAD_ORDER) {
    const entries = parsed[name];
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) fail(`${name}: `, "should be an array");
    const store = staged.byCollection()[name];
    (entries as unknown[]).forEach((fixture, index) => {
      const where = `${name}[${index}]: `;
      if (!isObject(fixture)) return fail(where, "should be an object");
      if (typeof fixture.id !== "string" || !(name === "topics" ? fixture.id !== "" : isObjectId(fixture.id))) {
        return fail(where, name === "topics" ? "id should be a non-empty string" : "id should be a 24-character hex ObjectId");
      }
      if (name === "tags" && SYSTEM_TAGS.some((t) => t.id === fixture.id)) return; // always there
      const loaded = LOADERS[name](fixture, staged, tenant);
      if (!loaded.ok) return fail(where, loaded.problem);
      if (store.get(fixture.id)) return;
      const clash = UNIQUE_NAMES.includes(name) ? store.findByName(loaded.record.name) : undefined;
      if (clash) return fail(where, `name '${clash.name}' is taken by ${clash.id}`);
      store.put(loaded.record);
      added.push([name, loaded.record]);
    });
  }
  for (const [name, record] of added) real[name].put(record);
}

const LOADERS: Record<CollectionName, Loader> = {
  tags(fixture, staged) {
    const system = fixture.system === true;
    const checked = validateTagBody(fixture, system);
    if (!checked.ok) return { ok: false, problem: describe(checked.errors) };
    if (allTags(staged.tags).some((t) => t.id !== fixture.id && sameTag(t, checked.input)))
      return { ok: false, problem: "a tag with identical properties already exists" };
    const tag: StoredTag = {
      id: fixture.id as string,
      ...checked.input,
      system,
      custom: typeof fixture.custom === "boolean" ? fixture.custom : !system,
      created_from: typeof fixture.created_from === "string" ? fixture.created_from : "api",
      created_timestamp: timestamp(fixture),
    };
    return { ok: true, record: tag };
  },
  sources: (fixture, staged, tenant) => connector("source", fixture, staged, tenant),
  destinations: (fixture, staged, tenant) => connector("destination", fixture, staged, tenant),
  transforms(fixture, staged) {
    // Through the API's own rules, from the answer's shape: transform_type, name, config.
    const config = isObject(fixture.config) ? fixture.config : {};
    const body = {
      transform: fixture.transform_type,
      config: { ...config, [TRANSFORM_NAME_KEY]: fixture.name ?? config[TRANSFORM_NAME_KEY] },
      implementation: fixture.implementation,
      tags: fixture.tags,
      created_from: fixture.created_from,
    };
    const built = buildTransform(body, { stores: staged, id: fixture.id as string, now: Date.parse(timestamp(fixture)) });
    if (!built.ok) return { ok: false, problem: describe(built.errors) };
    const problems: string[] = [];
    const strings = (key: string) => {
      const value = fixture[key] ?? [];
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) problems.push(`${key} should be a list of strings`);
      return value as string[];
    };
    // Deployed already; a fixture naming its status or topics is shown as it says.
    const transform: StoredTransform = { ...built.record, job: { version: built.record.version, started_at: 0, ready_at: 0, failure: null } };
    if (["status", "topic_ids", "topics", "start_time"].some((key) => fixture[key] !== undefined)) {
      const status = fixture.status ?? "RUNNING";
      if (typeof status !== "string" || !(TRANSFORM_JOB_STATUSES as readonly string[]).includes(status))
        problems.push(`status should be one of ${TRANSFORM_JOB_STATUSES.join(", ")}`);
      transform.declared = {
        status: status as string,
        topic_ids: strings("topic_ids"),
        topics: strings("topics"),
        start_time: typeof fixture.start_time === "string" ? fixture.start_time : null,
      };
    }
    return problems.length ? { ok: false, problem: problems.join("; ") } : { ok: true, record: transform };
  },
  topics(fixture, staged) {
    const problems: string[] = [];
    if (typeof fixture.name !== "string" || fixture.name === "") problems.push("name should be a non-empty string");
    const entity = fixture.entity;
    let ref: StoredTopic["entity"];
    if (entity !== undefined && entity !== null) {
      const e = isObject(entity) ? entity : {};
      if (typeof e.entity_type !== "string" || !ENTITY_TYPES.includes(e.entity_type) || typeof e.entity_id !== "string") {
        problems.push(`entity should have an entity_type (${ENTITY_TYPES.join(", ")}) and an entity_id`);
      } else if (!entityOf(staged, { entity_type: e.entity_type, entity_id: e.entity_id })) {
        problems.push(`entity ${e.entity_type} ${e.entity_id} does not exist`);
      } else ref = { entity_type: e.entity_type, entity_id: e.entity_id };
    }
    const kafka = isObject(fixture.kafka) ? fixture.kafka : {};
    const count = isObject(kafka.partitions) ? kafka.partitions.count : undefined;
    if (count !== undefined && (!Number.isSafeInteger(count) || (count as number) < 1))
      problems.push("kafka.partitions.count should be a whole number of at least 1");
    const configs = isObject(kafka.configs) ? kafka.configs : {};
    const retention = configs["retention.ms"] === undefined ? undefined : Number(configs["retention.ms"]);
    if (retention !== undefined && !Number.isSafeInteger(retention)) problems.push("kafka.configs.retention.ms should be a whole number");
    const tags = tagIdsField(fixture.tags, (id) => findTag(staged.tags, id) !== undefined, [], ["tags"]);
    if (!tags.ok) problems.push(describe(tags.errors));
    if (problems.length || !tags.ok) return { ok: false, problem: problems.join("; ") };
    const topic: StoredTopic = {
      id: fixture.id as string,
      name: fixture.name as string,
      ...(ref ? { entity: ref } : {}),
      ...(typeof fixture.prefix === "string" ? { prefix: fixture.prefix } : {}),
      partitions: (count as number | undefined) ?? DEFAULT_PARTITIONS,
      ...(retention !== undefined ? { retention_ms: retention } : {}),
      ...(typeof configs["cleanup.policy"] === "string" ? { cleanup_policy: configs["cleanup.policy"] } : {}),
      tags: tags.tags,
    };
    return { ok: true, record: topic };
  },
  pipelines(fixture, staged, tenant) {
    const built = buildPipeline(fixture, { stores: staged, tenant, id: fixture.id as string, now: Date.now(), deployMs: 0 });
    if (!built.ok) return { ok: false, problem: describe(built.errors) };
    const record: StoredPipeline = { ...built.record, created_timestamp: timestamp(fixture), ready_at: 0 };
    const { status, status_reason: reason } = fixture;
    if (status !== undefined) {
      if (typeof status !== "string" || !PIPELINE_STATUSES.includes(status))
        return { ok: false, problem: `status should be one of ${PIPELINE_STATUSES.join(", ")}` };
      if (reason !== undefined && reason !== null && typeof reason !== "string") return { ok: false, problem: "status_reason should be a string" };
      record.declared = { status: status as NonNullable<StoredPipeline["declared"]>["status"], reason: reason ?? null };
    }
    return { ok: true, record };
  },
};

/** A fixture connector: a create body to the API, deployed already. */
function connector(kind: "source" | "destination", fixture: Fixture, staged: TenantStores, tenant: TenantIds): Loaded {
  const writes = connectorWrites({ rules: rulesFor(kind), stores: staged, tenant, deployMs: 0, clock: systemClock });
  const built = writes.create(fixture, fixture.id as string, Date.now());
  if (!built.ok) {
    const detail = (built.result.body as { detail: ValidationError[] | string }).detail;
    return { ok: false, problem: typeof detail === "string" ? detail : describe(detail) };
  }
  const record: StoredConnector = { ...built.record, created_timestamp: timestamp(fixture), ready_at: 0 };
  const declared = fixture.connector_status;
  if (declared !== undefined) {
    if (typeof declared !== "string" || !CONNECTOR_STATUSES.includes(declared))
      return { ok: false, problem: `connector_status should be one of ${CONNECTOR_STATUSES.join(", ")}` };
    record.declared_status = declared;
  }
  return { ok: true, record };
}

/** A fixture's created_timestamp when it has a valid one; the epoch otherwise, so that a reload builds the same record. */
function timestamp(fixture: Fixture): string {
  const value = fixture.created_timestamp;
  return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : new Date(0).toISOString();
}

/** 422 entries as one line: "source.id: Source … does not exist; name: Field required". */
function describe(errors: ValidationError[]): string {
  return errors.map((e) => `${e.loc.filter((part) => part !== "body").join(".") || "body"}: ${e.msg}`).join("; ");
}

/** An error's message; `instanceof Error` fails for errors from another realm (a test runner's). */
function messageOf(err: unknown): string {
  return isObject(err) && typeof err.message === "string" ? err.message : String(err);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
