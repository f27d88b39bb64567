// The emulator over HTTP when its data directory misbehaves: a torn last record is dropped at
// start with a warning in the emulator's log and everything before it served; a write the disk
// refuses is answered 507 with what happened and what to do, and nothing of it is kept.
import fs, { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "../index";
import { call, login, postgresBody } from "../testing/test-client";

const CLIENT_ID = "disk-client";
const SECRET = "disk-secret-9f2a";
let dir: string;

beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "emulator-disk-"))));
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function names(url: string, token: string): Promise<string[]> {
  return (await call(url, "GET", "/sources", undefined, token)).json.result.map((s: { name: string }) => s.name);
}

test("a torn last record: the emulator starts, serves every whole one, and warns in its log", async () => {
  const first = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, dataDir: dir, deployMs: 0 });
  const token = await login(first.url, CLIENT_ID, SECRET);
  for (const name of ["kept-1", "kept-2"]) expect((await call(first.url, "POST", "/sources", postgresBody(name), token)).status).toBe(201);
  await first.close();
  // A crash in the middle of the next append.
  appendFileSync(join(dir, "sources.log"), '{"op":"put","source":{"id":"65b0000000000000000000');

  const log: string[] = [];
  const second = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, dataDir: dir, deployMs: 0, log: (l) => log.push(l) });
  try {
    expect((await names(second.url, token)).sort()).toEqual(["kept-1", "kept-2"]);
    expect(log.filter((l) => l.startsWith("warning:"))).toEqual([
      `warning: ${join(dir, "sources.log")}: line 3 is an incomplete last entry (a write cut off by a crash, never acknowledged); it is dropped`,
    ]);
  } finally {
    await second.close();
  }
});

test("a full disk: the create is answered 507 saying so, is not listed, and is not there after a restart", async () => {
  const emulator = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, dataDir: dir, deployMs: 0 });
  const token = await login(emulator.url, CLIENT_ID, SECRET);
  try {
    expect((await call(emulator.url, "POST", "/sources", postgresBody("before"), token)).status).toBe(201);
    // Every append to a collection's log fails from here on, after part of it reached the file.
    const real = fs.writeSync.bind(fs) as (fd: number, data: Uint8Array, offset?: number | null) => number;
    jest.spyOn(fs, "writeSync").mockImplementation(((fd: number, data: Buffer, offset?: number | null) => {
      if (!Buffer.isBuffer(data) || !data.includes('"op":')) return real(fd, data, offset);
      real(fd, data.subarray(0, 7), 0);
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }) as unknown as typeof fs.writeSync);

    const refused = await call(emulator.url, "POST", "/sources", postgresBody("refused"), token);
    expect(refused.status).toBe(507);
    expect(refused.json.detail).toBe(
      `the emulator could not save this change to ${join(dir, "sources.log")} (ENOSPC: no space left on device, write); nothing was changed. Free some space or make the data directory writable, then retry.`,
    );
    expect(await names(emulator.url, token)).toEqual(["before"]);

    jest.restoreAllMocks();
    expect((await call(emulator.url, "POST", "/sources", postgresBody("after"), token)).status).toBe(201);
  } finally {
    await emulator.close();
  }
  const log: string[] = [];
  const restarted = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, dataDir: dir, deployMs: 0, log: (l) => log.push(l) });
  try {
    expect(await names(restarted.url, token)).toEqual(["before", "after"]);
    expect(log.filter((l) => l.startsWith("warning:"))).toEqual([]);
  } finally {
    await restarted.close();
  }
});
