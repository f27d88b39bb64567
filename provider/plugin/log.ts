// Plugin logs: stderr only (Terraform shows them under TF_LOG), one line each, with a level
// prefix Terraform's log reader understands.
export type LogLevel = "DEBUG" | "INFO" | "WARN" | "ERROR";

export function log(level: LogLevel, message: string): void {
  process.stderr.write(`[${level}] terraform-provider: ${message}\n`);
}
