// Command-line switches → EmulatorOptions. Every switch is described once, here, and the
// help text is generated from the same table.
import { CONSOLE_MODES } from "./console/access";
import { CONSOLE_SCRIPT_PATH } from "./console/page";
import { DEFAULTS, type EmulatorOptions } from "./options";
import { BROKEN_RULE_HELP } from "./connectors/status";

type Kind = "int" | "number" | "rate" | "string" | "choice";

interface Switch {
  flag: string;
  option: keyof Omit<EmulatorOptions, "log">;
  kind: Kind;
  help: string;
  defaultText: string;
  /** For a choice: the values allowed. */
  choices?: readonly string[];
}

const SWITCHES: Switch[] = [
  { flag: "--port", option: "port", kind: "int", help: "port to listen on; 0 picks any free port", defaultText: String(DEFAULTS.port) },
  { flag: "--host", option: "host", kind: "string", help: "address to listen on", defaultText: DEFAULTS.host },
  {
    flag: "--data-dir",
    option: "dataDir",
    kind: "string",
    help: "directory where the tenant persists (sources.log, destinations.log, pipelines.log, tags.log, topics.log, transforms.log)",
    defaultText: "none: in memory",
  },
  { flag: "--client-id", option: "clientId", kind: "string", help: "client id accepted by POST /auth/access-token", defaultText: DEFAULTS.clientId },
  { flag: "--secret", option: "secret", kind: "string", help: "client secret accepted by POST /auth/access-token", defaultText: DEFAULTS.secret },
  { flag: "--latency-ms", option: "latencyMs", kind: "int", help: "delay before each API response, in ms", defaultText: String(DEFAULTS.latencyMs) },
  {
    flag: "--fault-rate",
    option: "faultRate",
    kind: "rate",
    help: "share (0..1) of API requests answered 429/502/503/504",
    defaultText: String(DEFAULTS.faultRate),
  },
  {
    flag: "--lost-response-rate",
    option: "lostResponseRate",
    kind: "rate",
    help: "share (0..1) of writes performed but answered 502 or cut off",
    defaultText: String(DEFAULTS.lostResponseRate),
  },
  { flag: "--token-ttl", option: "tokenTtlSeconds", kind: "number", help: "access-token lifetime, in seconds", defaultText: String(DEFAULTS.tokenTtlSeconds) },
  {
    flag: "--deploy-ms",
    option: "deployMs",
    kind: "int",
    help: `how long a connector stays Starting/Pending Update, in ms; afterwards it is Broken if it has ${BROKEN_RULE_HELP}`,
    defaultText: String(DEFAULTS.deployMs),
  },
  {
    flag: "--fixtures",
    option: "fixtures",
    kind: "string",
    help:
      'JSON file preloading the tenant: {"sources": [...], "destinations": [...], "pipelines": [...], "tags": [...], "topics": [...], "transforms": [...]}, ' +
      "each an array of objects in the API's response shape with their ids; checked like API writes, loaded deployed, " +
      "showing the connector_status, pipeline status (and status_reason) or transform status they give until written again; " +
      "ids already stored are left as they are, so loading it on every start changes nothing; a bad fixture stops start-up",
    defaultText: "none",
  },
  {
    flag: "--seed",
    option: "seed",
    kind: "int",
    help: "seed for repeatable fault injection (the n-th request meets the same fault)",
    defaultText: "none: random",
  },
  {
    flag: "--console",
    option: "console",
    kind: "choice",
    choices: CONSOLE_MODES,
    help: "serve the console (the base URL in a browser) and its read-only /__emulator/ endpoints: auto = only when listening on a loopback address, on = on any address, off = never",
    defaultText: DEFAULTS.console,
  },
  {
    flag: "--issued-tokens-file",
    option: "issuedTokensFile",
    kind: "string",
    help: "test aid: append every token issued to this file, for leak searches",
    defaultText: "none",
  },
];

export type ParsedArgs = { kind: "run"; options: EmulatorOptions } | { kind: "help" } | { kind: "error"; message: string };

export function parseArgs(argv: string[]): ParsedArgs {
  const options: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    const eq = arg.indexOf("=");
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = SWITCHES.find((s) => s.flag === flag);
    if (!spec) return { kind: "error", message: `unknown option ${flag}` };
    const raw = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined) return { kind: "error", message: `${flag} needs a value` };
    const value = convert(spec, raw);
    if (value === undefined) return { kind: "error", message: `${flag}: ${describeKind(spec)}, got ${JSON.stringify(raw)}` };
    options[spec.option] = value;
  }
  if (options.port !== undefined && (options.port as number) > 65535) return { kind: "error", message: "--port: must be at most 65535" };
  return { kind: "run", options: options };
}

function convert({ kind, choices }: Switch, raw: string): string | number | undefined {
  switch (kind) {
    case "choice":
      return choices?.includes(raw) ? raw : undefined;
    case "string":
      return raw === "" ? undefined : raw;
    case "int":
      return /^\d+$/.test(raw) ? Number(raw) : undefined;
    case "number":
      return /^\d+(\.\d+)?$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
    case "rate": {
      const n = /^\d*\.?\d+$/.test(raw) ? Number(raw) : NaN;
      return n >= 0 && n <= 1 ? n : undefined;
    }
  }
}

function describeKind({ kind, choices }: Switch): string {
  switch (kind) {
    case "choice":
      return `must be one of ${choices?.join(", ")}`;
    case "string":
      return "must not be empty";
    case "int":
      return "must be a whole number, 0 or more";
    case "number":
      return "must be a number above 0";
    case "rate":
      return "must be a number from 0 to 1";
  }
}

export function helpText(): string {
  const width = Math.max(...SWITCHES.map((s) => s.flag.length)) + 8;
  const lines = SWITCHES.map((s) => `  ${(s.flag + " <" + (s.choices?.join("|") ?? s.kind) + ">").padEnd(width)}  ${s.help} (default: ${s.defaultText})`);
  return [
    "Usage: streamkap-emulator [options]",
    "",
    "A local stand-in for the Streamkap API. Prints its base URL as the first line of",
    "stdout once listening, then one line per request on stderr.",
    "",
    "Console: open the base URL in a browser to see the tenant's flows (sources -> topics ->",
    "transforms -> pipelines -> destinations, with statuses, desired states and tags; a table",
    "for large tenants) and the last API requests (method, path, status, latency, injected fault,",
    "request id), updated live. Secrets are masked; no body is kept. Its data comes from",
    `read-only endpoints without auth: GET /__emulator/tenant, /__emulator/requests?after=N,`,
    `/__emulator/events (server-sent events) and ${CONSOLE_SCRIPT_PATH}; see --console.`,
    'Under the same rule, POST /__emulator/transforms/<id>/run with {"records": [{topic, value,',
    "key, timestamp}]} runs a transform's JavaScript on them in a sandbox and answers its output",
    "records and topics; it changes nothing.",
    "",
    "Options:",
    ...lines,
    `  ${"--help".padEnd(width)}  show this help`,
    "",
  ].join("\n");
}
