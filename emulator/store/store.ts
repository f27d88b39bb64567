// The store of one collection (sources, destinations, pipelines, tags, topics, transforms). In
// memory, or backed by an append-only log under a data directory, one per collection
// (`sources.log`, `pipelines.log`, ...): each write is appended and fsynced before the caller
// may answer, and the log is replayed (then compacted) at start, so any acknowledged write
// survives a crash. A log entry names its record by the collection's singular
// (`{"op":"put","source":{...}}`), the format sources.log always had.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ConnectorKind } from "../../catalog";
import { writeFileDurably } from "./durable-file";
import type { StoredConnector } from "./model";

/** What every stored record has: an id, a name unique in its collection, and perhaps a
 * creation time, which orders listings. */
export interface StoredRecord {
  id: string;
  name: string;
  created_timestamp?: string;
}

type LogEntry<T> = ({ op: "put" } & Record<string, T>) | { op: "delete"; id: string };

export class RecordStore<T extends StoredRecord> {
  private readonly records = new Map<string, T>();
  private fd: number | undefined;

  /**
   * @param entryKey the collection's singular, naming a record in the log; the log file is `<entryKey>s.log`.
   * @param dataDir where to persist; undefined keeps everything in memory.
   */
  constructor(
    readonly entryKey: string,
    dataDir?: string,
  ) {
    if (dataDir) this.openLog(dataDir);
  }

  /** By creation time; records created in the same millisecond keep the order they were
   * created in (the map's insertion order, which the log preserves; the sort is stable). */
  all(): T[] {
    return [...this.records.values()].sort((a, b) => (a.created_timestamp ?? "").localeCompare(b.created_timestamp ?? ""));
  }

  get(id: string): T | undefined {
    return this.records.get(id);
  }

  findByName(name: string): T | undefined {
    for (const r of this.records.values()) if (r.name === name) return r;
    return undefined;
  }

  /** Inserts or replaces; durable when it returns. */
  put(record: T): void {
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

  private putEntry(record: T): LogEntry<T> {
    return { op: "put", [this.entryKey]: record } as LogEntry<T>;
  }

  private append(entry: LogEntry<T>): void {
    if (this.fd === undefined) return;
    writeSync(this.fd, JSON.stringify(entry) + "\n");
    fsyncSync(this.fd);
  }

  private openLog(dataDir: string): void {
    mkdirSync(dataDir, { recursive: true });
    const logPath = join(dataDir, `${this.entryKey}s.log`);
    if (existsSync(logPath)) this.replay(readFileSync(logPath, "utf8"));
    // Rewrite the log as one entry per live record: it stays small, and a torn last line
    // left by a crash is dropped rather than glued to the next append.
    writeFileDurably(logPath, [...this.records.values()].map((record) => JSON.stringify(this.putEntry(record)) + "\n").join(""));
    this.fd = openSync(logPath, "a");
  }

  private replay(text: string): void {
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      let entry: LogEntry<T>;
      try {
        entry = JSON.parse(line) as LogEntry<T>;
      } catch {
        // Only the final line can be torn (a crash mid-append, never acknowledged).
        continue;
      }
      if (entry.op === "put") {
        const record = entry[this.entryKey] as T | undefined;
        if (record) this.records.set(record.id, record);
      } else if (entry.op === "delete") this.records.delete(entry.id);
    }
  }
}

/** The store of one kind of connector: its log is `sources.log` or `destinations.log`. */
export class ConnectorStore extends RecordStore<StoredConnector> {
  constructor(
    readonly kind: ConnectorKind,
    dataDir?: string,
  ) {
    super(kind, dataDir);
  }
}
