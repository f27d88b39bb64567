// Writing a whole file so that a crash leaves either the old content or the new, never a
// torn file: a temporary file, fsynced, renamed over the target, then the directory fsynced.
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";

export function writeFileDurably(path: string, text: string, mode = 0o644): void {
  const tmp = path + ".tmp";
  const fd = openSync(tmp, "w", mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  syncDirectory(dirname(path));
}

/** Makes a rename inside the directory durable. */
function syncDirectory(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
