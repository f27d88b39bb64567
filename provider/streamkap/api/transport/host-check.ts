// The first contact with the API's host, made once when the provider is configured: a host name
// that does not resolve, or a host that refuses connections, is a wrong setting far more often
// than a passing fault, so it fails the configuration at once, in one diagnostic naming where the
// host came from, instead of every resource retrying it for minutes. Later failures, once the
// host has been reached, are retried by the request engine as before (retry.ts).
//
// The check opens a TCP connection and closes it: no HTTP request, no token. It answers only for
// the two clear cases; a timeout or any other error lets the run go on to the engine's retries,
// and behind a proxy (HTTP(S)_PROXY) the host is not ours to reach, so it is not checked.
import { connect } from "node:net";

export interface HostCheckOptions {
  /** How long one connection attempt may take before the check gives up and lets the run go on. */
  connectTimeoutMs?: number;
  /** Waits before the second and later attempts at a refused connection (a server restarting). */
  refusedRetryDelaysMs?: number[];
}

const DEFAULTS: Required<HostCheckOptions> = { connectTimeoutMs: 3_000, refusedRetryDelaysMs: [250, 750] };

/** Why the host cannot be reached ("host name not found", "connection refused"), or undefined
 * when it was reached or the check cannot tell. */
export async function unreachableHost(baseUrl: string, options: HostCheckOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const { connectTimeoutMs, refusedRetryDelaysMs } = { ...DEFAULTS, ...options };
  if (behindProxy(env)) return undefined;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined; // the settings' own check reports a malformed URL
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  for (let attempt = 0; ; attempt++) {
    const code = await connectOnce(host, port, connectTimeoutMs);
    if (code === "ENOTFOUND") return "host name not found";
    if (code !== "ECONNREFUSED" && code !== "EAI_AGAIN") return undefined;
    const delay = refusedRetryDelaysMs[attempt];
    if (delay === undefined) return code === "ECONNREFUSED" ? "connection refused" : "host name not found (the name server did not answer)";
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** The error code of one connection attempt, or undefined when it connected or timed out. */
function connectOnce(host: string, port: number, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (code: string | undefined) => {
      socket.destroy();
      resolve(code);
    };
    socket.setTimeout(timeoutMs, () => done(undefined));
    socket.once("connect", () => done(undefined));
    socket.once("error", (err: NodeJS.ErrnoException) => done(err.code ?? "ERROR"));
  });
}

function behindProxy(env: NodeJS.ProcessEnv): boolean {
  return ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"].some((name) => Boolean(env[name]));
}
