// The inside of the sandbox: the program a worker thread runs to host a transform's code.
// It is plain JavaScript in a string, given to the worker as source text, so it runs
// unchanged whether the caller is TypeScript under jest, the tsc-built library or the emulator's
// esbuild bundle (a compiled function's text would carry their helpers), with no worker file to
// locate on disk.
//
// Why it is safe: each code field runs in its own `node:vm` context, which has the JavaScript
// built-ins and nothing of Node (no require, process, timers, fetch or Buffer). No object of the
// worker's realm ever enters a context (that is how vm sandboxes are escaped, through
// `obj.constructor.constructor`): records go in as JSON text and are parsed inside, results
// come out as JSON text made inside, and `console` is defined inside. Every entry into a
// context runs under vm's `timeout`, with microtasks drained inside that time, so a loop, sync
// or after an `await`, is stopped. Memory is bounded by the worker's resourceLimits (the host's
// side, sandbox.ts), and the host kills the worker if it stops answering.

/** Host → worker. */
export type WorkerRequest =
  | { kind: "load"; functions: { field: string; name: string; source: string }[]; common?: string; timeoutMs: number; maxOutputChars: number }
  | { kind: "call"; field: string; args: string; timeoutMs: number };

/** Worker → host. `result` is JSON text (made inside the context); `error` is a message with
 *  the sandboxed code's stack. */
export type WorkerAnswer = { kind: "loaded"; error?: { field: string; message: string } } | { kind: "called"; result?: string; error?: string; logs: string[] };

// Defined inside each context: a console that keeps lines, and two entries the host calls:
// __streamkap_call starts a call (arguments as JSON text), __streamkap_answer reads how it
// ended ({ok: json} or {error: text}), in a second entry because microtasks (an async
// function's awaits) run when an entry returns.
const PRELUDE = `(() => {
  const logs = [];
  const show = (v) => { try { return typeof v === "string" ? v : JSON.stringify(v); } catch { return String(v); } };
  const line = (...a) => { if (logs.length < 100) logs.push(a.map(show).join(" ").slice(0, 2000)); };
  Object.defineProperty(globalThis, "console", { value: { log: line, info: line, warn: line, error: line, debug: line }, writable: false, configurable: false });
  const state = { answer: undefined };
  Object.defineProperty(globalThis, "__streamkap_answer", { value: () => state.answer, writable: false, configurable: false });
  Object.defineProperty(globalThis, "__streamkap_call", { writable: false, configurable: false, value: (name, argsJson, maxChars) => {
    logs.length = 0;
    state.answer = undefined;
    const fail = (e) => {
      let text;
      try { text = e && e.stack ? String(e.stack) : "threw " + show(e); } catch { text = "threw a value that cannot be shown"; }
      text = text.split("\\n").filter((l) => !l.includes("streamkap-runtime.js")).join("\\n");
      state.answer = JSON.stringify({ error: text, logs });
    };
    const done = (value) => {
      let json;
      try { json = value === undefined ? "null" : JSON.stringify(value); }
      catch (e) { fail(new TypeError("returned a value that is not JSON (" + e.message + ")")); return; }
      if (json === undefined) { fail(new TypeError("returned a value that is not JSON (" + typeof value + ")")); return; }
      if (json.length > maxChars) { fail(new RangeError("returned " + json.length + " characters of JSON, more than the limit of " + maxChars)); return; }
      state.answer = JSON.stringify({ ok: json, logs });
    };
    try { Promise.resolve(globalThis.eval(name)(...JSON.parse(argsJson))).then(done, fail); } catch (e) { fail(e); }
  } });
})();`;

/** The worker's program, for `new Worker(sandboxWorkerSource, { eval: true })`. */
export const sandboxWorkerSource = `"use strict";
const vm = require("node:vm");
const { parentPort } = require("node:worker_threads");
const PRELUDE = ${JSON.stringify(PRELUDE)};
const contexts = new Map(); // field → { context, name }
let maxOutputChars = 0;

// A context's errors are not instances of this realm's Error: read what they say.
function describe(e) {
  if (e && e.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return e.message;
  let text;
  try { text = e && typeof e.stack === "string" ? e.stack : String(e); } catch { return "threw a value that cannot be shown"; }
  // Only the transform's own frames: not this worker's nor Node's.
  return text.split("\\n").filter((line) => !/\\[worker eval\\]|node:internal|streamkap-runtime\\.js/.test(line)).join("\\n");
}

function load(request) {
  maxOutputChars = request.maxOutputChars;
  for (const fn of request.functions) {
    const context = vm.createContext(Object.create(null), {
      name: fn.field,
      codeGeneration: { strings: true, wasm: false },
      microtaskMode: "afterEvaluate",
    });
    try {
      vm.runInContext(PRELUDE, context, { filename: "streamkap-runtime.js" });
      if (request.common !== undefined) vm.runInContext(request.common, context, { filename: "common_transform.js", timeout: request.timeoutMs, displayErrors: false });
      vm.runInContext(fn.source, context, { filename: fn.field + ".js", timeout: request.timeoutMs, displayErrors: false });
      const type = vm.runInContext("typeof " + fn.name, context, { timeout: request.timeoutMs });
      if (type !== "function") return { kind: "loaded", error: { field: fn.field, message: "does not define a function " + fn.name + " (found " + String(type) + ")" } };
    } catch (e) {
      return { kind: "loaded", error: { field: fn.field, message: describe(e) } };
    }
    contexts.set(fn.field, { context, name: fn.name });
  }
  return { kind: "loaded" };
}

function call(request) {
  const loaded = contexts.get(request.field);
  if (!loaded) return { kind: "called", error: request.field + " is not loaded", logs: [] };
  loaded.context.__streamkap_args = request.args; // a string, a primitive: safe to hand in
  try {
    const started = Date.now();
    vm.runInContext("__streamkap_call(" + JSON.stringify(loaded.name) + ", globalThis.__streamkap_args, " + maxOutputChars + ")", loaded.context, { filename: "streamkap-runtime.js", timeout: request.timeoutMs });
    const left = Math.max(1, request.timeoutMs - (Date.now() - started));
    const answer = vm.runInContext("__streamkap_answer()", loaded.context, { timeout: left });
    if (typeof answer !== "string") {
      return { kind: "called", error: "did not settle: it awaits something that never resolves (the sandbox has no timers or network)", logs: [] };
    }
    const parsed = JSON.parse(answer);
    return { kind: "called", result: parsed.ok, error: parsed.error, logs: parsed.logs };
  } catch (e) {
    return { kind: "called", error: describe(e), logs: [] };
  }
}

parentPort.on("message", (request) => parentPort.postMessage(request.kind === "load" ? load(request) : call(request)));
`;
