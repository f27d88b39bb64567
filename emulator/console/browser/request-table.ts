/// <reference lib="dom" />
// The request log: the last API requests, newest first, with their time, method, path,
// status, latency, injected fault and request id (never a body: the server keeps none).
import type { LoggedRequest } from "../request-log";
import { el } from "./dom";

export const SHOWN_REQUESTS = 300;

export class RequestTable {
  private requests: LoggedRequest[] = [];

  add(fresh: LoggedRequest[]): void {
    const known = new Set(this.requests.map((r) => r.seq));
    this.requests = [...this.requests, ...fresh.filter((r) => !known.has(r.seq))].slice(-SHOWN_REQUESTS);
  }

  latest(): number {
    return this.requests.length ? this.requests[this.requests.length - 1].seq : 0;
  }

  draw(): HTMLElement {
    if (!this.requests.length) return el("p", { class: "empty" }, "No API request yet.");
    const head = el("tr", {}, ...["Time", "Method", "Path", "Status", "Latency", "Fault", "Request id"].map((h) => el("th", {}, h)));
    const rows = [...this.requests]
      .reverse()
      .map((r) =>
        el(
          "tr",
          { class: r.fault ? "fault" : undefined, "data-seq": r.seq, "data-request-id": r.request_id },
          el("td", {}, r.time.slice(11, 23)),
          el("td", {}, r.method),
          el("td", {}, r.path),
          el("td", { class: "num" }, r.status === null ? "none" : String(r.status)),
          el("td", { class: "num" }, `${r.latency_ms} ms`),
          el("td", { class: "fault" }, r.fault ?? ""),
          el("td", {}, el("code", {}, r.request_id)),
        ),
      );
    return el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows));
  }
}
