// /tags, which has no envelope: `GET /tags` answers `{"tags": [...]}` whatever the filters
// (reading one tag is `GET /tags?tag_ids=<id>`), `POST /tags/search` takes the ids in a body
// for lists too long for a URL, and create, update and delete answer a bare tag. System tags
// are listed with the rest but cannot be changed or deleted.
import { badId } from "../http/collection-routes";
import { invalid, type ApiResult, type Handler } from "../http/handler";
import { isObjectId, newObjectId } from "../store/ids";
import type { StoredTag } from "../store/model";
import { listParam } from "../http/query";
import { refuseTagDelete } from "../store/references";
import type { Router } from "../http/router";
import { allTags, findTag, sameTag, TAG_TYPES, tagView, validateTagBody } from "./tags";
import type { TenantStores } from "../store/tenant";
import { CREATED_FROM, checkEnum, enumMessage, type ValidationError } from "../connectors/validation";

export function addTagRoutes(router: Router<Handler>, stores: TenantStores): void {
  const store = stores.tags;

  /** Filters AND-ed; several types OR-ed. `ids` from a search body win over the query's. */
  const list = (query: URLSearchParams, bodyIds?: string[]): ApiResult => {
    const ids = bodyIds ?? listParam(query, "tag_ids");
    const types = listParam(query, "tag_type");
    const badType = types?.find((t) => !TAG_TYPES.includes(t));
    if (badType) return invalid([{ loc: ["query", "tag_type"], msg: enumMessage(TAG_TYPES), type: "enum" }]);
    // An exact name, as the official provider uses it to find the tag a duplicate matched.
    const name = query.get("tag_name") || undefined;
    const tags = allTags(store).filter((t) => (!ids || ids.includes(t.id)) && (!name || t.name === name) && (!types || t.type.some((x) => types.includes(x))));
    return { status: 200, body: { tags: tags.map(tagView) } };
  };

  router.add("GET", "/tags", (req) => list(req.query));

  router.add("POST", "/tags/search", (req) => {
    const body = req.body() as { tag_ids?: unknown } | undefined;
    const ids = body?.tag_ids;
    if (ids !== undefined && ids !== null && (!Array.isArray(ids) || ids.some((i) => typeof i !== "string"))) {
      return invalid([{ loc: ["body", "tag_ids"], msg: "Input should be a valid list of strings", type: "list_type" }]);
    }
    return list(req.query, (ids as string[] | null | undefined) ?? undefined);
  });

  router.add("POST", "/tags", (req) => {
    const body = req.body();
    const checked = validateTagBody(body);
    const errors: ValidationError[] = checked.ok ? [] : [...checked.errors];
    const createdFrom = (body as Record<string, unknown> | undefined)?.created_from;
    if (body && typeof body === "object") checkEnum(body as Record<string, unknown>, "created_from", CREATED_FROM, errors);
    if (!checked.ok || errors.length) return invalid(errors);
    if (allTags(store).some((t) => sameTag(t, checked.input))) return identical();
    const now = Date.now();
    const tag: StoredTag = {
      id: newObjectId(now),
      ...checked.input,
      system: false,
      custom: true,
      created_from: (createdFrom as string | undefined) ?? "api",
      created_timestamp: new Date(now).toISOString(),
    };
    store.put(tag);
    return { status: 201, body: tagView(tag), wrote: true };
  });

  router.add("PUT", "/tags/{id}", (req) => {
    const found = existingCustomTag(stores, req.params.id, "changed");
    if (!found.ok) return found.result;
    const checked = validateTagBody(req.body());
    if (!checked.ok) return invalid(checked.errors);
    if (allTags(store).some((t) => t.id !== found.tag.id && sameTag(t, checked.input))) return identical();
    const tag: StoredTag = { ...found.tag, ...checked.input };
    store.put(tag);
    return { status: 200, body: tagView(tag), wrote: true };
  });

  router.add("DELETE", "/tags/{id}", (req) => {
    const found = existingCustomTag(stores, req.params.id, "deleted");
    if (!found.ok) return found.result;
    const refused = refuseTagDelete(stores, found.tag.id);
    if (refused) return refused;
    store.delete(found.tag.id);
    return { status: 200, body: tagView(found.tag), wrote: true };
  });
}

/** The tag a PUT or DELETE names, or the answer refusing it: a bad id, none, or a system tag. */
function existingCustomTag(stores: TenantStores, id: string, verb: string): { ok: true; tag: StoredTag } | { ok: false; result: ApiResult } {
  if (!isObjectId(id)) return { ok: false, result: invalid([badId(id)]) };
  const tag = findTag(stores.tags, id);
  if (!tag) return { ok: false, result: { status: 404, body: { detail: `Tag not found: ${id}` } } };
  if (tag.system) return { ok: false, result: { status: 403, body: { detail: `System tag '${tag.name}' (${id}) cannot be ${verb}` } } };
  return { ok: true, tag };
}

/** The official provider's client says 400, and matches on this text. */
function identical(): ApiResult {
  return { status: 400, body: { detail: "A tag with identical properties already exists." } };
}
