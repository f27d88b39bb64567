// go-plugin start-up rules: the magic cookie that tells a plugin it was started by Terraform,
// protocol version negotiation, and the one handshake line Terraform reads from stdout.

export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
export const PROTOCOL_VERSION = 6;
/** go-plugin's own handshake version (the first field of the line). */
export const CORE_PROTOCOL_VERSION = 1;

export const NOT_STARTED_BY_TERRAFORM =
  "This binary is a plugin. These are not meant to be executed directly.\n" +
  "Please execute the program that consumes these plugins, which will\n" +
  "load any plugins automatically\n";

export function hasMagicCookie(env: NodeJS.ProcessEnv): boolean {
  return env[MAGIC_COOKIE_KEY] === MAGIC_COOKIE_VALUE;
}

/** Whether Terraform accepts protocol 6; an absent list leaves the choice to the plugin. */
export function acceptsProtocol6(env: NodeJS.ProcessEnv): boolean {
  const offered = env.PLUGIN_PROTOCOL_VERSIONS;
  if (offered === undefined || offered.trim() === "") return true;
  return offered.split(",").some((v) => Number(v.trim()) === PROTOCOL_VERSION);
}

/** `1|6|unix|<socket>|grpc|<cert>`; the certificate DER in base64 without `=` padding. */
export function handshakeLine(socketPath: string, certificateDer?: Uint8Array): string {
  const cert = certificateDer ? Buffer.from(certificateDer).toString("base64").replace(/=+$/, "") : "";
  return [CORE_PROTOCOL_VERSION, PROTOCOL_VERSION, "unix", socketPath, "grpc", cert].join("|") + "\n";
}
