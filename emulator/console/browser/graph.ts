/// <reference lib="dom" />
// The flows as an SVG picture: one column per kind, each node a card with its name, its
// connector (or kind), its status as a coloured pill with the word, its desired state and its
// tags, and an edge from each node to the next in its flow. Redrawn whole on each update
// (a tenant that needs more than a redraw per second is shown as a table instead).
import type { ConsoleNode, TenantView } from "../tenant-view";
import { statusColour, svg, truncate } from "./dom";
import { layout, NODE_HEIGHT, NODE_WIDTH, TOP } from "./layout";

const COLUMN_TITLES: Record<string, string> = {
  source: "Sources",
  topic: "Topics",
  transform: "Transforms",
  pipeline: "Pipelines",
  destination: "Destinations",
};
const PAD = 8;

export function drawGraph(view: TenantView): SVGSVGElement {
  const placed = layout(view);
  const root = svg("svg", { width: placed.width + 2 * PAD, height: placed.height + PAD, role: "img", "aria-label": "Flows" });
  const g = svg("g", { transform: `translate(${PAD},0)` });
  root.append(g);
  for (const { kind, x } of placed.columns) g.append(svg("text", { class: "col", x, y: TOP - 10 }, COLUMN_TITLES[kind]));
  for (const e of view.edges) {
    const a = placed.nodes.get(e.from);
    const b = placed.nodes.get(e.to);
    if (!a || !b) continue;
    const [x1, y1, x2, y2] = [a.x + NODE_WIDTH, a.y + NODE_HEIGHT / 2, b.x, b.y + NODE_HEIGHT / 2];
    const mid = (x1 + x2) / 2;
    g.append(svg("path", { class: "edge", "data-edge": `${e.from}->${e.to}`, d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}` }));
  }
  for (const node of view.nodes) {
    const at = placed.nodes.get(node.key);
    if (at) g.append(drawNode(node, at.x, at.y));
  }
  return root;
}

function drawNode(node: ConsoleNode, x: number, y: number): SVGGElement {
  const colour = statusColour(node.status);
  const g = svg("g", {
    class: `node ${node.kind}${node.status === "Broken" || node.status === "FAILED" ? " broken" : ""}`,
    transform: `translate(${x},${y})`,
    "data-key": node.key,
    "data-kind": node.kind,
    "data-name": node.name,
    "data-status": node.status,
  });
  g.append(
    svg("title", {}, details(node)),
    svg("rect", { class: "box", width: NODE_WIDTH, height: NODE_HEIGHT, rx: 8 }),
    svg("rect", { width: 5, height: NODE_HEIGHT, rx: 2, fill: colour }),
    svg("text", { class: "name", x: 14, y: 20 }, truncate(node.name, 25)),
    svg("text", { class: "sub", x: 14, y: 37 }, truncate(node.connector ?? node.kind, 34)),
  );
  const word = node.status;
  const pillWidth = 12 + word.length * 6.4;
  g.append(
    svg("rect", { x: 14, y: 45, width: pillWidth, height: 17, rx: 8.5, fill: colour }),
    svg("text", { class: "status", x: 14 + pillWidth / 2, y: 57.5, "text-anchor": "middle", fill: "#fff", "font-size": 11, "font-weight": 600 }, word),
  );
  if (node.desired_state) g.append(svg("text", { class: "sub desired", x: 22 + pillWidth, y: 57.5 }, `desired ${node.desired_state}`));
  let tx = 14;
  for (const tag of node.tags) {
    const label = truncate(tag, 18);
    const w = 10 + label.length * 5.6;
    if (tx + w > NODE_WIDTH - 8) break;
    g.append(svg("rect", { class: "tagbg", x: tx, y: 66, width: w, height: 14, rx: 3 }), svg("text", { class: "tag", x: tx + 5, y: 76.5 }, label));
    tx += w + 4;
  }
  return g;
}

/** The hover text, and the selected node's panel: everything about the node, config included
 * (secrets arrive masked). */
export function details(node: ConsoleNode): string {
  const lines = [`${node.name} (${node.kind} ${node.id})`, `status: ${node.status}`];
  if (node.desired_state) lines.push(`desired state: ${node.desired_state}`);
  if (node.reason) lines.push(`reason: ${node.reason}`);
  if (node.tags.length) lines.push(`tags: ${node.tags.join(", ")}`);
  for (const [key, value] of Object.entries(node.config ?? {})) lines.push(`${key} = ${value ?? "(not set)"}`);
  return lines.join("\n");
}
