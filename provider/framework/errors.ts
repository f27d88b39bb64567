// Turns whatever resource code threw into diagnostics, so that no failure escapes a call
// as an exception and every failure reaches Terraform with a readable summary.
import { DiagnosticsError, type Diagnostic } from "./diagnostics";

export function diagnosticsFromError(error: unknown): Diagnostic[] {
  if (error instanceof DiagnosticsError) return error.diagnostics;
  if (error instanceof Error) return [{ severity: "error", summary: error.message || error.name }];
  // A non-Error value could be anything, a secret included: name its kind only.
  return [{ severity: "error", summary: "Unexpected failure", detail: `A value of type ${typeof error} was thrown.` }];
}
