// What runs first in an executable built with V8's code cache (code-cache-loader.ts puts it in
// at build time, compiled from this file): compiles the bundle's source with vm.Script and the
// cached code of an earlier run, and writes the cache when there was none to use.
//
// The cache lives in the user's own cache directory (not a shared /tmp, where another user
// could plant bytecode), which must be owned by the user and not writable by others. V8
// rejects a cache made for other source text or another V8, and then the bundle just compiles
// as usual. STREAMKAP_PROVIDER_CODE_CACHE=0 turns it off.
//
// The cache is written by a process that found none (or a rejected one), with what its start
// compiled, once that start is over (the first turn of the event loop after the bundle's first
// run; a plugin's handshake line goes out before it). (A cache written at exit from busier
// processes, holding their code too, was measured: a 100-source plan took the same time with a
// 0.9 MB cache as with the 0.5 MB one.) Caches of other builds are removed once a week old:
// another installed version may still use its own.
//
// V8 flags the bundle asks for are set at that same moment, after the cache: V8 keeps a hash of
// its flags in each cache and refuses one made under others, so the cache is made and checked
// under the default flags; and node:v8, which sets them, costs a start several milliseconds.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

/** The bundle as CommonJS wraps a module: a function of the module's own variables. */
export type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * The module function of `source` (a function expression), compiled with the cache of an
 * earlier run when there is a valid one. `name` names the cache directory and prefixes its
 * files; `cacheName` is this build's file in it (the name and a hash of the source); `v8Flags`
 * are V8 flags the bundle runs with once its start is over.
 */
export function compileWithCodeCache(source: string, filename: string, name: string, cacheName: string, v8Flags: string[] = []): ModuleFunction {
  const file = cacheFile(name, cacheName);
  const cachedData = file === undefined ? undefined : readOwnFile(file);
  const script = new Script(source, { filename, cachedData });
  const writePending = file !== undefined && (!cachedData || script.cachedDataRejected);
  setImmediate(() => {
    if (writePending) writeCache(script, file, name);
    if (v8Flags.length > 0) (require("node:v8") as typeof import("node:v8")).setFlagsFromString(v8Flags.join(" "));
  });
  return script.runInThisContext() as ModuleFunction;
}

/** Where this build's cache goes, or undefined when caching is off or the directory is unsafe. */
function cacheFile(name: string, cacheName: string): string | undefined {
  if (process.env.STREAMKAP_PROVIDER_CODE_CACHE === "0" || typeof process.getuid !== "function") return undefined;
  try {
    // $HOME is what os.homedir() reads first; node:os is loaded only without it.
    const home = process.env.HOME || (require("node:os") as typeof import("node:os")).homedir();
    const dir = join(process.env.XDG_CACHE_HOME || join(home, ".cache"), name);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return isOwnAndPrivate(dir) ? join(dir, cacheName) : undefined;
  } catch {
    return undefined;
  }
}

function readOwnFile(file: string): Buffer | undefined {
  try {
    return isOwnAndPrivate(file) ? readFileSync(file) : undefined;
  } catch {
    return undefined; // none yet
  }
}

/** Owned by this user, and writable by no one else. */
function isOwnAndPrivate(path: string): boolean {
  const st = statSync(path);
  return st.uid === process.getuid?.() && (st.mode & 0o022) === 0;
}

/** Writes the cache (whole or not at all) and removes other builds' caches a week old. A
 * failure costs only the next start's compile time, so it is ignored. */
function writeCache(script: Script, file: string, name: string): void {
  try {
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, file);
    const dir = dirname(file);
    const mine = basename(file);
    const weekAgo = Date.now() - WEEK_MS;
    for (const other of readdirSync(dir)) {
      if (other === mine || !other.startsWith(`${name}-`) || !other.endsWith(".v8cache")) continue;
      const otherPath = join(dir, other);
      if (statSync(otherPath).mtimeMs < weekAgo) rmSync(otherPath, { force: true });
    }
  } catch {
    // Nothing to do: the next start compiles as usual.
  }
}
