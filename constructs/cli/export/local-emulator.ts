// Where export reads from when STREAMKAP_HOST is not set: the local emulator's tenant, as
// `npm start` leaves it in .streamkap/emulator. The emulator executable this package ships is
// run as a separate process on that folder for the time of the export (the command never
// imports the emulator) with one-off credentials, and stopped afterwards.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { packageInfo } from "../package-info";
import type { ApiEndpoint } from "./api-session";

const START_TIMEOUT_MS = 20_000;

export interface LocalEmulator {
  endpoint: ApiEndpoint;
  stop(): Promise<void>;
}

export async function startLocalEmulator(dataDir: string): Promise<LocalEmulator> {
  const binary = join(dirname(packageInfo().providerBinary), "streamkap-emulator");
  if (!existsSync(binary)) throw new Error(`the emulator executable is missing (${binary}); set STREAMKAP_HOST to export a Streamkap tenant instead.`);
  const secret = randomBytes(18).toString("base64url");
  const child = spawn(process.execPath, [binary, "--port", "0", "--data-dir", dataDir, "--client-id", "export", "--secret", secret, "--console", "off"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => fail(`printed no address within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`the local emulator on ${dataDir} ${why}${stderr ? `:\n${stderr.trim()}` : ""}`));
    };
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      buffer += d;
      const line = buffer.split("\n")[0];
      if (buffer.includes("\n")) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.once("exit", (code) => fail(`stopped (${code}) before it started`));
  });
  return {
    endpoint: { host: url, clientId: "export", secret },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
