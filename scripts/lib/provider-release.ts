// Lays out a provider release: per-platform zips, the registry manifest and SHA256SUMS, and a
// mirror folder that works both as a packed filesystem_mirror and, served over HTTPS, as a
// network_mirror (index.json and <version>.json with each archive's h1: and zh: hashes).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { archiveName, h1Hash, registryManifest, sha256Sums, writeProviderZip, zhHash } from "./provider-archive";
import { providerExecutableName } from "./terraform-mirror";
import { parseProviderAddress } from "./terraform-mirror";

export interface ReleaseOptions {
  /** The executable put in every archive. */
  executable: string;
  version: string;
  platforms: string[];
  /** Addresses the mirror serves the provider under. */
  addresses: string[];
  outDir: string;
}

export interface ReleaseResult {
  archives: { platform: string; file: string; h1: string; zh: string }[];
  manifest: string;
  sums: string;
  mirrorDir: string;
}

export async function writeRelease(options: ReleaseOptions): Promise<ReleaseResult> {
  const { version, outDir } = options;
  const type = parseProviderAddress(options.addresses[0]).type;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const archives: ReleaseResult["archives"] = [];
  for (const platform of options.platforms) {
    const content = readFileSync(options.executable);
    const entry = providerExecutableName(type, version);
    const file = join(outDir, archiveName(type, version, platform));
    await writeProviderZip(content, entry, file);
    archives.push({ platform, file, h1: h1Hash([{ name: entry, content }]), zh: zhHash(file) });
  }

  const manifest = join(outDir, `terraform-provider-${type}_${version}_manifest.json`);
  writeFileSync(manifest, registryManifest(["6.0"]));
  const sums = join(outDir, `terraform-provider-${type}_${version}_SHA256SUMS`);
  const published = [...archives.map((a) => a.file), manifest].map((f) => ({ name: f.slice(outDir.length + 1), content: readFileSync(f) }));
  writeFileSync(sums, sha256Sums(published));

  const mirrorDir = join(outDir, "mirror");
  for (const address of options.addresses) {
    const { hostname, namespace } = parseProviderAddress(address);
    const dir = join(mirrorDir, hostname, namespace, type);
    mkdirSync(dir, { recursive: true });
    for (const a of archives) copyFileSync(a.file, join(dir, archiveName(type, version, a.platform)));
    // Network mirror protocol: the versions list, then each version's archives, URLs relative.
    writeFileSync(join(dir, "index.json"), `${JSON.stringify({ versions: { [version]: {} } }, null, 2)}\n`);
    const perVersion = Object.fromEntries(archives.map((a) => [a.platform, { url: archiveName(type, version, a.platform), hashes: [a.h1, a.zh] }]));
    writeFileSync(join(dir, `${version}.json`), `${JSON.stringify({ archives: perVersion }, null, 2)}\n`);
  }
  return { archives, manifest, sums, mirrorDir };
}
