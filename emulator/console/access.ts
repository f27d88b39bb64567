// Who may see the console. Its endpoints need no token (like /__emulator/stats), so by
// default they are served only when the emulator listens on a loopback address, and only to
// requests that name a loopback host (a page elsewhere cannot reach them by DNS rebinding).
// `--console on` serves them on any address; `--console off` never.

export type ConsoleMode = "auto" | "on" | "off";
export const CONSOLE_MODES: readonly ConsoleMode[] = ["auto", "on", "off"];

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and localhost. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(h);
}

/** The host name of a Host header, without its port. */
function hostOf(header: string | undefined): string {
  if (!header) return "";
  const bracketed = /^\[([^\]]+)\]/.exec(header);
  return bracketed ? bracketed[1] : header.replace(/:\d+$/, "");
}

/** Whether the console is served at all on this listening address. */
export function consoleEnabled(mode: ConsoleMode, listenHost: string): boolean {
  return mode === "on" || (mode === "auto" && isLoopback(listenHost));
}

/** Whether this request may read the console. */
export function requestAllowed(mode: ConsoleMode, hostHeader: string | undefined): boolean {
  return mode === "on" || (mode === "auto" && isLoopback(hostOf(hostHeader)));
}
