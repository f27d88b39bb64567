// Plugin logs: stderr only (stdout carries the handshake), one JSON object per line in
// hclog's format, which Terraform's plugin client parses into its own log at the line's
// level, with the extra fields kept as key/value pairs.
export type LogLevel = "DEBUG" | "INFO" | "WARN" | "ERROR";

export function log(level: LogLevel, message: string): void {
  process.stderr.write(hclogLine(level.toLowerCase(), "terraform-provider", message) + "\n");
}

/** One hclog JSON line. The timestamp has exactly six fraction digits: Terraform's parser
 * expects that layout and would otherwise treat the line as unstructured text. */
export function hclogLine(level: string, module: string, message: string, fields: Record<string, unknown> = {}, now: Date = new Date()): string {
  const timestamp = now.toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
  return JSON.stringify({ ...fields, "@level": level, "@message": message, "@module": module, "@timestamp": timestamp });
}
