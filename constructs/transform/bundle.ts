// Bundles a transform's TypeScript (or JavaScript) into one self-contained script, the way
// Streamkap's runtime needs it: every npm dependency inlined, no Node built-in (the runtime has
// none), nothing left to load. StreamkapTransform calls it at synth and the offline runner
// (cdktf-streamkap/testing) calls it in a user's tests, so both get the same bytes.
//
// Same input, same bytes: esbuild's output depends only on the files and these options, and
// every path it writes is relative to the project's root (the nearest folder above the file
// with a package.json), never to the current directory. Synchronous, because construct
// constructors are: esbuild's sync API keeps one service alive for the whole synth. esbuild is
// loaded on the first bundle, so a stack without transforms does not pay for it.
import type { BuildFailure, BuildOptions, Message } from "esbuild";
import { existsSync } from "node:fs";
import { builtinModules } from "node:module";
import { basename, dirname, join, relative } from "node:path";

/** The global the bundled module's exports are assigned to in the script. */
export const MODULE_GLOBAL = "__streamkap_module";

/** What to bundle: a file, or source text (resolving imports from `resolveDir`). */
export type BundleEntry = { readonly file: string } | { readonly source: string; readonly resolveDir: string; readonly name: string };

export interface BundledModule {
  /** The entry as messages name it: its path from the project's root, or its name. */
  readonly entryName: string;
  /** The names the entry exports (types excluded: they do not exist at run time). */
  readonly exports: string[];
  /** A script that defines `var __streamkap_module = { <name> }` and nothing else global:
   * from a file, only the code that export needs (tree-shaken per function). */
  scriptFor(name: string): string;
}

/** One problem that stopped the bundle, located in the user's code. */
export class TransformBundleError extends Error {
  constructor(
    readonly entryName: string,
    readonly problems: string[],
  ) {
    super(`cannot bundle ${entryName}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

// Every engine Streamkap runs JavaScript on understands this much (and the emulator's sandbox).
const TARGET = "es2020";
const NODE_BUILTINS = new Set(builtinModules);

export function bundleTransform(entry: BundleEntry): BundledModule {
  const root = projectRoot("file" in entry ? dirname(entry.file) : entry.resolveDir);
  const entryName = "file" in entry ? relative(root, entry.file) : entry.name;
  const { buildSync, transformSync } = require("esbuild") as typeof import("esbuild");
  const build = (input: Pick<BuildOptions, "entryPoints" | "stdin" | "format" | "globalName">) => {
    try {
      return buildSync({
        ...input,
        absWorkingDir: root,
        bundle: true,
        write: false,
        metafile: true,
        // Neither node nor browser: the runtime is a bare JavaScript engine.
        platform: "neutral",
        mainFields: ["module", "main"],
        target: TARGET,
        // Libraries that branch on it would otherwise reach for a `process` that is not there.
        define: { "process.env.NODE_ENV": '"production"' },
        charset: "utf8",
        logLevel: "silent",
      });
    } catch (err) {
      const errors = (err as BuildFailure).errors;
      throw new TransformBundleError(entryName, errors ? errors.map(describe) : [String(err)]);
    }
  };
  // The whole module as an ES module: what it exports, and every problem of every file.
  const whole = build({
    ...("file" in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.source, resolveDir: entry.resolveDir, sourcefile: entry.name, loader: "ts" } }),
    format: "esm",
  });
  const exported = [...Object.values(whole.metafile.outputs)[0].exports].sort();
  const scripts = new Map<string, string>();
  const scriptFor = (name: string): string => {
    let script = scripts.get(name);
    if (script !== undefined) return script;
    if ("file" in entry) {
      // An entry re-exporting the one function: esbuild keeps only what it uses.
      const only = `export { ${name} } from ${JSON.stringify(`./${basename(entry.file)}`)};\n`;
      script = build({
        stdin: { contents: only, resolveDir: dirname(entry.file), sourcefile: `${entryName}#${name}`, loader: "ts" },
        format: "iife",
        globalName: MODULE_GLOBAL,
      }).outputFiles[0].text;
    } else {
      // Source text cannot be imported by another entry: its functions share the whole module.
      script = transformSync(whole.outputFiles[0].text, { format: "iife", globalName: MODULE_GLOBAL, target: TARGET, charset: "utf8" }).code;
    }
    scripts.set(name, script);
    return script;
  };
  return { entryName, exports: exported, scriptFor };
}

/** The nearest folder at or above `dir` holding a package.json; `dir` itself when none does. */
export function projectRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, "package.json"))) return d;
    if (dirname(d) === d) return dir;
  }
}

/** An esbuild error as a line naming the file and place, with our own words for a Node
 * built-in (esbuild's suggest bundling for Node, which is the wrong fix here). */
function describe(message: Message): string {
  const where = message.location ? `${message.location.file}:${message.location.line}:${message.location.column + 1}: ` : "";
  const unresolved = /^Could not resolve "([^"]+)"$/.exec(message.text)?.[1];
  if (unresolved && (unresolved.startsWith("node:") || NODE_BUILTINS.has(unresolved.split("/")[0]))) {
    return (
      `${where}imports the Node built-in "${unresolved}", which Streamkap's transform runtime does not have ` +
      `(no filesystem, network, process or other Node module). Compute the value from the record instead, or use an npm package that runs without Node.`
    );
  }
  if (unresolved && !/^[./]/.test(unresolved))
    return `${where}cannot find "${unresolved}": install it in the project (npm install ${unresolved
      .split("/")
      .slice(0, unresolved.startsWith("@") ? 2 : 1)
      .join("/")}) or fix the import's path.`;
  return `${where}${message.text}`;
}
