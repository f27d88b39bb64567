// The console's live feed, as server-sent events: a `tenant` event with the whole view when
// it changes (a write, or a deployment that finished: statuses are derived from time, so the
// view is recomputed on a short tick rather than on writes alone), and a `requests` event
// with the requests logged since the last one. One tick per open page; it stops when the
// page goes or the emulator closes (which ends every connection).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestLog } from "./request-log";
import type { TenantView } from "./tenant-view";

export const TICK_MS = 250;
const KEEPALIVE_MS = 15_000;

export function streamEvents(req: IncomingMessage, res: ServerResponse, view: () => TenantView, requests: RequestLog): void {
  res.writeHead(200, {
    "Content-Type": "text/event-stream",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    Connection: "keep-alive",
  });
  let lastView = "";
  let lastSeq = 0;
  let quietMs = 0;
  const send = (event: string, data: string) => res.write(`event: ${event}\ndata: ${data}\n\n`);
  const tick = () => {
    const json = JSON.stringify(view());
    if (json !== lastView) {
      lastView = json;
      send("tenant", json);
      quietMs = 0;
    }
    const fresh = requests.since(lastSeq);
    if (fresh.length) {
      lastSeq = fresh[fresh.length - 1].seq;
      send("requests", JSON.stringify(fresh));
      quietMs = 0;
    }
    quietMs += TICK_MS;
    if (quietMs >= KEEPALIVE_MS) {
      res.write(": keep-alive\n\n");
      quietMs = 0;
    }
  };
  tick();
  const timer = setInterval(tick, TICK_MS);
  const stop = () => clearInterval(timer);
  req.on("close", stop);
  res.on("close", stop);
}
