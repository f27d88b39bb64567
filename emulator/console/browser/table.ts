/// <reference lib="dom" />
// The flows as a table, for a tenant too large to draw: one row per node, with what feeds
// it and what it feeds, so every edge of the graph is there too.
import type { TenantView } from "../tenant-view";
import { el, statusPill } from "./dom";

export function drawTable(view: TenantView): HTMLTableElement {
  const names = new Map(view.nodes.map((n) => [n.key, n.name]));
  const from = new Map<string, string[]>();
  const to = new Map<string, string[]>();
  for (const e of view.edges) {
    from.set(e.to, [...(from.get(e.to) ?? []), names.get(e.from) ?? e.from]);
    to.set(e.from, [...(to.get(e.from) ?? []), names.get(e.to) ?? e.to]);
  }
  const head = el("tr", {}, ...["Kind", "Name", "Connector", "Status", "Desired", "Tags", "From", "To", "Id"].map((h) => el("th", {}, h)));
  const rows = view.nodes.map((n) =>
    el(
      "tr",
      { "data-key": n.key, "data-status": n.status },
      el("td", {}, n.kind),
      el("td", {}, n.name),
      el("td", {}, n.connector ?? ""),
      el("td", {}, statusPill(n.status)),
      el("td", {}, n.desired_state ?? ""),
      el("td", {}, n.tags.join(", ")),
      el("td", {}, (from.get(n.key) ?? []).join(", ")),
      el("td", {}, (to.get(n.key) ?? []).join(", ")),
      el("td", {}, el("code", {}, n.id)),
    ),
  );
  return el("table", { class: "flows" }, el("thead", {}, head), el("tbody", {}, ...rows));
}
