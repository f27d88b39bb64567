// Terraform reads the plugin's stdout for exactly one handshake line; anything else written
// there (a stray console.log in any layer) would break the protocol. After this guard every
// console method and process.stdout.write go to stderr; only the returned writer reaches stdout.

export type StdoutWriter = (text: string) => void;

let originalWrite: typeof process.stdout.write | undefined;

export function guardStdout(): StdoutWriter {
  if (!originalWrite) {
    originalWrite = process.stdout.write.bind(process.stdout);
    const toStderr = (...args: unknown[]) => console.error(...args);
    console.log = toStderr;
    console.info = toStderr;
    console.debug = toStderr;
    console.trace = toStderr;
    console.dir = toStderr;
    process.stdout.write = (chunk: unknown, ...rest: unknown[]) => (process.stderr.write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }
  const write = originalWrite;
  return (text) => {
    write(text);
  };
}
