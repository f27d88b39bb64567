/// <reference lib="dom" />
// Where the console's data comes from: the server-sent events of /__emulator/events, or,
// where EventSource is missing, polling /__emulator/tenant and /__emulator/requests.
import type { LoggedRequest } from "../request-log";
import type { TenantView } from "../tenant-view";

export interface FeedHandlers {
  tenant(view: TenantView): void;
  requests(fresh: LoggedRequest[]): void;
  connected(live: boolean): void;
  /** The last request sequence number seen, for polling. */
  latest(): number;
}

const POLL_MS = 1000;

export function subscribe(h: FeedHandlers): void {
  if (typeof EventSource === "function") {
    const events = new EventSource("/__emulator/events");
    events.addEventListener("tenant", (e) => h.tenant(JSON.parse((e as MessageEvent<string>).data) as TenantView));
    events.addEventListener("requests", (e) => h.requests(JSON.parse((e as MessageEvent<string>).data) as LoggedRequest[]));
    events.onopen = () => h.connected(true);
    events.onerror = () => h.connected(false);
    return;
  }
  const poll = async () => {
    try {
      const [view, log] = await Promise.all([
        getJson<TenantView>("/__emulator/tenant"),
        getJson<{ requests: LoggedRequest[] }>(`/__emulator/requests?after=${h.latest()}`),
      ]);
      h.tenant(view);
      if (log.requests.length) h.requests(log.requests);
      h.connected(true);
    } catch {
      h.connected(false);
    }
    setTimeout(() => void poll(), POLL_MS);
  };
  void poll();
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { cache: "no-store" });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}
