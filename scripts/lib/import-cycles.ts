// The project's own import graph and its cycles, read with the TypeScript compiler's own module
// resolution (type-only imports count: a cycle of types is still a knot a reader must untie).
// Generated bindings are left out. `npm run cycles` prints every cycle; the unit test
// (test/import-cycles.test.ts) fails on any.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import ts from "typescript";
import { REPO_ROOT } from "./paths";

const OWN_FOLDERS = ["catalog", "provider", "emulator", "constructs", "examples", "scripts", "test", "transform-runtime"];
const LEFT_OUT = [/\/constructs\/generated\//, /\/node_modules\//, /\/cdktf\.out\//];

/** Every file of the project's own code, and the own files it imports. */
export function importGraph(root = REPO_ROOT): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}/tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error("tsconfig.json could not be read");
  const own = (file: string) =>
    OWN_FOLDERS.some((folder) => file.startsWith(`${root}/${folder}/`)) && !LEFT_OUT.some((re) => re.test(file)) && /\.tsx?$/.test(file);
  const files = config.fileNames.filter(own);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, config.options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && own(resolved) && resolved !== file) targets.add(resolved);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The strongly connected components of more than one file (Tarjan), each sorted, paths relative to the root. */
export function importCycles(graph = importGraph(), root = REPO_ROOT): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.map((f) => relative(root, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

if (require.main === module) {
  const cycles = importCycles();
  for (const cycle of cycles) process.stdout.write(`cycle of ${cycle.length} files:\n  ${cycle.join("\n  ")}\n`);
  process.stdout.write(`${cycles.length} import cycle(s) in the project's own code\n`);
  process.exitCode = cycles.length ? 1 : 0;
}
