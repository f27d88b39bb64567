// Provider logging: plain lines on stderr (stdout carries the plugin handshake), filtered by
// TF_LOG_PROVIDER or TF_LOG the way Terraform's own logs are. Callers pass only safe facts;
// redact() is a last guard for values that must never be printed.

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";

const ORDER: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

export interface Logger {
  enabled(level: LogLevel): boolean;
  log(level: LogLevel, message: string): void;
}

/** The level Terraform asked for, or undefined when logging is off. */
export function levelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel | undefined {
  const raw = (env.TF_LOG_PROVIDER || env.TF_LOG || "").trim().toLowerCase();
  if (!raw || raw === "off") return undefined;
  if (raw === "json" || raw === "1" || raw === "true") return "trace";
  return raw in ORDER ? (raw as LogLevel) : "trace";
}

/** A logger writing to a sink (stderr by default) at or above the given level. */
export function createLogger(
  level: LogLevel | undefined = levelFromEnv(),
  sink: (line: string) => void = (line) => process.stderr.write(line + "\n")
): Logger {
  return {
    enabled: (l) => level !== undefined && ORDER[l] >= ORDER[level],
    log(l, message) {
      if (level === undefined || ORDER[l] < ORDER[level]) return;
      sink(`[${l.toUpperCase()}] provider.streamkap: ${message}`);
    },
  };
}

/** Replaces every occurrence of each secret with a mask. Short secrets are masked too. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s) out = out.split(s).join("***");
  }
  return out;
}
