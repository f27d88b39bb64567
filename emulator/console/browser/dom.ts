/// <reference lib="dom" />
// Small DOM helpers for the console's views: elements built with text nodes only (names come
// from the tenant, so nothing is ever parsed as HTML), and the colour of each status.
export const SVG_NS = "http://www.w3.org/2000/svg";

type Attrs = Record<string, string | number | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  e.append(...children);
  return e;
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  setAttrs(e, attrs);
  e.append(...children);
  return e;
}

function setAttrs(e: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) e.setAttribute(name, String(value));
}

const STATUS_COLOURS: Record<string, string> = {
  Active: "#12b76a",
  Live: "#12b76a",
  Starting: "#f79009",
  "Pending Update": "#f79009",
  Pending: "#98a2b3",
  Broken: "#f04438",
  Paused: "#7a5af8",
  Stopped: "#667085",
  // A transform's job.
  RUNNING: "#12b76a",
  DEPLOYING: "#f79009",
  FAILED: "#f04438",
};

export function statusColour(status: string): string {
  return STATUS_COLOURS[status] ?? "#98a2b3";
}

/** A status as a coloured pill with its word. */
export function statusPill(status: string): HTMLElement {
  const pill = el("span", { class: "pill", "data-status": status }, status);
  pill.style.background = statusColour(status);
  return pill;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}
