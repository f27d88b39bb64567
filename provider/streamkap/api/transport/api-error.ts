// One readable error for every failed Streamkap API call: what was asked, what came back,
// the API's own explanation and the request id support will ask for. Secrets are removed
// from the body's values before it is described, and long ones from the text after.
import { SecretValues } from "./redaction";
import { plainText } from "../../../../catalog/plain-text";

export interface ApiErrorFacts {
  method: string;
  path: string;
  /** HTTP status, or undefined when no response arrived. */
  status?: number;
  statusText?: string;
  /** The response body (parsed JSON, text, or nothing). */
  body?: unknown;
  requestId?: string;
  /** A network-level cause (timeout, refused connection) when there was no response. */
  cause?: string;
  /** The network error code (ECONNRESET, ECONNABORTED, ...) when there was no response. */
  code?: string;
}

export class StreamkapApiError extends Error {
  readonly status?: number;
  readonly requestId?: string;
  readonly method: string;
  readonly path: string;
  readonly code?: string;

  constructor(facts: ApiErrorFacts, secrets: Iterable<string> = []) {
    const masks = new SecretValues(secrets);
    super(masks.maskText(describeFailure({ ...facts, body: masks.maskValue(facts.body) })));
    this.name = "StreamkapApiError";
    this.status = facts.status;
    this.requestId = facts.requestId;
    this.method = facts.method;
    this.path = facts.path;
    this.code = facts.code;
  }
}

export function describeFailure(f: ApiErrorFacts): string {
  const what = `Streamkap API ${f.method.toUpperCase()} ${f.path}`;
  const id = f.requestId ? ` (request id ${f.requestId})` : "";
  if (f.status === undefined) return `${what} failed: ${f.cause ?? "no response"}${id}`;
  const status = f.statusText ? `${f.status} ${f.statusText}` : String(f.status);
  const detail = describeBody(f.body);
  return `${what} failed with status ${status}${detail ? `: ${detail}` : ""}${id}`;
}

/** The API's explanation from a response body, on one line. */
export function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === "") return "";
  if (typeof body === "string") return describeText(body);
  if (typeof body === "object" && "detail" in body) return describeDetail(body.detail);
  return oneLine(JSON.stringify(body), 300);
}

function describeDetail(detail: unknown): string {
  if (typeof detail === "string") return oneLine(detail, 500);
  if (Array.isArray(detail)) {
    return detail
      .map((d) => {
        if (d && typeof d === "object") {
          const { loc, msg, type } = d as { loc?: unknown; msg?: unknown; type?: unknown };
          const where = Array.isArray(loc) ? loc.join(".") : loc !== undefined ? plainText(loc) : "";
          return `${where ? where + ": " : ""}${plainText(msg ?? "invalid")}${type ? ` (${plainText(type)})` : ""}`;
        }
        return String(d);
      })
      .join("; ");
  }
  return oneLine(JSON.stringify(detail), 300);
}

function describeText(text: string): string {
  if (/^\s*</.test(text) && /<html|<!doctype|<body|<head/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return `the server answered with an HTML page${title ? ` titled "${oneLine(title, 100)}"` : ""}`;
  }
  return oneLine(text, 300);
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}
