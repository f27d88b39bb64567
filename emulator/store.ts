// The store of one kind of connector (sources, or destinations). In memory, or backed by an
// append-only log under a data directory, one per kind (`sources.log`, `destinations.log`):
// each write is appended and fsynced before the caller may answer, and the log is replayed
// (then compacted) at start, so any acknowledged write survives a crash. A log entry names
// its record by the kind (`{"op":"put","source":{...}}`), the format sources.log always had.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ConnectorKind } from "../catalog";
import { writeFileDurably } from "./durable-file";
import type { StoredConnector } from "./model";

type LogEntry = ({ op: "put" } & Partial<Record<ConnectorKind, StoredConnector>>) | { op: "delete"; id: string };

export class ConnectorStore {
  private readonly records = new Map<string, StoredConnector>();
  private fd: number | undefined;

  /** @param dataDir where to persist; undefined keeps everything in memory. */
  constructor(
    readonly kind: ConnectorKind,
    dataDir?: string,
  ) {
    if (dataDir) this.openLog(dataDir);
  }

  all(): StoredConnector[] {
    return [...this.records.values()].sort((a, b) => a.created_timestamp.localeCompare(b.created_timestamp) || a.id.localeCompare(b.id));
  }

  get(id: string): StoredConnector | undefined {
    return this.records.get(id);
  }

  findByName(name: string): StoredConnector | undefined {
    for (const r of this.records.values()) if (r.name === name) return r;
    return undefined;
  }

  /** Inserts or replaces; durable when it returns. */
  put(record: StoredConnector): void {
    this.append(this.putEntry(record));
    this.records.set(record.id, record);
  }

  /** Removes; durable when it returns. */
  delete(id: string): void {
    this.append({ op: "delete", id });
    this.records.delete(id);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private putEntry(record: StoredConnector): LogEntry {
    return { op: "put", [this.kind]: record };
  }

  private append(entry: LogEntry): void {
    if (this.fd === undefined) return;
    writeSync(this.fd, JSON.stringify(entry) + "\n");
    fsyncSync(this.fd);
  }

  private openLog(dataDir: string): void {
    mkdirSync(dataDir, { recursive: true });
    const logPath = join(dataDir, `${this.kind}s.log`);
    if (existsSync(logPath)) this.replay(readFileSync(logPath, "utf8"));
    // Rewrite the log as one entry per live record: it stays small, and a torn last line
    // left by a crash is dropped rather than glued to the next append.
    writeFileDurably(logPath, [...this.records.values()].map((record) => JSON.stringify(this.putEntry(record)) + "\n").join(""));
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
      if (entry.op === "put") {
        const record = entry[this.kind];
        if (record) this.records.set(record.id, record);
      } else if (entry.op === "delete") this.records.delete(entry.id);
    }
  }
}
