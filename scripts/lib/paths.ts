// Where things are in the repository: its root, and the executables `npm run build` makes.
import { join } from "node:path";

export const REPO_ROOT = join(__dirname, "..", "..");
export const BIN_DIR = join(REPO_ROOT, "dist", "bin");
export const PROVIDER_BINARY = join(BIN_DIR, "terraform-provider-streamkap");
export const EMULATOR_BINARY = join(BIN_DIR, "streamkap-emulator");
