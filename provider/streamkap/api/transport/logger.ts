// What the transport logs through: levels and one call per line. The provider's logger
// (streamkap/log.ts) writes Terraform's hclog lines; callers mask what they log.

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";

export type LogFields = Record<string, unknown>;

export interface Logger {
  enabled(level: LogLevel): boolean;
  log(level: LogLevel, message: string, fields?: LogFields): void;
}

export const SILENT_LOGGER: Logger = { enabled: () => false, log: () => undefined };
