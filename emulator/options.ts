// Emulator settings and their defaults, shared by the programmatic API and the CLI help.
import type { Clock } from "./clock";
import type { ConsoleMode } from "./console/access";

export interface EmulatorOptions {
  /** 0 picks any free port. */
  port?: number;
  host?: string;
  /** Where the tenant's collections persist (sources.log, pipelines.log, ...); omitted keeps everything in memory. */
  dataDir?: string;
  /** The client credentials POST /auth/access-token accepts. */
  clientId?: string;
  secret?: string;
  /** Delay before each API response, in milliseconds. */
  latencyMs?: number;
  /** Share (0..1) of API requests answered 429/502/503/504 before anything happens. */
  faultRate?: number;
  /** Share (0..1) of writes performed but answered 502 or with a destroyed socket. */
  lostResponseRate?: number;
  /** Access-token lifetime in seconds. */
  tokenTtlSeconds?: number;
  /** How long a deployment keeps a connector Starting / Pending Update, in milliseconds. */
  deployMs?: number;
  /** Seed for the fault generator; omitted = a different sequence each run. */
  seed?: number;
  /** A JSON file preloading the tenant (see store/fixtures.ts); loading it again changes nothing. */
  fixtures?: string;
  /** Test aid: append every token issued to this file (for leak searches). */
  issuedTokensFile?: string;
  /** Whether the console (console/endpoints.ts) is served: "auto" only on a loopback address. */
  console?: ConsoleMode;
  /** Test aid: the clock deployments and token lifetimes run on (with a ManualClock, statuses
   * move and tokens expire only when the test advances it). Default: the wall clock. Latency
   * stays real time. */
  clock?: Clock;
  /** Receives one line per request (never bodies or secrets). Default: silent. */
  log?: (line: string) => void;
}

export const DEFAULTS = {
  port: 0,
  host: "127.0.0.1",
  clientId: "emulator-client",
  secret: "emulator-secret",
  latencyMs: 0,
  faultRate: 0,
  lostResponseRate: 0,
  tokenTtlSeconds: 3600,
  deployMs: 300,
  console: "auto" as ConsoleMode,
} as const;
