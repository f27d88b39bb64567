// POST /auth/access-token: client credentials in, tokens out; the one route open without a token.
import type { Clock } from "../clock";
import type { Handler } from "../http/handler";
import type { Router } from "../http/router";
import type { TokenAuthority } from "./token-authority";

export function addAuthRoutes(router: Router<Handler>, auth: TokenAuthority, clock: Clock): void {
  const login: Handler = (req) => {
    const body = req.body() as Record<string, unknown> | undefined;
    const tokens = auth.login(body?.client_id, body?.secret, clock.now());
    if (!tokens) return { status: 401, body: { detail: "Invalid client credentials" } };
    return { status: 200, body: tokens };
  };
  login.public = true;
  router.add("POST", "/auth/access-token", login);
}
