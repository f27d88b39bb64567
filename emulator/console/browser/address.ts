// What the console's address says: which view (`?view=table` or `?view=graph`; neither lets
// the tenant's size choose) and which object is selected (`&selected=<kind>:<id>`), so that a
// view or an object can be linked to, bookmarked and reloaded. No DOM: tested under jest.
export type FlowsView = "graph" | "table";

export interface ConsoleAddress {
  view?: FlowsView;
  /** The selected node's key, e.g. "source:65a0…". */
  selected?: string;
}

export function readAddress(search: string): ConsoleAddress {
  const params = new URLSearchParams(search);
  const view = params.get("view");
  const selected = params.get("selected");
  return { ...(view === "graph" || view === "table" ? { view } : {}), ...(selected ? { selected } : {}) };
}

/** The query to show for this state: "" when there is nothing to say. */
export function addressFor(state: ConsoleAddress): string {
  const params = new URLSearchParams();
  if (state.view) params.set("view", state.view);
  if (state.selected) params.set("selected", state.selected);
  const query = params.toString();
  return query ? `?${query}` : "";
}
