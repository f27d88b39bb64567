import fs, { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConnectorStore, RecordStore, StoreWriteError } from "./store";
import { connectorRecord } from "../testing/test-records";

const record = (id: string, name: string) => connectorRecord(id, name);

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "emulator-store-"))));
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

test("replays puts and deletes, then compacts the log to live records", () => {
  const a = new ConnectorStore("source", dir);
  a.put(record("a".repeat(24), "one"));
  a.put(record("b".repeat(24), "two"));
  a.put({ ...record("a".repeat(24), "one-renamed") });
  a.delete("b".repeat(24));
  a.close();
  const b = new ConnectorStore("source", dir);
  expect(b.all().map((s) => s.name)).toEqual(["one-renamed"]);
  expect(b.findByName("one-renamed")?.id).toBe("a".repeat(24));
  expect(readFileSync(join(dir, "sources.log"), "utf8").trim().split("\n")).toHaveLength(1);
  b.close();
});

test("a torn last line from a crash is dropped with a warning, and later appends stay readable", () => {
  const a = new ConnectorStore("source", dir);
  a.put(record("a".repeat(24), "kept"));
  a.close();
  appendFileSync(join(dir, "sources.log"), '{"op":"put","source":{"id":"ccc');
  const warnings: string[] = [];
  const b = new ConnectorStore("source", dir, (w) => warnings.push(w));
  expect(b.all().map((s) => s.name)).toEqual(["kept"]);
  expect(warnings).toEqual([`${join(dir, "sources.log")}: line 2 is an incomplete last entry (a write cut off by a crash, never acknowledged); it is dropped`]);
  b.put(record("d".repeat(24), "after-crash"));
  b.close();
  const c = new ConnectorStore("source", dir);
  expect(
    c
      .all()
      .map((s) => s.name)
      .sort(),
  ).toEqual(["after-crash", "kept"]);
  c.close();
});

test("each kind keeps its own log; a sources.log written before destinations existed still loads", () => {
  // The log exactly as the sources-only emulator wrote it.
  const old = record("a".repeat(24), "old-source");
  writeFileSync(join(dir, "sources.log"), JSON.stringify({ op: "put", source: old }) + "\n");
  const sources = new ConnectorStore("source", dir);
  const destinations = new ConnectorStore("destination", dir);
  expect(sources.all()).toEqual([old]);
  expect(destinations.all()).toEqual([]);
  destinations.put(record("b".repeat(24), "old-source")); // the same name in another kind
  sources.close();
  destinations.close();
  expect(readFileSync(join(dir, "sources.log"), "utf8")).toBe(JSON.stringify({ op: "put", source: old }) + "\n");
  expect(readFileSync(join(dir, "destinations.log"), "utf8")).toContain('"destination":{"id":"bbbb');
  const reopened = new ConnectorStore("destination", dir);
  expect(reopened.all().map((d) => d.id)).toEqual(["b".repeat(24)]);
  reopened.close();
});

test("in memory without a data dir", () => {
  const s = new ConnectorStore("destination");
  s.put(record("a".repeat(24), "x"));
  expect(s.get("a".repeat(24))?.name).toBe("x");
  s.delete("a".repeat(24));
  expect(s.all()).toEqual([]);
});

test("any collection keeps its own log under its singular: pipelines.log with pipeline entries", () => {
  const pipelines = new RecordStore<{ id: string; name: string; created_timestamp: string }>("pipeline", dir);
  pipelines.put({ id: "b".repeat(24), name: "later", created_timestamp: "2024-02-01T00:00:00.000Z" });
  pipelines.put({ id: "a".repeat(24), name: "earlier", created_timestamp: "2024-01-01T00:00:00.000Z" });
  pipelines.close();
  expect(readFileSync(join(dir, "pipelines.log"), "utf8")).toContain('"pipeline":{"id":"bbbb');
  const reopened = new RecordStore<{ id: string; name: string; created_timestamp: string }>("pipeline", dir);
  expect(reopened.all().map((p) => p.name)).toEqual(["earlier", "later"]);
  reopened.close();
});

test("a damaged line inside the log is dropped with a warning saying so; the entries around it load", () => {
  const lines = [{ op: "put", source: record("a".repeat(24), "before") }, "garbage", { op: "put", source: record("b".repeat(24), "after") }];
  writeFileSync(join(dir, "sources.log"), lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  const warnings: string[] = [];
  const s = new ConnectorStore("source", dir, (w) => warnings.push(w));
  expect(s.all().map((r) => r.name)).toEqual(["before", "after"]);
  expect(warnings).toEqual([`${join(dir, "sources.log")}: line 2 is not a whole entry (the file was damaged); it is dropped`]);
  s.close();
});

/** The disk fills up in the middle of the next append: part of the line reaches the file. */
function diskFullOnNextWrite(): void {
  const real = fs.writeSync.bind(fs) as (fd: number, data: Uint8Array, offset?: number | null) => number;
  jest.spyOn(fs, "writeSync").mockImplementationOnce(((fd: number, data: Buffer) => {
    real(fd, data.subarray(0, 10), 0);
    throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  }) as unknown as typeof fs.writeSync);
}

test("a write the disk refuses throws a clear StoreWriteError, changes nothing, and leaves no torn line", () => {
  const s = new ConnectorStore("source", dir);
  s.put(record("a".repeat(24), "acknowledged"));
  diskFullOnNextWrite();
  let thrown: unknown;
  try {
    s.put(record("b".repeat(24), "refused"));
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toBeInstanceOf(StoreWriteError);
  expect((thrown as Error).message).toBe(
    `the emulator could not save this change to ${join(dir, "sources.log")} (ENOSPC: no space left on device, write); nothing was changed. Free some space or make the data directory writable, then retry.`,
  );
  expect(s.all().map((r) => r.name)).toEqual(["acknowledged"]);
  // The part that reached the file was cut off: the log is whole, and the next write follows it.
  s.put(record("c".repeat(24), "after"));
  s.close();
  const warnings: string[] = [];
  const reopened = new ConnectorStore("source", dir, (w) => warnings.push(w));
  expect(reopened.all().map((r) => r.name)).toEqual(["acknowledged", "after"]);
  expect(warnings).toEqual([]);
  reopened.close();
});

test("a data directory that cannot be used fails the store's opening with a clear error", () => {
  const notADir = join(dir, "a-file");
  writeFileSync(notADir, "");
  expect(() => new ConnectorStore("source", notADir)).toThrow(StoreWriteError);
  expect(() => new ConnectorStore("source", notADir)).toThrow(`cannot use the data directory ${notADir} (`);
});
