// The emulator's programmatic entry: start a local Streamkap API in-process.
export { startEmulator, type RunningEmulator } from "./server";
export { DEFAULTS, type EmulatorOptions } from "./options";
export { consoleHint } from "./console/hint";
export { ManualClock, type Clock } from "./clock";
