// Small helpers over node:http: reading a body, answering JSON.
import type { IncomingMessage, ServerResponse } from "node:http";

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** A body over MAX_BODY_BYTES: the request is answered 413, never read whole. */
export class BodyTooLarge extends Error {
  constructor() {
    super(`Request body too large: at most ${MAX_BODY_BYTES} bytes`);
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      // Refused before a byte is read; the caller answers, and drops the rest (discardRest).
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off("data", onData);
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** What of a refused body is still read and dropped: a client that sends its whole body before
 * reading the answer (most do) then gets the 413; one that keeps sending past this is cut off. */
const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

/** Reads the rest of a refused body and drops it, up to DISCARD_LIMIT_BYTES, then cuts the
 * connection. Closing it at once instead resets the connection under a client that is still
 * writing, often before that client has read the answer. */
export function discardRest(req: IncomingMessage): void {
  let discarded = 0;
  req.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) req.socket.destroy();
  });
  req.resume();
}

export function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, "Content-Type": contentType, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, "application/json", JSON.stringify(body));
}
