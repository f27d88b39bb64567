import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeCacheLoader } from "../scripts/lib/code-cache-loader";

const BUNDLE =
  '#!/usr/bin/env node\n"use strict";process.stdout.write(JSON.stringify({ file: __filename === require.main.filename, args: process.argv.slice(2) }));\n';

describe("codeCacheLoader", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "code-cache-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function run(env: Record<string, string> = {}, v8Flags: string[] = []): unknown {
    const exe = join(dir, "tool");
    writeFileSync(exe, codeCacheLoader(BUNDLE, "tool", v8Flags));
    chmodSync(exe, 0o755);
    const out = execFileSync(process.execPath, [exe, "a"], { env: { ...process.env, XDG_CACHE_HOME: join(dir, "cache"), ...env } });
    return JSON.parse(out.toString());
  }

  test("runs the bundle as the main module and keeps one cache file", () => {
    expect(run()).toEqual({ file: true, args: ["a"] });
    expect(readdirSync(join(dir, "cache", "tool"))).toEqual([expect.stringMatching(/^tool-[0-9a-f]{16}\.v8cache$/)]);
    // The second run reads the cache (and leaves it as it is) and gives the same result.
    const [file] = readdirSync(join(dir, "cache", "tool"));
    const written = readFileSync(join(dir, "cache", "tool", file));
    expect(run()).toEqual({ file: true, args: ["a"] });
    expect(readdirSync(join(dir, "cache", "tool"))).toEqual([file]);
    expect(readFileSync(join(dir, "cache", "tool", file)).equals(written)).toBe(true);
  });

  test("V8 flags set after the start leave the cache alone: it is made and used under the default flags", () => {
    // V8 refuses a cache made under other flags; were the cache written after the flags were
    // set, every start would find it refused and write it again.
    const flags = ["--interrupt-budget=1048576"];
    expect(run({}, flags)).toEqual({ file: true, args: ["a"] });
    const [file] = readdirSync(join(dir, "cache", "tool"));
    const written = readFileSync(join(dir, "cache", "tool", file));
    expect(run({}, flags)).toEqual({ file: true, args: ["a"] });
    expect(run()).toEqual({ file: true, args: ["a"] });
    expect(readdirSync(join(dir, "cache", "tool"))).toEqual([file]);
    expect(readFileSync(join(dir, "cache", "tool", file)).equals(written)).toBe(true);
  });

  test("a corrupt cache is rejected by V8 and replaced", () => {
    run();
    const [name] = readdirSync(join(dir, "cache", "tool"));
    const file = join(dir, "cache", "tool", name);
    writeFileSync(file, "not a code cache", { mode: 0o600 });
    expect(run()).toEqual({ file: true, args: ["a"] });
    expect(readFileSync(file, "utf8")).not.toBe("not a code cache");
  });

  test("STREAMKAP_PROVIDER_CODE_CACHE=0 writes nothing", () => {
    expect(run({ STREAMKAP_PROVIDER_CODE_CACHE: "0" })).toEqual({ file: true, args: ["a"] });
    expect(() => readdirSync(join(dir, "cache", "tool"))).toThrow();
  });

  test("a cache directory others can write to is not used", () => {
    const shared = join(dir, "cache", "tool");
    mkdirSync(shared, { recursive: true });
    chmodSync(shared, 0o777);
    expect(run()).toEqual({ file: true, args: ["a"] });
    expect(readdirSync(shared)).toEqual([]);
  });
});

describe("codeCacheLoader, pruning", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "code-cache-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("caches of other builds are removed once a week old", () => {
    const cacheDir = join(dir, "cache", "tool");
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const old = join(cacheDir, "tool-0000000000000000.v8cache");
    const recent = join(cacheDir, "tool-1111111111111111.v8cache");
    writeFileSync(old, "x", { mode: 0o600 });
    writeFileSync(recent, "x", { mode: 0o600 });
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(old, eightDaysAgo, eightDaysAgo);
    const exe = join(dir, "tool");
    writeFileSync(exe, codeCacheLoader(BUNDLE, "tool"));
    chmodSync(exe, 0o755);
    execFileSync(process.execPath, [exe], { env: { ...process.env, XDG_CACHE_HOME: join(dir, "cache") } });
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });
});
