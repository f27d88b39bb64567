// The routes of an enveloped collection, written once: GET on the collection (paged, with
// `partial_name` and whatever filters the collection adds) and GET on one (an envelope, empty
// when gone), and, for a collection that takes writes, POST, PUT and DELETE. Sources,
// destinations, pipelines and transforms are each a CollectionSpec; what differs between
// them (the body's rules, the view, the filters, what may refuse a delete) is in their spec.
import type { Clock } from "../clock";
import { isObjectId, newObjectId } from "../store/ids";
import { invalid, type ApiResult, type Handler } from "./handler";
import { DEFAULT_PAGE_SIZE, pageOf, pageParams, queryFlags, type Flags } from "./query";
import type { Router } from "./router";
import type { RecordStore, StoredRecord } from "../store/store";
import type { ValidationError } from "../connectors/validation";

/** A record a write body makes, or the answer refusing the body. */
export type Built<T> = { ok: true; record: T } | { ok: false; result: ApiResult };

export interface CollectionWrites<T> {
  create(body: unknown, id: string, now: number): Built<T>;
  update(previous: T, body: unknown, now: number): Built<T>;
  /** The HTTP status of a name already taken: 422 for connectors, 409 for pipelines. */
  nameTakenStatus: number;
  /** An answer refusing to delete a record still in use, or undefined. */
  refuseDelete?(record: T): ApiResult | undefined;
  /** When the record's latest deployment (and any it depends on) finishes, on the clock:
   * `wait=true` answers then, and the record's status is settled from then on. */
  readyAt(record: T): number;
}

export interface CollectionSpec<T extends StoredRecord> {
  /** e.g. "/pipelines" */
  path: string;
  /** The record as a message opens with it: "Pipeline". */
  title: string;
  store: RecordStore<T>;
  /** The record as the API answers with it, its status as of `now` (the clock's). */
  view(record: T, secretReturned: boolean, now: number): unknown;
  /** The listing's filters beyond partial_name; bad values are pushed onto errors. */
  listFilter?(query: URLSearchParams, errors: ValidationError[]): (record: T) => boolean;
  /** Absent for a read-only collection. */
  writes?: CollectionWrites<T>;
  /** The deployments' clock (clock.ts); its waits end early when the emulator closes. */
  clock: Clock;
}

type ReadyFlags = Extract<Flags, { ok: true }>;

export function addCollectionRoutes<T extends StoredRecord>(router: Router<Handler>, spec: CollectionSpec<T>): void {
  const { store, clock } = spec;
  const one = `${spec.path}/{id}`;

  router.add("GET", spec.path, (req) => {
    const errors: ValidationError[] = [];
    const paging = pageParams(req.query, errors);
    const flags = queryFlags(req.query);
    if (!flags.ok) errors.push(...flags.errors);
    const extra = spec.listFilter?.(req.query, errors) ?? (() => true);
    if (errors.length || !flags.ok) return invalid(errors);
    const needle = (req.query.get("partial_name") ?? "").toLowerCase();
    const matching = store.all().filter((r) => r.name.toLowerCase().includes(needle) && extra(r));
    const result = pageOf(matching, paging).map((r) => spec.view(r, flags.secretReturned, clock.now()));
    return { status: 200, body: envelope(result, matching.length, paging.page, paging.pageSize) };
  });

  router.add("GET", one, (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const id = req.params.id;
    if (!isObjectId(id)) return invalid([badId(id)]);
    const record = store.get(id);
    return { status: 200, body: envelope(record ? [spec.view(record, flags.secretReturned, clock.now())] : [], record ? 1 : 0, 1, DEFAULT_PAGE_SIZE) };
  });

  const writes = spec.writes;
  if (!writes) return;

  /** The answer to a write: at once, or when the caller waits, once deployed — never in a
   * transitional status: the wait and the status read the same clock, and a wait that ends to
   * find a newer deployment under way (another write meanwhile) waits for that one too. */
  const answerWrite = async (status: number, record: T, flags: ReadyFlags): Promise<ApiResult> => {
    const current = () => store.get(record.id) ?? record;
    if (flags.wait) {
      let readyAt = writes.readyAt(current());
      while (clock.now() < readyAt && (await clock.until(readyAt))) readyAt = writes.readyAt(current());
    }
    return { status, body: spec.view(current(), flags.secretReturned, clock.now()), wrote: true };
  };
  const nameTaken = (name: string): ApiResult => ({
    status: writes.nameTakenStatus,
    body: { detail: `A ${spec.title.toLowerCase()} with name '${name}' already exists` },
  });

  router.add("POST", spec.path, async (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const now = clock.now();
    const built = writes.create(req.body(), newObjectId(now), now);
    if (!built.ok) return built.result;
    if (store.findByName(built.record.name)) return nameTaken(built.record.name);
    store.put(built.record);
    return answerWrite(201, built.record, flags);
  });

  router.add("PUT", one, async (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const id = req.params.id;
    if (!isObjectId(id)) return invalid([badId(id)]);
    const previous = store.get(id);
    if (!previous) return notFound(spec.title, id);
    const built = writes.update(previous, req.body(), clock.now());
    if (!built.ok) return built.result;
    const clash = store.findByName(built.record.name);
    if (clash && clash.id !== id) return nameTaken(built.record.name);
    store.put(built.record);
    return answerWrite(200, built.record, flags);
  });

  router.add("DELETE", one, (req) => {
    const id = req.params.id;
    if (!isObjectId(id)) return invalid([badId(id)]);
    const record = store.get(id);
    if (!record) return notFound(spec.title, id);
    const refused = writes.refuseDelete?.(record);
    if (refused) return refused;
    store.delete(id);
    return { status: 200, body: spec.view(record, false, clock.now()), wrote: true };
  });
}

export function envelope(result: unknown[], total: number, page: number, pageSize: number) {
  return { total, page_size: pageSize, page, result };
}

export function notFound(title: string, id: string): ApiResult {
  return { status: 404, body: { detail: `${title} ${id} not found` } };
}

export function badId(id: string): ValidationError {
  return { loc: ["path", "id"], msg: `'${id}' is not a valid ObjectId, it must be a 24-character hex string`, type: "value_error" };
}
