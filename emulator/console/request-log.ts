// The last few hundred API requests, for the console's request log: when, what, how it was
// answered and whether a fault was injected. It keeps the path only (no query string, no
// headers, no body), so nothing a client sent as a secret can reach it. It is attached to the
// emulator as an observer of API requests (http/middleware.ts). With a data directory it is
// kept with the tenant's data (`request-log.jsonl`, one request a line, appended as they come
// and cut back to the last few hundred at start and whenever it holds twice that), so the log
// a console shows survives a restart.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ObservedRequest, RequestObserver } from "../http/middleware";
import { writeFileDurably } from "../store/durable-file";

export interface LoggedRequest extends ObservedRequest {
  /** Increases by one per request: the console asks for what came after the last it has. */
  seq: number;
}

export const REQUEST_LOG_SIZE = 300;
export const REQUEST_LOG_FILE = "request-log.jsonl";

export class RequestLog implements RequestObserver {
  private readonly entries: LoggedRequest[] = [];
  private seq = 0;
  private fd: number | undefined;
  private file?: string;
  private linesInFile = 0;

  constructor(
    private readonly size = REQUEST_LOG_SIZE,
    /** Where to keep the log; undefined keeps it in memory. */
    dataDir?: string,
  ) {
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      this.open(join(dataDir, REQUEST_LOG_FILE));
    }
  }

  add(entry: Omit<LoggedRequest, "seq">): void {
    const logged = { seq: ++this.seq, ...entry };
    this.entries.push(logged);
    if (this.entries.length > this.size) this.entries.splice(0, this.entries.length - this.size);
    if (this.fd === undefined) return;
    // Not fsynced: a request line lost in a crash costs nothing, and every API request pays for this write.
    writeSync(this.fd, JSON.stringify(logged) + "\n");
    if (++this.linesInFile >= 2 * this.size) this.compact();
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

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Reads what an earlier run kept (a torn last line is skipped), then writes it back cut to size. */
  private open(file: string): void {
    this.file = file;
    const kept = existsSync(file) ? readFileSync(file, "utf8").split("\n").flatMap(parseLine) : [];
    this.entries.push(...kept.slice(-this.size));
    this.seq = Math.max(0, ...this.entries.map((e) => e.seq));
    this.compact();
  }

  private compact(): void {
    this.close();
    writeFileDurably(this.file!, this.entries.map((e) => JSON.stringify(e) + "\n").join(""));
    this.fd = openSync(this.file!, "a");
    this.linesInFile = this.entries.length;
  }
}

function parseLine(line: string): LoggedRequest[] {
  if (line.trim() === "") return [];
  try {
    const entry = JSON.parse(line) as LoggedRequest;
    return typeof entry === "object" && entry !== null && Number.isSafeInteger(entry.seq) ? [entry] : [];
  } catch {
    return [];
  }
}
