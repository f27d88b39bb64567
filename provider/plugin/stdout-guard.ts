// Terraform reads the plugin's stdout for exactly one handshake line; anything else written
// there (a stray console.log in any layer) would break the protocol. After this guard every
// console method and process.stdout go to stderr; only the returned writer reaches stdout.
//
// process.stdout is a stream Node makes on first use (for Terraform's pipe, a net.Socket); the
// guard never makes it: the handshake line is written straight to file descriptor 1, which
// spares every start that stream's set-up.
import { writeSync } from "node:fs";

export type StdoutWriter = (text: string) => void;

let guarded = false;

export function guardStdout(): StdoutWriter {
  if (!guarded) {
    guarded = true;
    Object.defineProperty(process, "stdout", { configurable: true, enumerable: true, get: () => process.stderr });
    const toStderr = (...args: unknown[]) => console.error(...args);
    console.log = toStderr;
    console.info = toStderr;
    console.debug = toStderr;
    console.trace = toStderr;
    console.dir = toStderr;
  }
  return (text) => {
    const bytes = Buffer.from(text);
    for (let written = 0; written < bytes.length;) written += writeSync(1, bytes, written);
  };
}
