// Loads a module with the web fetch globals hidden. On Node 20 and 22, FormData, Request and
// Response are lazy getters that load Node's fetch implementation (undici) on first touch;
// axios touches them while it loads, although this provider only uses its http adapter.
// Hiding them for the synchronous require saves that load (~12 ms) in every process that
// talks to the API; the globals are put back before anything else can run.
const FETCH_GLOBALS = ["FormData", "Request", "Response", "fetch"] as const;

export function requireWithoutFetchGlobals<T>(load: () => T): T {
  const saved = new Map<string, PropertyDescriptor>();
  for (const name of FETCH_GLOBALS) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
    if (!descriptor?.configurable) continue;
    saved.set(name, descriptor);
    Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true });
  }
  try {
    return load();
  } finally {
    for (const [name, descriptor] of saved) Object.defineProperty(globalThis, name, descriptor);
  }
}
