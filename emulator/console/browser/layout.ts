// Where each node of the flow graph goes: a layered layout whose layers are given by the
// kinds (sources, topics, transforms, pipelines, destinations: a flow always runs left to right through
// them), so only the order inside each column is computed, by barycenter sweeps that pull a
// node towards its neighbours to cut crossings. Measured against dagre (49 kB minified for
// the same picture) this is a few hundred bytes; see docs/benchmarks.md. No DOM: a pure
// function, tested under jest.
import type { NodeKind } from "../tenant-view";

export const COLUMNS: readonly NodeKind[] = ["source", "topic", "transform", "pipeline", "destination"];

export interface LayoutInput {
  nodes: { key: string; kind: NodeKind; name: string }[];
  edges: { from: string; to: string }[];
}

export interface Placed {
  key: string;
  x: number;
  y: number;
}

export interface Layout {
  nodes: Map<string, Placed>;
  /** The kinds that have a column, left to right, with the column's x. */
  columns: { kind: NodeKind; x: number }[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 230;
export const NODE_HEIGHT = 84;
const GAP_X = 90;
const GAP_Y = 18;
export const TOP = 28;
const SWEEPS = 4;

export function layout(input: LayoutInput): Layout {
  const kinds = COLUMNS.filter((k) => input.nodes.some((n) => n.kind === k));
  const columns = kinds.map((kind) =>
    input.nodes
      .filter((n) => n.kind === kind)
      .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key))
      .map((n) => n.key),
  );
  const preds = neighbours(input.edges, "to", "from");
  const succs = neighbours(input.edges, "from", "to");
  const position = new Map<string, number>();
  const index = (c: number) => columns[c].forEach((key, i) => position.set(key, i));
  columns.forEach((_, c) => index(c));
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let c = 1; c < columns.length; c++) {
      reorder(columns, c, preds, position);
      index(c);
    }
    for (let c = columns.length - 2; c >= 0; c--) {
      reorder(columns, c, succs, position);
      index(c);
    }
  }

  const tallest = Math.max(0, ...columns.map((col) => col.length));
  const height = TOP + tallest * (NODE_HEIGHT + GAP_Y);
  const nodes = new Map<string, Placed>();
  columns.forEach((col, c) => {
    const offset = ((tallest - col.length) * (NODE_HEIGHT + GAP_Y)) / 2;
    col.forEach((key, i) => nodes.set(key, { key, x: c * (NODE_WIDTH + GAP_X), y: TOP + offset + i * (NODE_HEIGHT + GAP_Y) }));
  });
  return {
    nodes,
    columns: kinds.map((kind, c) => ({ kind, x: c * (NODE_WIDTH + GAP_X) })),
    width: Math.max(0, kinds.length * (NODE_WIDTH + GAP_X) - GAP_X),
    height,
  };
}

function neighbours(edges: LayoutInput["edges"], by: "from" | "to", other: "from" | "to"): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of edges) map.set(e[by], [...(map.get(e[by]) ?? []), e[other]]);
  return map;
}

/** Sorts column c by the mean position of each node's neighbours; a node with none keeps its place. */
function reorder(columns: string[][], c: number, neighboursOf: Map<string, string[]>, position: Map<string, number>): void {
  const weight = (key: string, i: number) => {
    const ns = (neighboursOf.get(key) ?? []).filter((n) => position.has(n));
    return ns.length ? ns.reduce((sum, n) => sum + position.get(n)!, 0) / ns.length : i;
  };
  columns[c] = columns[c]
    .map((key, i) => ({ key, w: weight(key, i), i }))
    .sort((a, b) => a.w - b.w || a.i - b.i)
    .map((n) => n.key);
}
