// The API's routes, one line per collection, each from its own folder: login (auth/), then the
// tenant's collections: the connector kinds and pipelines through the one enveloped collection
// (http/collection-routes.ts), transforms, tags and topics through their own shapes.
import { createHash } from "node:crypto";
import { addAuthRoutes } from "./auth/routes";
import type { TokenAuthority } from "./auth/token-authority";
import type { Clock } from "./clock";
import { addCollectionRoutes } from "./http/collection-routes";
import { connectorCollection } from "./connectors/routes";
import type { Handler } from "./http/handler";
import { KINDS } from "./connectors/kinds";
import { pipelineCollection } from "./pipelines/routes";
import type { TenantIds } from "./connectors/records";
import { Router } from "./http/router";
import { addTagRoutes } from "./tags/routes";
import type { TenantStores } from "./store/tenant";
import { addTopicRoutes } from "./topics/routes";
import { addTransformRoutes } from "./transforms/routes";

export interface ApiContext {
  stores: TenantStores;
  auth: TokenAuthority;
  clientId: string;
  deployMs: number;
  /** The clock of deployments and token lifetimes (clock.ts); its waits end early when the emulator closes. */
  clock: Clock;
}

export function buildRouter(ctx: ApiContext): Router<Handler> {
  const router = new Router<Handler>();

  const { stores, deployMs, clock } = ctx;
  addAuthRoutes(router, ctx.auth, clock);
  const tenant = tenantIds(ctx.clientId);
  for (const rules of KINDS) addCollectionRoutes(router, connectorCollection({ rules, stores, tenant, deployMs, clock }));
  addCollectionRoutes(router, pipelineCollection({ stores, tenant, deployMs, clock }));
  addTransformRoutes(router, { stores, deployMs, clock });
  addTagRoutes(router, stores);
  addTopicRoutes(router, stores, clock);
  return router;
}

/** Stable per-client ids: one emulator serves one tenant. */
export function tenantIds(clientId: string): TenantIds {
  const hex = (label: string) => createHash("sha256").update(`${label}:${clientId}`).digest("hex").slice(0, 24);
  return { sub_id: hex("sub"), tenant_id: hex("tenant"), service_id: hex("service") };
}
