// Diagnostics accumulate through a call and carry the attribute path they are about, so that
// Terraform can point at the exact line of configuration that is wrong.

export type PathStep = { attribute: string } | { key: string } | { index: number };
export type AttributePath = PathStep[];

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  summary: string;
  detail?: string;
  path?: AttributePath;
}

/** Path helper: attr("config") → [{attribute: "config"}]; chain with key()/index(). */
export function attr(name: string, ...rest: PathStep[]): AttributePath {
  return [{ attribute: name }, ...rest];
}

export function formatPath(path: AttributePath | undefined): string {
  if (!path || path.length === 0) return "";
  return path
    .map((s, i) => ("attribute" in s ? (i === 0 ? s.attribute : `.${s.attribute}`) : "key" in s ? `[${JSON.stringify(s.key)}]` : `[${s.index}]`))
    .join("");
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  error(summary: string, detail?: string, path?: AttributePath): this {
    this.items.push({ severity: "error", summary, detail, path });
    return this;
  }

  warning(summary: string, detail?: string, path?: AttributePath): this {
    this.items.push({ severity: "warning", summary, detail, path });
    return this;
  }

  append(other: Diagnostics | Diagnostic[]): this {
    this.items.push(...(other instanceof Diagnostics ? other.items : other));
    return this;
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
}

/** Thrown from resource code to end a call with these diagnostics. */
export class DiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.summary + (d.detail ? `: ${d.detail}` : "")).join("; "));
  }

  static single(summary: string, detail?: string, path?: AttributePath): DiagnosticsError {
    return new DiagnosticsError([{ severity: "error", summary, detail, path }]);
  }
}
