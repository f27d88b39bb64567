// Tests start the emulator exactly as `npm start` does. The tests in test/ import
// scripts/lib/emulator-process directly; this re-export remains for the layer tests in provider/
// and emulator/ that still name it.
export * from "../../scripts/lib/emulator-process";
