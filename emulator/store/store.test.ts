import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConnectorStore, RecordStore } from "./store";
import { connectorRecord } from "../testing/test-records";

const record = (id: string, name: string) => connectorRecord(id, name);

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "emulator-store-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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

test("a torn last line from a crash is dropped, and later appends stay readable", () => {
  const a = new ConnectorStore("source", dir);
  a.put(record("a".repeat(24), "kept"));
  a.close();
  appendFileSync(join(dir, "sources.log"), '{"op":"put","source":{"id":"ccc');
  const b = new ConnectorStore("source", dir);
  expect(b.all().map((s) => s.name)).toEqual(["kept"]);
  b.put(record("d".repeat(24), "after-crash"));
  b.close();
  const c = new ConnectorStore("source", dir);
  expect(c.all().map((s) => s.name).sort()).toEqual(["after-crash", "kept"]);
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
