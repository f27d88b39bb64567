// The source store. In memory, or backed by an append-only log under a data directory:
// each write is appended and fsynced before the caller may answer, and the log is
// replayed (then compacted) at start, so any acknowledged write survives a crash.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { writeFileDurably } from "./durable-file";
import type { StoredSource } from "./model";

type LogEntry = { op: "put"; source: StoredSource } | { op: "delete"; id: string };

const LOG_FILE = "sources.log";

export class SourceStore {
  private readonly sources = new Map<string, StoredSource>();
  private fd: number | undefined;

  /** @param dataDir where to persist; undefined keeps everything in memory. */
  constructor(private readonly dataDir?: string) {
    if (dataDir) this.openLog(dataDir);
  }

  all(): StoredSource[] {
    return [...this.sources.values()].sort((a, b) => a.created_timestamp.localeCompare(b.created_timestamp) || a.id.localeCompare(b.id));
  }

  get(id: string): StoredSource | undefined {
    return this.sources.get(id);
  }

  findByName(name: string): StoredSource | undefined {
    for (const s of this.sources.values()) if (s.name === name) return s;
    return undefined;
  }

  /** Inserts or replaces; durable when it returns. */
  put(source: StoredSource): void {
    this.append({ op: "put", source });
    this.sources.set(source.id, source);
  }

  /** Removes; durable when it returns. */
  delete(id: string): void {
    this.append({ op: "delete", id });
    this.sources.delete(id);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private append(entry: LogEntry): void {
    if (this.fd === undefined) return;
    writeSync(this.fd, JSON.stringify(entry) + "\n");
    fsyncSync(this.fd);
  }

  private openLog(dataDir: string): void {
    mkdirSync(dataDir, { recursive: true });
    const logPath = join(dataDir, LOG_FILE);
    if (existsSync(logPath)) this.replay(readFileSync(logPath, "utf8"));
    // Rewrite the log as one entry per live source: it stays small, and a torn last line
    // left by a crash is dropped rather than glued to the next append.
    writeFileDurably(logPath, [...this.sources.values()].map((source) => JSON.stringify({ op: "put", source }) + "\n").join(""));
    this.fd = openSync(logPath, "a");
  }

  private replay(text: string): void {
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      let entry: LogEntry;
      try {
        entry = JSON.parse(line) as LogEntry;
      } catch {
        // Only the final line can be torn (a crash mid-append, never acknowledged).
        continue;
      }
      if (entry.op === "put") this.sources.set(entry.source.id, entry.source);
      else if (entry.op === "delete") this.sources.delete(entry.id);
    }
  }
}
