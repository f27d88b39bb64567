import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoredSource } from "./model";
import { SourceStore } from "./store";

const source = (id: string, name: string): StoredSource => ({
  id,
  name,
  connector: "postgresql",
  created_from: "api",
  created_timestamp: new Date(0).toISOString(),
  sub_id: "s",
  tenant_id: "t",
  service_id: "v",
  config: { "database.password": "pw" },
  desired_state: "Active",
  transition: "Starting",
  ready_at: 0,
});

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "emulator-store-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("replays puts and deletes, then compacts the log to live sources", () => {
  const a = new SourceStore(dir);
  a.put(source("a".repeat(24), "one"));
  a.put(source("b".repeat(24), "two"));
  a.put({ ...source("a".repeat(24), "one-renamed") });
  a.delete("b".repeat(24));
  a.close();
  const b = new SourceStore(dir);
  expect(b.all().map((s) => s.name)).toEqual(["one-renamed"]);
  expect(b.findByName("one-renamed")?.id).toBe("a".repeat(24));
  expect(readFileSync(join(dir, "sources.log"), "utf8").trim().split("\n")).toHaveLength(1);
  b.close();
});

test("a torn last line from a crash is dropped, and later appends stay readable", () => {
  const a = new SourceStore(dir);
  a.put(source("a".repeat(24), "kept"));
  a.close();
  appendFileSync(join(dir, "sources.log"), '{"op":"put","source":{"id":"ccc');
  const b = new SourceStore(dir);
  expect(b.all().map((s) => s.name)).toEqual(["kept"]);
  b.put(source("d".repeat(24), "after-crash"));
  b.close();
  const c = new SourceStore(dir);
  expect(c.all().map((s) => s.name).sort()).toEqual(["after-crash", "kept"]);
  c.close();
});

test("in memory without a data dir", () => {
  const s = new SourceStore();
  s.put(source("a".repeat(24), "x"));
  expect(s.get("a".repeat(24))?.name).toBe("x");
  s.delete("a".repeat(24));
  expect(s.all()).toEqual([]);
});
