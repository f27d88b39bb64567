// The last few hundred API requests, for the console's request log: when, what, how it was
// answered and whether a fault was injected. It keeps the path only (no query string, no
// headers, no body), so nothing a client sent as a secret can reach it. It is attached to the
// emulator as an observer of API requests (http/middleware.ts).
import type { ObservedRequest, RequestObserver } from "../http/middleware";

export interface LoggedRequest extends ObservedRequest {
  /** Increases by one per request: the console asks for what came after the last it has. */
  seq: number;
}

export const REQUEST_LOG_SIZE = 300;

export class RequestLog implements RequestObserver {
  private readonly entries: LoggedRequest[] = [];
  private seq = 0;

  constructor(private readonly size = REQUEST_LOG_SIZE) {}

  add(entry: Omit<LoggedRequest, "seq">): void {
    this.entries.push({ seq: ++this.seq, ...entry });
    if (this.entries.length > this.size) this.entries.splice(0, this.entries.length - this.size);
  }

  requestDone(request: ObservedRequest): void {
    this.add(request);
  }

  /** The sequence number of the latest request; 0 before any. */
  latest(): number {
    return this.seq;
  }

  /** Oldest first; only those after `afterSeq` when given. */
  since(afterSeq = 0): LoggedRequest[] {
    return this.entries.filter((e) => e.seq > afterSeq);
  }
}
