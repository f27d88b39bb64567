// The synth-time look at what a bundled transform module's entry functions are, beyond their
// names: each must be a function, take no more arguments than the runtime passes, and be async
// only where the type awaits it. Seeing that means loading the module, so it is loaded here in
// a bare node:vm context (JavaScript's built-ins only, as in Streamkap's runtime) under a time
// limit; a module that throws while loading (for example on a Node global such as `process`)
// is reported the same way. Records are never run here: that is the sandbox's job
// (transform-runtime/, used by the emulator and by cdktf-streamkap/testing).
import { createContext, runInContext } from "node:vm";
import { entryFunctions, type TransformType } from "../../catalog/transform-types";
import { MODULE_GLOBAL, type BundledModule } from "./bundle";
import { exportName } from "./entry-functions";

const LOAD_TIMEOUT_MS = 2000;

/** Problems with the entry functions' shapes, for a module whose export names are right. */
export function entryFunctionProblems(type: TransformType, bundled: BundledModule): string[] {
  const problems: string[] = [];
  for (const fn of entryFunctions(type)) {
    const name = exportName(fn);
    if (!bundled.exports.includes(name)) continue;
    const context = createContext({});
    try {
      runInContext(bundled.scriptFor(name), context, { timeout: LOAD_TIMEOUT_MS, filename: bundled.entryName });
    } catch (err) {
      const problem = `throws when loaded, before any record: ${describe(err)}`;
      if (!problems.includes(problem)) problems.push(problem);
      continue;
    }
    const value = (context as Record<string, Record<string, unknown>>)[MODULE_GLOBAL][name];
    if (typeof value !== "function") {
      problems.push(`exports "${name}" as ${value === null ? "null" : typeof value}: it must be a function (${fn.params.slice(0, 4).join(", ")})`);
      continue;
    }
    if (value.length > fn.params.length) {
      problems.push(`"${name}" takes ${value.length} parameters, but the runtime passes at most ${fn.params.length} (${fn.params.join(", ")})`);
    }
    if (!fn.may_be_async && Object.prototype.toString.call(value) === "[object AsyncFunction]") {
      problems.push(`"${name}" is async, but a ${type.id} transform takes its result as it returns (only enrich_async awaits): make it a plain function`);
    }
  }
  return problems;
}

/** An error from another realm, as text (it is not an instance of this realm's Error). */
function describe(err: unknown): string {
  const e = err as { name?: unknown; message?: unknown; code?: unknown };
  if (e?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return `its top-level code ran longer than ${LOAD_TIMEOUT_MS} ms`;
  return typeof e?.message === "string" ? `${typeof e.name === "string" ? e.name : "Error"}: ${e.message}` : String(err);
}
