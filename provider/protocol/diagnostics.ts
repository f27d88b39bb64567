// Framework diagnostics → tfplugin6 Diagnostic messages, attribute paths included, and the
// rule that a thrown error becomes an error diagnostic instead of a failed call.
import { DiagnosticsError, type AttributePath, type Diagnostic } from "../framework/diagnostics";
import { diagnosticsFromError } from "../framework/errors";
import type { AttributePathMessage, DiagnosticMessage } from "./wire";

export function toAttributePath(path: AttributePath): AttributePathMessage {
  return {
    steps: path.map((step) =>
      "attribute" in step ? { attribute_name: step.attribute } : "key" in step ? { element_key_string: step.key } : { element_key_int: step.index },
    ),
  };
}

export function toDiagnostic(d: Diagnostic): DiagnosticMessage {
  const message: DiagnosticMessage = { severity: d.severity === "error" ? "ERROR" : "WARNING", summary: d.summary };
  if (d.detail) message.detail = d.detail;
  if (d.path && d.path.length > 0) message.attribute = toAttributePath(d.path);
  return message;
}

export function toDiagnostics(ds: Diagnostic[] | undefined): DiagnosticMessage[] {
  return (ds ?? []).map(toDiagnostic);
}

/** What a failure outside the framework's own handling becomes (framework/errors.ts says how
 * much of it may be shown), under a summary that says where it happened. */
export function errorToDiagnostics(err: unknown): Diagnostic[] {
  if (err instanceof DiagnosticsError) return err.diagnostics;
  return diagnosticsFromError(err).map((d) => ({ ...d, summary: "Internal error in the provider", detail: d.detail ?? d.summary }));
}
