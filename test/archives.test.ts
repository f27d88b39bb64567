// `npm run package`: provider zips with the executable bit kept, SHA256SUMS, the registry
// manifest and a mirror folder; terraform init installs from that folder as a packed
// filesystem mirror and records the same h1: hash the network-mirror index publishes. The
// same folder served over HTTPS is a network mirror whose published hashes terraform checks. The
// single-executable build runs under terraform with no node on PATH.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { terraformPlatform } from "../scripts/lib/terraform-mirror";
import { TerraformWorkspace } from "../scripts/lib/terraform-workspace";
import { sha256Hex } from "../scripts/lib/provider-archive";
import { generateServerCertificate } from "../provider/plugin/certificate";
import { REPO_ROOT } from "../scripts/lib/paths";
import { genericPostgresSourceHcl } from "./support/flow-hcl";

jest.setTimeout(300_000);
const run = promisify(execFile);
const version = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).version as string;
const address = "registry.terraform.io/cdktf-streamkap/streamkap";

let tmp: string;
let release: string;
let emulator: EmulatorProcess;
const workspaces: TerraformWorkspace[] = [];

/** The zip's entries with their Unix modes, read from the central directory. */
function zipEntries(zip: Buffer): { name: string; mode: number }[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({ name: zip.toString("utf8", at + 46, at + 46 + nameLength), mode: zip.readUInt32LE(at + 38) >>> 16 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function terraformPath(): string {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) if (existsSync(join(dir, "terraform"))) return join(dir, "terraform");
  throw new Error("terraform is not on PATH");
}

async function packageInto(outDir: string, ...args: string[]): Promise<void> {
  await run(process.execPath, [require.resolve("tsx/cli"), join(REPO_ROOT, "scripts", "package.ts"), "--out", outDir, ...args], { cwd: REPO_ROOT });
}

/** A workspace whose CLI config installs our provider only from the given mirror folder (or,
 * given a CLI config file, as that file says). */
function mirrorWorkspace(mirror: string | { cliConfigFile: string }, env: Record<string, string | undefined> = {}): TerraformWorkspace {
  const where = typeof mirror === "string" ? { cli: { mirrorDir: mirror, addresses: [address] } } : mirror;
  const ws = new TerraformWorkspace({ ...where, env, terraformBin: terraformPath() });
  workspaces.push(ws);
  ws.writeConfig(`terraform {
  required_providers {
    streamkap = { source = "cdktf-streamkap/streamkap", version = "${version}" }
  }
}
provider "streamkap" {}
${genericPostgresSourceHcl("orders", { name: "orders-from-archive", password: "archive-test-secret" })}`);
  return ws;
}

/** A PATH holding terraform and nothing else: no node. */
function pathWithoutNode(): string {
  const bin = join(tmp, "bin-without-node");
  if (!existsSync(bin)) {
    mkdirSync(bin);
    symlinkSync(terraformPath(), join(bin, "terraform"));
  }
  return bin;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "streamkap-archives-"));
  release = join(tmp, "release");
  [emulator] = await Promise.all([startEmulatorProcess(), packageInto(release)]);
});

afterAll(async () => {
  await emulator?.stop();
  for (const ws of workspaces) ws.cleanup();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("one zip per platform, each holding the provider executable with its exec bit", () => {
  const zips = readdirSync(release)
    .filter((f) => f.endsWith(".zip"))
    .sort();
  expect(zips).toEqual(
    ["darwin_amd64", "darwin_arm64", "freebsd_amd64", "linux_amd64", "linux_arm64"].map((p) => `terraform-provider-streamkap_${version}_${p}.zip`),
  );
  for (const zip of zips) {
    const entries = zipEntries(readFileSync(join(release, zip)));
    expect(entries).toEqual([{ name: `terraform-provider-streamkap_v${version}`, mode: 0o100755 }]);
  }
});

test("SHA256SUMS lists every zip and the manifest with their sha256; the manifest says protocol 6.0", () => {
  const sums = readFileSync(join(release, `terraform-provider-streamkap_${version}_SHA256SUMS`), "utf8")
    .trim()
    .split("\n");
  const listed = sums.map((line) => line.split("  ")[1]);
  const expected = readdirSync(release).filter((f) => f.endsWith(".zip") || f.endsWith("_manifest.json"));
  expect(listed.sort()).toEqual(expected.sort());
  for (const line of sums) {
    const [hex, name] = line.split("  ");
    expect(hex).toBe(sha256Hex(readFileSync(join(release, name))));
  }
  const manifest = JSON.parse(readFileSync(join(release, `terraform-provider-streamkap_${version}_manifest.json`), "utf8"));
  expect(manifest).toEqual({ version: 1, metadata: { protocol_versions: ["6.0"] } });
});

test("terraform init installs from the packed mirror, records the index's h1: hash, and the provider applies", async () => {
  const mirror = join(release, "mirror");
  const ws = mirrorWorkspace(mirror, emulatorEnv(emulator));
  const init = await ws.init();
  expect(init.stdout).toContain(`Installing cdktf-streamkap/streamkap v${version}`);

  const index = JSON.parse(readFileSync(join(mirror, address, "index.json"), "utf8"));
  expect(Object.keys(index.versions)).toEqual([version]);
  const perVersion = JSON.parse(readFileSync(join(mirror, address, `${version}.json`), "utf8"));
  const platform = terraformPlatform();
  const [h1, zh] = perVersion.archives[platform].hashes as string[];
  expect(zh).toBe(`zh:${sha256Hex(readFileSync(join(mirror, address, perVersion.archives[platform].url)))}`);
  expect(readFileSync(join(ws.dir, ".terraform.lock.hcl"), "utf8")).toContain(`"${h1}"`);

  await ws.apply();
  expect(await ws.resources()).toHaveLength(1);
  await ws.destroy();

  // The script build needs node where terraform runs: without it the provider cannot start.
  const noNode = await ws.plan([], { env: { PATH: pathWithoutNode() } });
  expect(noNode.code).toBe(1);
  expect(noNode.stderr.replace(/\s+/g, " ")).toMatch(/Failed to load plugin schemas|Failed to read any lines from plugin's stdout|plugin .*exit/i);
});

test("the mirror folder served over HTTPS works as a network mirror: terraform checks the published hashes", async () => {
  const mirror = join(release, "mirror");
  const certificate = generateServerCertificate();
  const requests: string[] = [];
  const server = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]);
    requests.push(path);
    const file = join(mirror, path);
    if (path.includes("..") || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": path.endsWith(".json") ? "application/json" : "application/zip" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const port = (server.address() as AddressInfo).port;
    const cliConfigFile = join(tmp, "network-mirror.tfrc");
    writeFileSync(
      cliConfigFile,
      `provider_installation {\n  network_mirror {\n    url     = "https://localhost:${port}/"\n    include = ["${address}"]\n  }\n  direct {\n    exclude = ["${address}"]\n  }\n}\n`,
    );
    const caFile = join(tmp, "mirror-ca.pem");
    writeFileSync(caFile, certificate.certPem);
    // Terraform (Go) trusts the mirror's self-signed certificate through SSL_CERT_FILE.
    const ws = mirrorWorkspace({ cliConfigFile }, { SSL_CERT_FILE: caFile });
    const init = await ws.init();
    expect(init.stdout).toContain(`Installing cdktf-streamkap/streamkap v${version}`);
    const base = `/${address}`;
    expect(requests).toEqual(
      expect.arrayContaining([`${base}/index.json`, `${base}/${version}.json`, `${base}/terraform-provider-streamkap_${version}_${terraformPlatform()}.zip`]),
    );
    expect((await ws.run(["validate", "-no-color"])).code).toBe(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test("the single-executable archive runs under terraform with no node on PATH", async () => {
  const seaRelease = join(tmp, "release-sea");
  await packageInto(seaRelease, "--sea");
  const zips = readdirSync(seaRelease).filter((f) => f.endsWith(".zip"));
  expect(zips).toEqual([`terraform-provider-streamkap_${version}_${terraformPlatform()}.zip`]);

  const ws = mirrorWorkspace(join(seaRelease, "mirror"), {
    PATH: pathWithoutNode(),
    ...emulatorEnv(emulator),
  });
  await ws.init();
  await ws.apply();
  const [resource] = await ws.resources();
  expect(resource.values.id).toMatch(/^[0-9a-f]{24}$/);
  await ws.destroy();
});
