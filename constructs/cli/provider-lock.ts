// Terraform's dependency lock file (.terraform.lock.hcl) entry for the provider this package
// ships. Terraform itself records only an h1: hash when it installs from a filesystem mirror,
// warns that the lock is incomplete, and cdktf's first deploy then runs `terraform providers
// lock`, which asks the public registry and fails offline. Writing the entry ourselves, with the
// hashes Terraform computes (h1: over the package's files, zh: over the zip), makes the first
// init find a complete lock: no registry, no warning, no extra flag.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { findPackageInfo } from "./package-info";
import { PROVIDER_ADDRESS } from "./provider-address";

export function sha256Hex(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Terraform's "h1:" hash of a provider package: Go's dirhash Hash1 over the package's files —
 * sha256 of the sorted lines "<sha256 hex>  <name>\n", base64-encoded. The same for the zip and
 * for the unpacked folder it extracts to. */
export function h1Hash(files: { name: string; content: Buffer }[]): string {
  const lines = files
    .map((f) => `${sha256Hex(f.content)}  ${f.name}\n`)
    .sort()
    .join("");
  return `h1:${createHash("sha256").update(lines).digest("base64")}`;
}

/** "zh:" is the sha256 of the zip file itself (what a registry's SHA256SUMS lists). */
export function zhHash(zip: Buffer): string {
  return `zh:${sha256Hex(zip)}`;
}

export interface LockEntry {
  address: string;
  version: string;
  /** The configuration's version constraint, as Terraform copies it into the lock. */
  constraints?: string;
  hashes: string[];
}

/** The lock entry of the provider in this package: the same hashes for every platform, since
 * the zip holds one Node script. Undefined where the package has not been built (a source tree)
 * or the library runs outside it (a cdktn copy). */
export function packageLockEntry(constraints?: string): LockEntry | undefined {
  const info = findPackageInfo();
  if (!info) return undefined;
  const { version, providerBinary, providerArchive, providerEntryName } = info;
  if (!existsSync(providerBinary) || !existsSync(providerArchive)) return undefined;
  const hashes = [h1Hash([{ name: providerEntryName, content: readFileSync(providerBinary) }]), zhHash(readFileSync(providerArchive))];
  return { address: PROVIDER_ADDRESS, version, constraints, hashes: hashes.sort() };
}

const LOCK_HEADER = '# This file is maintained automatically by "terraform init".\n# Manual edits may be lost in future updates.\n';

/** One provider block, laid out as terraform init writes it (so init leaves it as it is). */
export function lockBlock(entry: LockEntry): string {
  const lines = [`provider ${JSON.stringify(entry.address)} {`];
  if (entry.constraints !== undefined) {
    lines.push(`  version     = ${JSON.stringify(entry.version)}`, `  constraints = ${JSON.stringify(entry.constraints)}`);
  } else {
    lines.push(`  version = ${JSON.stringify(entry.version)}`);
  }
  lines.push("  hashes = [", ...entry.hashes.map((h) => `    ${JSON.stringify(h)},`), "  ]", "}");
  return `${lines.join("\n")}\n`;
}

/** The lock file with our provider's block put in or replaced, other providers' blocks kept;
 * undefined when the file already holds exactly this entry (nothing to write). */
export function mergeLockFile(existing: string | undefined, entry: LockEntry): string | undefined {
  const block = lockBlock(entry);
  if (existing === undefined || existing.trim() === "") return `${LOCK_HEADER}\n${block}`;
  const escaped = entry.address.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const ours = new RegExp(`^provider "${escaped}" \\{\\n[\\s\\S]*?^\\}\\n?`, "m");
  const found = ours.exec(existing);
  if (found) {
    if (found[0].trimEnd() === block.trimEnd()) return undefined;
    return existing.slice(0, found.index) + block + existing.slice(found.index + found[0].length).replace(/^(?!\n|$)/, "\n");
  }
  return `${existing.trimEnd()}\n\n${block}`;
}
