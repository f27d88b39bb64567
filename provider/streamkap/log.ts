// Provider logging: structured lines (hclog JSON) on stderr, filtered by TF_LOG_PROVIDER or
// TF_LOG the way Terraform's own logs are. Every message and field passes through redact()
// with the secrets the logger knows, a last guard for values that must never be printed.
import { hclogLine } from "../plugin/log";
import { redact } from "./redaction";

export { redact } from "./redaction";

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";

const ORDER: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  enabled(level: LogLevel): boolean;
  log(level: LogLevel, message: string, fields?: LogFields): void;
}

export const LOG_MODULE = "provider.streamkap";

/** The level Terraform asked for, or undefined when logging is off. */
export function levelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel | undefined {
  const raw = (env.TF_LOG_PROVIDER || env.TF_LOG || "").trim().toLowerCase();
  if (!raw || raw === "off") return undefined;
  if (raw === "json" || raw === "1" || raw === "true") return "trace";
  return raw in ORDER ? (raw as LogLevel) : "trace";
}

/** A logger writing to a sink (stderr by default) at or above the given level.
 * @param secrets values masked in every line (read at each call, so it may grow). */
export function createLogger(
  level: LogLevel | undefined = levelFromEnv(),
  sink: (line: string) => void = (line) => process.stderr.write(line + "\n"),
  secrets: Iterable<string> = []
): Logger {
  const enabled = (l: LogLevel) => level !== undefined && ORDER[l] >= ORDER[level];
  return {
    enabled,
    log(l, message, fields = {}) {
      if (!enabled(l)) return;
      sink(redact(hclogLine(l, LOG_MODULE, message, fields), [...secrets].map(jsonEscaped)));
    },
  };
}

/** A secret as it appears inside a JSON string, so the line is masked wherever it quotes it. */
function jsonEscaped(secret: string): string {
  return JSON.stringify(secret).slice(1, -1);
}
