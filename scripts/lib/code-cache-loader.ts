// Wraps a CommonJS bundle in a loader that keeps V8's compiled code between runs. Terraform
// starts the provider 3-5 times per command, and compiling the bundle is a large part
// of each start. Node 22 offers module.enableCompileCache(); Node 20 (our floor) does not, so
// the loader compiles the bundle with vm.Script and cachedData itself.
//
// The cache lives in the user's own cache directory (not a shared /tmp, where another user
// could plant bytecode), which must be owned by the user and not writable by others. V8
// rejects a cache made for other source text or another V8, and then the bundle just compiles
// as usual. STREAMKAP_PROVIDER_CODE_CACHE=0 turns it off.
//
// The cache is written at exit by a process that found none (or a rejected one), with what
// it compiled. (Rewriting it from busier processes, to hold their code too, was measured: a
// 100-source plan took the same time with a 0.9 MB cache as with the 0.5 MB one.) Caches of
// other builds are removed once a week old: another installed version may still use its own.
import { createHash } from "node:crypto";

export function codeCacheLoader(bundle: string, name: string): string {
  const source = bundle.replace(/^#!.*\n/, "");
  const key = createHash("sha256").update(source).digest("hex").slice(0, 16);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  return `#!/usr/bin/env node
"use strict";
const vm = require("vm");
const SOURCE = ${JSON.stringify(wrapped)};
function cacheFile() {
  if (process.env.STREAMKAP_PROVIDER_CODE_CACHE === "0" || typeof process.getuid !== "function") return undefined;
  try {
    const fs = require("fs"), os = require("os"), path = require("path");
    const dir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), ${JSON.stringify(name)});
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    if (st.uid !== process.getuid() || (st.mode & 0o022) !== 0) return undefined;
    return path.join(dir, ${JSON.stringify(`${name}-${key}.v8cache`)});
  } catch {
    return undefined;
  }
}
const file = cacheFile();
let cachedData;
if (file) {
  try {
    const fs = require("fs");
    const st = fs.statSync(file);
    if (st.uid === process.getuid() && (st.mode & 0o022) === 0) cachedData = fs.readFileSync(file);
  } catch {}
}
const script = new vm.Script(SOURCE, { filename: __filename, cachedData });
if (file && (!cachedData || script.cachedDataRejected)) {
  process.on("exit", () => {
    try {
      const fs = require("fs"), path = require("path");
      const tmp = file + "." + process.pid;
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(tmp, file);
      const dir = path.dirname(file), mine = path.basename(file);
      const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
      for (const other of fs.readdirSync(dir)) {
        if (other === mine || !other.startsWith(${JSON.stringify(`${name}-`)}) || !other.endsWith(".v8cache")) continue;
        const otherPath = path.join(dir, other);
        if (fs.statSync(otherPath).mtimeMs < weekAgo) fs.rmSync(otherPath, { force: true });
      }
    } catch {}
  });
}
script.runInThisContext()(exports, require, module, __filename, __dirname);
`;
}
