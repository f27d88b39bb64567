// Runs the built emulator as a separate process, the way `npm start` and the integration
// tests use it: --port 0, base URL read from the first line of stdout.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { EMULATOR_BINARY } from "./paths";

const START_TIMEOUT_MS = 15_000;

export interface EmulatorProcessOptions {
  /** Persist sources here (a restart with the same dir keeps them). */
  dataDir?: string;
  /** Extra switches, e.g. ["--deploy-ms", "50", "--fault-rate", "0.2"]. */
  args?: string[];
  clientId?: string;
  /** Defaults to a fresh random secret per start. */
  secret?: string;
  /** Another build of the emulator to run instead of dist/bin. */
  binary?: string;
}

export interface EmulatorProcess {
  url: string;
  clientId: string;
  secret: string;
  /** Everything the process wrote to stderr so far (its request log). */
  stderr(): string;
  stats(): Promise<{ requests: Record<string, number> }>;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
  kill(signal?: NodeJS.Signals): void;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
}

export async function startEmulatorProcess(options: EmulatorProcessOptions = {}): Promise<EmulatorProcess> {
  const binary = options.binary ?? EMULATOR_BINARY;
  if (!existsSync(binary)) throw new Error(`the emulator is not built (${binary} is missing): run npm run build`);
  const clientId = options.clientId ?? "test-client";
  const secret = options.secret ?? randomBytes(18).toString("base64url");
  const args = ["--port", "0", "--client-id", clientId, "--secret", secret];
  if (options.dataDir) args.push("--data-dir", options.dataDir);
  args.push(...(options.args ?? []));

  const child = spawn(process.execPath, [binary, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));

  const url = await firstLine(child, START_TIMEOUT_MS, () => stderr).catch((err: Error) => {
    child.kill("SIGKILL");
    throw err;
  });

  return {
    url,
    clientId,
    secret,
    stderr: () => stderr,
    stats: () => getJson(`${url}/__emulator/stats`) as Promise<{ requests: Record<string, number> }>,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
    kill(signal: NodeJS.Signals = "SIGKILL") {
      child.kill(signal);
    },
    exited,
  };
}

/** The provider settings of an emulator, as the environment variables the provider reads. */
export function emulatorEnv(emulator: { url: string; clientId: string; secret: string }, url = emulator.url): Record<string, string> {
  return { STREAMKAP_HOST: url, STREAMKAP_CLIENT_ID: emulator.clientId, STREAMKAP_SECRET: emulator.secret };
}

function firstLine(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => fail(`the emulator printed no URL within ${timeoutMs} ms`), timeoutMs);
    const onData = (d: string) => {
      buffer += d;
      const newline = buffer.indexOf("\n");
      if (newline < 0) return;
      cleanup();
      const line = buffer.slice(0, newline).trim();
      if (/^http:\/\/[^\s]+:\d+$/.test(line)) resolve(line);
      else reject(new Error(`the emulator's first line is not a URL: ${JSON.stringify(line)}`));
    };
    const onExit = (code: number | null, signal: string | null) => fail(`the emulator exited (${code ?? signal}) before printing its URL`);
    function cleanup() {
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      child.off("exit", onExit);
    }
    function fail(message: string) {
      cleanup();
      reject(new Error(`${message}; stderr:\n${stderr()}`));
    }
    child.stdout!.setEncoding("utf8").on("data", onData);
    child.once("exit", onExit);
  });
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  return res.json();
}
