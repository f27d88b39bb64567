// The store of one collection (sources, destinations, pipelines, tags, topics, transforms). In
// memory, or backed by an append-only log under a data directory, one per collection
// (`sources.log`, `pipelines.log`, ...): each write is appended and fsynced before the caller
// may answer, and the log is replayed (then compacted) at start, so any acknowledged write
// survives a crash. A log entry names its record by the collection's singular
// (`{"op":"put","source":{...}}`), the format sources.log always had.
//
// What can go wrong on disk is said, never hidden: a line that does not parse (the last one
// torn by a crash mid-append) is dropped with a warning; a write the disk refuses (full,
// read-only, gone) throws StoreWriteError before memory changes, and the log is cut back to its
// last whole entry, so the caller answers an error and nothing half-written is ever loaded.
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
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

/** A write the data directory refused: nothing was changed. */
export class StoreWriteError extends Error {}

/** Receives what the store has to say about its log (a dropped line); default: silent. */
export type StoreWarning = (message: string) => void;

type LogEntry<T> = ({ op: "put" } & Record<string, T>) | { op: "delete"; id: string };

export class RecordStore<T extends StoredRecord> {
  private readonly records = new Map<string, T>();
  private fd: number | undefined;
  private logPath = "";
  /** The log's length after its last whole entry: where a failed append is cut back to. */
  private logSize = 0;

  /**
   * @param entryKey the collection's singular, naming a record in the log; the log file is `<entryKey>s.log`.
   * @param dataDir where to persist; undefined keeps everything in memory.
   */
  constructor(
    readonly entryKey: string,
    dataDir?: string,
    private readonly warn: StoreWarning = () => undefined,
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
    const line = Buffer.from(JSON.stringify(entry) + "\n");
    try {
      let written = 0;
      while (written < line.length) written += writeSync(this.fd, line, written);
      fsyncSync(this.fd);
      this.logSize += line.length;
    } catch (err) {
      this.cutBack();
      throw new StoreWriteError(
        `the emulator could not save this change to ${this.logPath} (${err instanceof Error ? err.message : String(err)}); nothing was changed. Free some space or make the data directory writable, then retry.`,
      );
    }
  }

  /** After a failed append: drop whatever part of it reached the file. */
  private cutBack(): void {
    try {
      if (this.fd !== undefined && fstatSync(this.fd).size > this.logSize) ftruncateSync(this.fd, this.logSize);
    } catch {
      // The replay at the next start drops a torn last line anyway.
    }
  }

  private openLog(dataDir: string): void {
    this.logPath = join(dataDir, `${this.entryKey}s.log`);
    try {
      mkdirSync(dataDir, { recursive: true });
      if (existsSync(this.logPath)) this.replay(readFileSync(this.logPath, "utf8"));
      // Rewrite the log as one entry per live record: it stays small, and a torn last line
      // left by a crash is dropped rather than glued to the next append.
      const compacted = [...this.records.values()].map((record) => JSON.stringify(this.putEntry(record)) + "\n").join("");
      writeFileDurably(this.logPath, compacted);
      this.fd = openSync(this.logPath, "a");
      this.logSize = Buffer.byteLength(compacted);
    } catch (err) {
      throw new StoreWriteError(
        `cannot use the data directory ${dataDir} (${err instanceof Error ? err.message : String(err)}): it must be a directory the emulator can write.`,
      );
    }
  }

  private replay(text: string): void {
    const lines = text.split("\n");
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      let entry: LogEntry<T>;
      try {
        entry = JSON.parse(line) as LogEntry<T>;
      } catch {
        // A crash mid-append tears the final line, a write never acknowledged; anywhere else
        // the file was damaged by something other than the emulator.
        const last = lines.slice(i + 1).every((rest) => !rest.trim());
        this.warn(
          `${this.logPath}: line ${i + 1} is ${last ? "an incomplete last entry (a write cut off by a crash, never acknowledged)" : "not a whole entry (the file was damaged)"}; it is dropped`,
        );
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
    warn?: StoreWarning,
  ) {
    super(kind, dataDir, warn);
  }
}
