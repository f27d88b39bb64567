// The API's routes: what each one does with the store, given a request already
// authenticated and past fault injection.
import { createHash } from "node:crypto";
import type { TokenAuthority } from "./auth";
import { isObjectId, newObjectId } from "./ids";
import { Router } from "./router";
import { newStoredSource, sourceView, updatedStoredSource, type TenantIds } from "./sources";
import type { SourceStore } from "./store";
import { validateSourceBody, type ValidationError } from "./validation";

export interface ApiRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when the body is empty. Throws BadBody. */
  body(): unknown;
}

export interface ApiResult {
  status: number;
  body: unknown;
  /** A write that changed state: its answer is a candidate for being lost. */
  wrote?: boolean;
}

export interface RouteOptions {
  /** Whether the route is open without a bearer token. */
  public?: boolean;
}

export type Handler = ((req: ApiRequest) => ApiResult | Promise<ApiResult>) & RouteOptions;

export class BadBody extends Error {}

export interface ApiContext {
  store: SourceStore;
  auth: TokenAuthority;
  clientId: string;
  deployMs: number;
  /** Waits; resolves early when the emulator closes. */
  sleep(ms: number): Promise<void>;
}

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

export function buildRouter(ctx: ApiContext): Router<Handler> {
  const tenant = tenantIds(ctx.clientId);
  const router = new Router<Handler>();

  const login: Handler = (req) => {
    const body = req.body() as Record<string, unknown> | undefined;
    const tokens = ctx.auth.login(body?.client_id, body?.secret);
    if (!tokens) return { status: 401, body: { detail: "Invalid client credentials" } };
    return { status: 200, body: tokens };
  };
  login.public = true;
  router.add("POST", "/auth/access-token", login);

  router.add("POST", "/sources", async (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const checked = validateSourceBody(req.body());
    if (!checked.ok) return invalid(checked.errors);
    if (ctx.store.findByName(checked.input.name)) return nameTaken(checked.input.name);
    const now = Date.now();
    const source = newStoredSource(newObjectId(now), checked.input, tenant, now, ctx.deployMs);
    ctx.store.put(source);
    if (flags.wait) await ctx.sleep(source.ready_at - Date.now());
    return { status: 201, body: sourceView(ctx.store.get(source.id) ?? source, flags.secretReturned), wrote: true };
  });

  router.add("GET", "/sources", (req) => {
    const errors: ValidationError[] = [];
    const page = intParam(req.query, "page", 1, 1, Number.MAX_SAFE_INTEGER, errors);
    const pageSize = intParam(req.query, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, errors);
    const flags = queryFlags(req.query);
    if (!flags.ok) errors.push(...flags.errors);
    if (errors.length || !flags.ok) return invalid(errors);
    const needle = (req.query.get("partial_name") ?? "").toLowerCase();
    const matching = ctx.store.all().filter((s) => s.name.toLowerCase().includes(needle));
    const slice = matching.slice((page - 1) * pageSize, page * pageSize);
    return { status: 200, body: envelope(slice.map((s) => sourceView(s, flags.secretReturned)), matching.length, page, pageSize) };
  });

  router.add("GET", "/sources/{id}", (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const id = req.params.id;
    if (!isObjectId(id)) return invalid([badId(id)]);
    const source = ctx.store.get(id);
    return { status: 200, body: envelope(source ? [sourceView(source, flags.secretReturned)] : [], source ? 1 : 0, 1, DEFAULT_PAGE_SIZE) };
  });

  router.add("PUT", "/sources/{id}", async (req) => {
    const flags = queryFlags(req.query);
    if (!flags.ok) return invalid(flags.errors);
    const id = req.params.id;
    if (!isObjectId(id)) return invalid([badId(id)]);
    const previous = ctx.store.get(id);
    if (!previous) return notFound(id);
    const checked = validateSourceBody(req.body(), previous);
    if (!checked.ok) return invalid(checked.errors);
    const clash = ctx.store.findByName(checked.input.name);
    if (clash && clash.id !== id) return nameTaken(checked.input.name);
    const source = updatedStoredSource(previous, checked.input, Date.now(), ctx.deployMs);
    ctx.store.put(source);
    if (flags.wait) await ctx.sleep(source.ready_at - Date.now());
    return { status: 200, body: sourceView(ctx.store.get(id) ?? source, flags.secretReturned), wrote: true };
  });

  router.add("DELETE", "/sources/{id}", (req) => {
    const id = req.params.id;
    if (!isObjectId(id)) return invalid([badId(id)]);
    const source = ctx.store.get(id);
    if (!source) return notFound(id);
    ctx.store.delete(id);
    return { status: 200, body: sourceView(source, false), wrote: true };
  });

  return router;
}

function envelope(result: unknown[], total: number, page: number, pageSize: number) {
  return { total, page_size: pageSize, page, result };
}

function invalid(errors: ValidationError[]): ApiResult {
  return { status: 422, body: { detail: errors } };
}

/** Names are unique in a tenant. */
function nameTaken(name: string): ApiResult {
  return { status: 422, body: { detail: `A source with name '${name}' already exists` } };
}

function notFound(id: string): ApiResult {
  return { status: 404, body: { detail: `Source ${id} not found` } };
}

function badId(id: string): ValidationError {
  return { loc: ["path", "id"], msg: `'${id}' is not a valid ObjectId, it must be a 24-character hex string`, type: "value_error" };
}

type Flags = { ok: true; wait: boolean; secretReturned: boolean } | { ok: false; errors: ValidationError[] };

function queryFlags(query: URLSearchParams): Flags {
  const errors: ValidationError[] = [];
  const wait = boolParam(query, "wait", true, errors);
  const secretReturned = boolParam(query, "secret_returned", false, errors);
  return errors.length ? { ok: false, errors } : { ok: true, wait, secretReturned };
}

function boolParam(query: URLSearchParams, key: string, fallback: boolean, errors: ValidationError[]): boolean {
  const raw = query.get(key);
  if (raw === null) return fallback;
  const value = raw.toLowerCase();
  if (["true", "1", "yes", "on"].includes(value)) return true;
  if (["false", "0", "no", "off"].includes(value)) return false;
  errors.push({ loc: ["query", key], msg: "Input should be a valid boolean", type: "bool_parsing" });
  return fallback;
}

function intParam(query: URLSearchParams, key: string, fallback: number, min: number, max: number, errors: ValidationError[]): number {
  const raw = query.get(key);
  if (raw === null) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    errors.push({ loc: ["query", key], msg: `Input should be a whole number from ${min} to ${max}`, type: "int_parsing" });
    return fallback;
  }
  return n;
}

/** Stable per-client ids: one emulator serves one tenant. */
function tenantIds(clientId: string): TenantIds {
  const hex = (label: string) => createHash("sha256").update(`${label}:${clientId}`).digest("hex").slice(0, 24);
  return { sub_id: hex("sub"), tenant_id: hex("tenant"), service_id: hex("service") };
}
