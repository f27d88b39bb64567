// Tests start the emulator exactly as `npm start` does.
export * from "../../scripts/lib/emulator-process";
