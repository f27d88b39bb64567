// Client-credential login and bearer tokens. Tokens are signed, not stored: with a data
// directory the signing key lives there, so tokens stay valid across a restart.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileDurably } from "../store/durable-file";

export interface Credentials {
  clientId: string;
  secret: string;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expires: string;
  expiresIn: number;
}

export type TokenCheck = { ok: true } | { ok: false; detail: string };

interface TokenPayload {
  sub: string;
  typ: "access" | "refresh";
  exp: number;
  jti: string;
}

export class TokenAuthority {
  private readonly key: Buffer;

  constructor(
    private readonly credentials: Credentials,
    private readonly ttlSeconds: number,
    dataDir?: string,
  ) {
    this.key = dataDir ? loadOrCreateKey(dataDir) : randomBytes(32);
  }

  /** Tokens for a good client id and secret; undefined otherwise. */
  login(clientId: unknown, secret: unknown, now = Date.now()): IssuedTokens | undefined {
    if (typeof clientId !== "string" || typeof secret !== "string") return undefined;
    if (!safeEqual(clientId, this.credentials.clientId) || !safeEqual(secret, this.credentials.secret)) return undefined;
    const exp = now + this.ttlSeconds * 1000;
    return {
      accessToken: this.sign({ sub: clientId, typ: "access", exp, jti: randomBytes(8).toString("hex") }),
      refreshToken: this.sign({ sub: clientId, typ: "refresh", exp: now + 30 * 86400_000, jti: randomBytes(8).toString("hex") }),
      expires: new Date(exp).toISOString(),
      expiresIn: this.ttlSeconds,
    };
  }

  /** Checks an Authorization header value. */
  check(authorization: string | undefined, now = Date.now()): TokenCheck {
    if (!authorization) return { ok: false, detail: "Not authenticated" };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) return { ok: false, detail: "Not authenticated" };
    const payload = this.verify(match[1]);
    if (!payload || payload.typ !== "access" || payload.sub !== this.credentials.clientId) {
      return { ok: false, detail: "Could not validate credentials" };
    }
    if (payload.exp <= now) return { ok: false, detail: "Token has expired" };
    return { ok: true };
  }

  private sign(payload: TokenPayload): string {
    const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
    return body + "." + this.mac(body);
  }

  private verify(token: string): TokenPayload | undefined {
    const [body, mac, extra] = token.split(".");
    if (!body || !mac || extra !== undefined || !safeEqual(mac, this.mac(body))) return undefined;
    try {
      return JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as TokenPayload;
    } catch {
      return undefined;
    }
  }

  private mac(body: string): string {
    return createHmac("sha256", this.key).update(body).digest("base64url");
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function loadOrCreateKey(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "token-key");
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, "utf8").trim(), "hex");
    if (key.length === 32) return key;
  }
  const key = randomBytes(32);
  writeFileDurably(path, key.toString("hex"), 0o600);
  return key;
}
