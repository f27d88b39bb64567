// The emulator process an integration test file runs against: started before the file's tests,
// stopped after them (then the file's own clean-up, e.g. its workspaces), with a client of its
// API for checking what reached it. One call registers both hooks, so each file does not
// write them again.
import { startEmulatorProcess, type EmulatorProcess, type EmulatorProcessOptions } from "../../scripts/lib/emulator-process";
import { StreamkapApi } from "../../scripts/lib/streamkap-api";

export interface EmulatorSuite {
  /** The running emulator: there from beforeAll on. */
  readonly emulator: EmulatorProcess;
  /** A client of its API, with its credentials. */
  readonly api: StreamkapApi;
}

export function emulatorSuite(options: EmulatorProcessOptions, cleanup: () => void = () => undefined): EmulatorSuite {
  let running: { emulator: EmulatorProcess; api: StreamkapApi } | undefined;
  beforeAll(async () => {
    const emulator = await startEmulatorProcess(options);
    running = { emulator, api: new StreamkapApi(emulator.url, emulator.clientId, emulator.secret) };
  });
  afterAll(async () => {
    await running?.emulator.stop();
    cleanup();
  });
  const started = () => {
    if (!running) throw new Error("the emulator starts in beforeAll: use it from a test or a hook");
    return running;
  };
  return {
    get emulator() {
      return started().emulator;
    },
    get api() {
      return started().api;
    },
  };
}
