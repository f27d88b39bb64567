// No import cycles in the project's own code (generated bindings aside): a cycle is a knot the
// next change has to untie first. `npm run cycles` prints them.
import { importCycles, importGraph } from "../scripts/lib/import-cycles";

test("the project's own code has no import cycle", () => {
  expect(importCycles(importGraph())).toEqual([]);
});

test("the check finds a cycle, however long, and nothing else", () => {
  const graph = new Map([
    ["/r/a.ts", ["/r/b.ts"]],
    ["/r/b.ts", ["/r/c.ts"]],
    ["/r/c.ts", ["/r/a.ts", "/r/d.ts"]],
    ["/r/d.ts", []],
  ]);
  expect(importCycles(graph, "/r")).toEqual([["a.ts", "b.ts", "c.ts"]]);
});
