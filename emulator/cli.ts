// streamkap-emulator: run the emulator until SIGTERM or SIGINT.
import { helpText, parseArgs } from "./args";
import { startEmulator } from "./server";

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.kind === "help") {
    process.stdout.write(helpText());
    return;
  }
  if (parsed.kind === "error") {
    process.stderr.write(`streamkap-emulator: ${parsed.message}\nTry --help for the list of options.\n`);
    process.exit(2);
  }
  const emulator = await startEmulator({ ...parsed.options, log: (line) => process.stderr.write(line + "\n") });
  process.stdout.write(emulator.url + "\n");

  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`streamkap-emulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
