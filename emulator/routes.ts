// The API's routes: login, then the connector collections, one per kind from the same code.
import { createHash } from "node:crypto";
import type { ConnectorKind } from "../catalog";
import type { TokenAuthority } from "./auth";
import { addConnectorRoutes } from "./connector-routes";
import type { Handler } from "./handler";
import { KINDS } from "./kinds";
import type { TenantIds } from "./records";
import { Router } from "./router";
import type { ConnectorStore } from "./store";

export interface ApiContext {
  stores: Record<ConnectorKind, ConnectorStore>;
  auth: TokenAuthority;
  clientId: string;
  deployMs: number;
  /** Waits; resolves early when the emulator closes. */
  sleep(ms: number): Promise<void>;
}

export function buildRouter(ctx: ApiContext): Router<Handler> {
  const router = new Router<Handler>();

  const login: Handler = (req) => {
    const body = req.body() as Record<string, unknown> | undefined;
    const tokens = ctx.auth.login(body?.client_id, body?.secret);
    if (!tokens) return { status: 401, body: { detail: "Invalid client credentials" } };
    return { status: 200, body: tokens };
  };
  login.public = true;
  router.add("POST", "/auth/access-token", login);

  const tenant = tenantIds(ctx.clientId);
  for (const rules of KINDS) {
    addConnectorRoutes(router, { rules, store: ctx.stores[rules.kind], tenant, deployMs: ctx.deployMs, sleep: ctx.sleep });
  }
  return router;
}

/** Stable per-client ids: one emulator serves one tenant. */
function tenantIds(clientId: string): TenantIds {
  const hex = (label: string) => createHash("sha256").update(`${label}:${clientId}`).digest("hex").slice(0, 24);
  return { sub_id: hex("sub"), tenant_id: hex("tenant"), service_id: hex("service") };
}
