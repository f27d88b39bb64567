// Terraform provider archives as a registry serves them: one zip per platform holding the
// executable (exec bit kept: Terraform runs the extracted file as is), the hashes Terraform
// records in lock files, and the files a release and a mirror publish beside the zips.
import { createHash } from "node:crypto";
import { createWriteStream, readFileSync } from "node:fs";
import { ZipFile } from "yazl";

/** A fixed timestamp: the same executable always gives byte-identical zips (stable zh: hashes). */
const FIXED_MTIME = new Date("2020-01-01T00:00:00Z");

export function archiveName(type: string, version: string, platform: string): string {
  return `terraform-provider-${type}_${version}_${platform}.zip`;
}

export function writeProviderZip(executable: Buffer, entryName: string, zipPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    zip.addBuffer(executable, entryName, { mode: 0o100755, mtime: FIXED_MTIME, compress: true });
    zip.end();
    zip.outputStream.pipe(createWriteStream(zipPath)).on("close", resolve).on("error", reject);
  });
}

export function sha256Hex(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Terraform's "h1:" hash of a provider package: Go's dirhash Hash1 over the files in the
 * zip — sha256 of the sorted lines "<sha256 hex>  <name>\n", base64-encoded. */
export function h1Hash(files: { name: string; content: Buffer }[]): string {
  const lines = files
    .map((f) => `${sha256Hex(f.content)}  ${f.name}\n`)
    .sort()
    .join("");
  return `h1:${createHash("sha256").update(lines).digest("base64")}`;
}

/** "zh:" is the sha256 of the zip file itself (what a registry's SHA256SUMS lists). */
export function zhHash(zipPath: string): string {
  return `zh:${sha256Hex(readFileSync(zipPath))}`;
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
