// The lock entry checked by the real terraform: init from a packed mirror with no lock records
// the same h1: we compute; each of our hashes alone is accepted and a changed one refused (so
// terraform checks both, not just one); with the entry complete, init leaves the file as it is
// and warns of nothing.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { packageInfo } from "./package-info";
import { PROVIDER_ADDRESS } from "./provider-address";
import { lockBlock, mergeLockFile, packageLockEntry } from "./provider-lock";
import { cliConfigText, installProviderArchive } from "./terraform-mirror";

jest.setTimeout(120_000);
const run = promisify(execFile);

let dir: string;
let env: NodeJS.ProcessEnv;
const entry = packageLockEntry("~> 0.1")!;

beforeAll(() => {
  if (!entry) throw new Error("build first: dist/bin/terraform-provider-streamkap.zip is missing");
  dir = mkdtempSync(join(tmpdir(), "provider-lock-"));
  const mirrorDir = join(dir, "mirror");
  installProviderArchive({ archive: packageInfo().providerArchive, mirrorDir, address: PROVIDER_ADDRESS, version: entry.version });
  writeFileSync(join(dir, "rc"), cliConfigText({ mirrorDir, addresses: [PROVIDER_ADDRESS] }));
  writeFileSync(
    join(dir, "main.tf"),
    'terraform {\n  required_providers {\n    streamkap = { source = "cdktf-streamkap/streamkap", version = "~> 0.1" }\n  }\n}\n',
  );
  env = { ...process.env, TF_CLI_CONFIG_FILE: join(dir, "rc"), CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function init(lock: string | undefined): Promise<{ ok: boolean; output: string; lock: string }> {
  rmSync(join(dir, ".terraform"), { recursive: true, force: true });
  rmSync(join(dir, ".terraform.lock.hcl"), { force: true });
  if (lock !== undefined) writeFileSync(join(dir, ".terraform.lock.hcl"), lock);
  const result = await run("terraform", ["init", "-no-color", "-input=false"], { cwd: dir, env }).then(
    (r) => ({ ok: true, output: r.stdout + r.stderr }),
    (e: { stdout: string; stderr: string }) => ({ ok: false, output: e.stdout + e.stderr }),
  );
  return { ...result, lock: readFileSync(join(dir, ".terraform.lock.hcl"), "utf8") };
}

test("terraform computes the same h1: as we do", async () => {
  const first = await init(undefined);
  expect(first.ok).toBe(true);
  const h1 = entry.hashes.find((h) => h.startsWith("h1:"));
  expect(first.lock).toContain(`"${h1}"`);
});

test("each hash alone is accepted, and a changed one refused", async () => {
  for (const hash of entry.hashes) {
    expect((await init(lockBlock({ ...entry, hashes: [hash] }))).ok).toBe(true);
    const changed = hash.slice(0, 10) + (hash[10] === "a" ? "b" : "a") + hash.slice(11);
    const refused = await init(lockBlock({ ...entry, hashes: [changed] }));
    expect(refused.ok).toBe(false);
    expect(refused.output).toMatch(/doesn't match any\s+of the checksums/);
  }
});

test("with the complete entry, init keeps the lock file as written and warns of nothing", async () => {
  const written = mergeLockFile(undefined, entry)!;
  const result = await init(written);
  expect(result.ok).toBe(true);
  expect(result.lock).toBe(written);
  expect(result.output).not.toMatch(/Warning|forced to calculate|Incomplete/);
});
