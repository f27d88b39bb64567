// The five routes of a connector collection (POST and GET on the collection, GET, PUT and
// DELETE on one), written once and registered for /sources and /destinations alike.
import { isObjectId, newObjectId } from "./ids";
import { invalid, type ApiResult, type Handler } from "./handler";
import type { KindRules } from "./kinds";
import type { StoredConnector } from "./model";
import { intParam, queryFlags } from "./query";
import { connectorView, newStoredConnector, updatedStoredConnector, type TenantIds } from "./records";
import type { Router } from "./router";
import type { ConnectorStore } from "./store";
import { validateConnectorBody, type ValidationError } from "./validation";

export interface CollectionContext {
  rules: KindRules;
  store: ConnectorStore;
  tenant: TenantIds;
  deployMs: number;
  /** Waits; resolves early when the emulator closes. */
  sleep(ms: number): Promise<void>;
}

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

export function addConnectorRoutes(router: Router<Handler>, ctx: CollectionContext): void {
  const { rules, store } = ctx;
  const one = `${rules.path}/{id}`;
  const view = (record: StoredConnector, secretReturned: boolean) => connectorView(rules, record, secretReturned);

  /** The answer to a write: once deployed when the caller waits, at once otherwise. */
  const answerWrite = async (status: number, record: StoredConnector, flags: { wait: boolean; secretReturned: boolean }): Promise<ApiResult> => {
    if (flags.wait) await ctx.sleep(record.ready_at - Date.now());
    return { status, body: view(store.get(record.id) ?? record, flags.secretReturned), wrote: true };
  };

  router.add("POST", rules.path, async (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const checked = validateConnectorBody(rules.catalog, req.body());
    if (!checked.ok) return invalid(checked.errors);
    if (store.findByName(checked.input.name)) return nameTaken(rules, checked.input.name);
    const now = Date.now();
    const record = newStoredConnector(rules, newObjectId(now), checked.input, ctx.tenant, now, ctx.deployMs);
    store.put(record);
    return answerWrite(201, record, flags);
  });

  router.add("GET", rules.path, (req) => {
    const errors: ValidationError[] = [];
    const page = intParam(req.query, "page", 1, 1, Number.MAX_SAFE_INTEGER, errors);
    const pageSize = intParam(req.query, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, errors);
    const flags = queryFlags(req.query);
    if (!flags.ok) errors.push(...flags.errors);
    if (errors.length || !flags.ok) return invalid(errors);
    const needle = (req.query.get("partial_name") ?? "").toLowerCase();
    const matching = store.all().filter((r) => r.name.toLowerCase().includes(needle));
    const slice = matching.slice((page - 1) * pageSize, page * pageSize);
    return { status: 200, body: envelope(slice.map((r) => view(r, flags.secretReturned)), matching.length, page, pageSize) };
  });

  router.add("GET", one, (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const id = req.params.id;
    if (!isObjectId(id)) return invalid([badId(id)]);
    const record = store.get(id);
    return { status: 200, body: envelope(record ? [view(record, flags.secretReturned)] : [], record ? 1 : 0, 1, DEFAULT_PAGE_SIZE) };
  });

  router.add("PUT", one, async (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const id = req.params.id;
    if (!isObjectId(id)) return invalid([badId(id)]);
    const previous = store.get(id);
    if (!previous) return notFound(rules, id);
    const checked = validateConnectorBody(rules.catalog, req.body(), previous);
    if (!checked.ok) return invalid(checked.errors);
    const clash = store.findByName(checked.input.name);
    if (clash && clash.id !== id) return nameTaken(rules, checked.input.name);
    const record = updatedStoredConnector(rules, previous, checked.input, Date.now(), ctx.deployMs);
    store.put(record);
    return answerWrite(200, record, flags);
  });

  router.add("DELETE", one, (req) => {
    const id = req.params.id;
    if (!isObjectId(id)) return invalid([badId(id)]);
    const record = store.get(id);
    if (!record) return notFound(rules, id);
    store.delete(id);
    return { status: 200, body: view(record, false), wrote: true };
  });
}

function envelope(result: unknown[], total: number, page: number, pageSize: number) {
  return { total, page_size: pageSize, page, result };
}

/** Names are unique in a tenant, per kind. */
function nameTaken(rules: KindRules, name: string): ApiResult {
  return { status: 422, body: { detail: `A ${rules.kind} with name '${name}' already exists` } };
}

function notFound(rules: KindRules, id: string): ApiResult {
  return { status: 404, body: { detail: `${rules.title} ${id} not found` } };
}

function badId(id: string): ValidationError {
  return { loc: ["path", "id"], msg: `'${id}' is not a valid ObjectId, it must be a 24-character hex string`, type: "value_error" };
}
