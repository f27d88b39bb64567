// Provider logging: the API transport's Logger (api/transport/logger.ts) as structured lines
// (hclog JSON) on stderr, filtered by TF_LOG_PROVIDER or TF_LOG the way Terraform's own logs
// are. Callers mask what they log (api/transport/http-engine.ts: redact and redactBody); this
// module only formats and filters.
import { hclogLine } from "../plugin/log";
import type { Logger, LogLevel } from "./api/transport/logger";

const ORDER: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

export const LOG_MODULE = "provider.streamkap";

/** The level Terraform asked for, or undefined when logging is off. */
export function levelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel | undefined {
  const raw = (env.TF_LOG_PROVIDER || env.TF_LOG || "").trim().toLowerCase();
  if (!raw || raw === "off") return undefined;
  if (raw === "json" || raw === "1" || raw === "true") return "trace";
  return raw in ORDER ? (raw as LogLevel) : "trace";
}

/** A logger writing to a sink (stderr by default) at or above the given level. */
export function createLogger(level: LogLevel | undefined = levelFromEnv(), sink: (line: string) => void = (line) => process.stderr.write(line + "\n")): Logger {
  const enabled = (l: LogLevel) => level !== undefined && ORDER[l] >= ORDER[level];
  return {
    enabled,
    log(l, message, fields = {}) {
      if (!enabled(l)) return;
      sink(hclogLine(l, LOG_MODULE, message, fields));
    },
  };
}
