/// <reference lib="dom" />
// The console in the browser: subscribes to the emulator's feed and redraws the flows (graph,
// or table for a large tenant or on request) and the request log as updates arrive; the view
// and the object clicked on are kept in the address (address.ts). It only reads: every
// request it makes is a GET under /__emulator/.
import type { TenantView } from "../tenant-view";
import { addressFor, readAddress, type FlowsView } from "./address";
import { el } from "./dom";
import { details, drawGraph } from "./graph";
import { RequestTable } from "./request-table";
import { subscribe } from "./feed";
import { drawTable } from "./table";

/** Beyond this many nodes the table is shown first: a picture that large helps nobody. */
export const TABLE_FIRST_ABOVE = 150;

const $ = (id: string) => document.getElementById(id)!;
let view: TenantView | undefined;
const address = readAddress(location.search);
let chosen: FlowsView | undefined = address.view;
let selected: string | undefined = address.selected;
const requests = new RequestTable();

/** The address says what is shown, without a new history entry per click. */
function remember(): void {
  history.replaceState(null, "", `${location.pathname}${addressFor({ view: chosen, selected })}`);
}

function mode(): "graph" | "table" {
  return chosen ?? (view && view.nodes.length > TABLE_FIRST_ABOVE ? "table" : "graph");
}

function drawFlows(): void {
  if (!view) return;
  const m = mode();
  $("view-graph").setAttribute("aria-pressed", String(m === "graph"));
  $("view-table").setAttribute("aria-pressed", String(m === "table"));
  $("graph").hidden = m !== "graph";
  $("table").hidden = m !== "table";
  const empty = el("p", { class: "empty" }, "No source, pipeline or destination yet: they appear here as they are created.");
  $(m).replaceChildren(view.nodes.length === 0 ? empty : m === "graph" ? drawGraph(view) : drawTable(view));
  showSelected();
  const count = (kind: string) => view!.nodes.filter((n) => n.kind === kind).length;
  $("counts").textContent =
    `${count("source")} sources · ${count("transform")} transforms · ${count("pipeline")} pipelines · ${count("destination")} destinations · ${count("topic")} topics`;
  if (!document.body.dataset.ready) performance.mark("console-drawn"); // read by the benchmark
  document.body.dataset.ready = "true";
}

/** Marks the selected node in the view and shows everything about it; nothing when it is gone. */
function showSelected(): void {
  const node = view?.nodes.find((n) => n.key === selected);
  document.querySelectorAll("#flows [data-key]").forEach((e) => e.classList.toggle("selected", e.getAttribute("data-key") === selected));
  $("details").hidden = !node;
  if (node) $("detail-text").textContent = details(node);
}

function choose(next: FlowsView): void {
  chosen = next;
  remember();
  drawFlows();
}

$("view-graph").addEventListener("click", () => choose("graph"));
$("view-table").addEventListener("click", () => choose("table"));
$("flows").addEventListener("click", (event) => {
  const key = (event.target as Element).closest("[data-key]")?.getAttribute("data-key");
  if (!key) return;
  selected = key;
  remember();
  showSelected();
});

subscribe({
  tenant(next) {
    view = next;
    drawFlows();
  },
  requests(fresh) {
    requests.add(fresh);
    $("request-log").replaceChildren(requests.draw());
  },
  connected(live) {
    const badge = $("live");
    badge.className = live ? "on" : "off";
    badge.textContent = live ? "live" : "reconnecting";
  },
  latest: () => requests.latest(),
});
