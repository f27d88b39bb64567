// A connector collection (/sources, /destinations) as a CollectionSpec: the body checked
// against the kind's catalog, tags against the tenant's tags, names unique per kind (422),
// and a delete refused while a pipeline still joins the connector.
import type { Clock } from "../clock";
import type { Built, CollectionSpec, CollectionWrites } from "../http/collection-routes";
import { invalid } from "../http/handler";
import type { KindRules } from "./kinds";
import type { StoredConnector } from "../store/model";
import { connectorView, newStoredConnector, updatedStoredConnector, type TenantIds } from "./records";
import { refuseConnectorDelete } from "../store/references";
import { findTag, tagIdsField, type TagIds } from "../tags/tags";
import type { TenantStores } from "../store/tenant";
import { validateConnectorBody, type ConnectorInput, type Validated } from "./validation";

export interface ConnectorContext {
  rules: KindRules;
  stores: TenantStores;
  tenant: TenantIds;
  deployMs: number;
  /** The deployments' clock (clock.ts). */
  clock: Clock;
}

export function connectorCollection(ctx: ConnectorContext): CollectionSpec<StoredConnector> {
  const { rules } = ctx;
  return {
    path: rules.path,
    title: rules.title,
    store: ctx.stores.connectors(rules.kind),
    view: (record, secretReturned, now) => connectorView(rules, record, secretReturned, now),
    writes: connectorWrites(ctx),
    clock: ctx.clock,
  };
}

export function connectorWrites(ctx: ConnectorContext): CollectionWrites<StoredConnector> {
  const { rules, stores } = ctx;
  const tagExists = (id: string) => findTag(stores.tags, id) !== undefined;
  const tagsOf = (body: unknown) => (body && typeof body === "object" ? (body as Record<string, unknown>).tags : undefined);
  return {
    create(body, id, now) {
      const checked = validateConnectorBody(rules.catalog, body);
      return built(checked, tagIdsField(tagsOf(body), tagExists, []), (input, tags) => ({
        ...newStoredConnector(rules, id, input, ctx.tenant, now, ctx.deployMs),
        tags,
      }));
    },
    update(previous, body, now) {
      const checked = validateConnectorBody(rules.catalog, body, previous);
      return built(checked, tagIdsField(tagsOf(body), tagExists, previous.tags ?? []), (input, tags) => ({
        ...updatedStoredConnector(rules, previous, input, now, ctx.deployMs),
        tags,
      }));
    },
    nameTakenStatus: 422,
    refuseDelete: (record) => refuseConnectorDelete(stores, rules.kind, rules.title, record.id),
    readyAt: (record) => record.ready_at,
  };
}

/** The record, once both the body and its tags are valid; every error of both otherwise. */
function built(checked: Validated, tags: TagIds, make: (input: ConnectorInput, tags: string[]) => StoredConnector): Built<StoredConnector> {
  if (checked.ok && tags.ok) return { ok: true, record: make(checked.input, tags.tags) };
  return { ok: false, result: invalid([...(checked.ok ? [] : checked.errors), ...(tags.ok ? [] : tags.errors)]) };
}
