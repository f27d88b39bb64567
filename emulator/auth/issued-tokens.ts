// A test aid: every token the emulator issues, appended to a file, so that a test can search
// all of Terraform's and the provider's output for each token and prove none leaked.
import { appendFileSync } from "node:fs";
import { TokenAuthority, type Credentials, type IssuedTokens } from "./token-authority";

export class RecordingTokenAuthority extends TokenAuthority {
  constructor(
    credentials: Credentials,
    ttlSeconds: number,
    dataDir: string | undefined,
    private readonly file: string,
  ) {
    super(credentials, ttlSeconds, dataDir);
  }

  override login(clientId: unknown, secret: unknown, now = Date.now()): IssuedTokens | undefined {
    const tokens = super.login(clientId, secret, now);
    if (tokens) appendFileSync(this.file, `${tokens.accessToken}\n${tokens.refreshToken}\n`, { mode: 0o600 });
    return tokens;
  }
}
