// Writes an export's files all at once or not at all: into a fresh folder beside the target,
// renamed into place when every file is written; an existing target is refused unless forced,
// and then replaced only after the new one is complete. A failure leaves nothing behind.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export function writeProject(outDir: string, files: Map<string, string>, force: boolean): string {
  const target = checkOutDir(outDir, force);
  mkdirSync(dirname(target), { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(dirname(target), `.${basename(target)}.export-${stamp}`);
  const previous = join(dirname(target), `.${basename(target)}.previous-${stamp}`);
  try {
    mkdirSync(staging);
    for (const [path, text] of files) {
      const file = join(staging, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    if (existsSync(target)) renameSync(target, previous);
    renameSync(staging, target);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(previous) && !existsSync(target)) renameSync(previous, target);
    throw err;
  }
  rmSync(previous, { recursive: true, force: true });
  return target;
}

/** The target folder, resolved; throws where it is a file, or a non-empty folder and not forced.
 * An empty folder is fine (a freshly made workspace). */
export function checkOutDir(outDir: string, force: boolean): string {
  const target = resolve(outDir);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new Error(`--out ${outDir} is a file; name a folder to write the project into.`);
    if (!force && readdirSync(target).length > 0)
      throw new Error(`--out ${outDir} exists and is not empty; pass --force to replace it, or name another folder.`);
  }
  return target;
}
