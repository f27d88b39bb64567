// Terraform provider archives as a registry serves them: one zip per platform holding the
// executable (exec bit kept: Terraform runs the extracted file as is), the hashes Terraform
// records in lock files, and the files a release and a mirror publish beside the zips.
import { createWriteStream, readFileSync } from "node:fs";
import { ZipFile } from "yazl";
import { h1Hash, sha256Hex, zhHash as zhOf } from "../../constructs/cli/provider-lock";
import { archiveName } from "../../constructs/cli/terraform-mirror";

export { archiveName, h1Hash, sha256Hex };

/** A fixed timestamp: the same executable always gives byte-identical zips (stable zh: hashes). */
const FIXED_MTIME = new Date("2020-01-01T00:00:00Z");

export function writeProviderZip(executable: Buffer, entryName: string, zipPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    zip.addBuffer(executable, entryName, { mode: 0o100755, mtime: FIXED_MTIME, compress: true });
    zip.end();
    zip.outputStream.pipe(createWriteStream(zipPath)).on("close", resolve).on("error", reject);
  });
}

/** "zh:" of a zip on disk. */
export function zhHash(zipPath: string): string {
  return zhOf(readFileSync(zipPath));
}

/** The registry manifest published beside the archives: which plugin protocol the build speaks. */
export function registryManifest(protocolVersions: string[]): string {
  return `${JSON.stringify({ version: 1, metadata: { protocol_versions: protocolVersions } }, null, 2)}\n`;
}

/** Lines of a SHA256SUMS file ("<hex>  <file name>"), sorted by name like goreleaser's. */
export function sha256Sums(files: { name: string; content: Buffer }[]): string {
  return files
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => `${sha256Hex(f.content)}  ${f.name}\n`)
    .join("");
}
