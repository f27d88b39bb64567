// End to end: the quickstart app through the real cdktf CLI and terraform, our provider and
// the emulator over HTTP — deploy, deploy again (no changes), destroy.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulatorProcess, type EmulatorProcess } from "../scripts/lib/emulator-process";
import { StreamkapApi } from "../scripts/lib/streamkap-api";
import { deployQuickstart, destroyQuickstart, type QuickstartOptions } from "../scripts/lib/quickstart";
import { writeCdktfJson } from "./support/cdktf-project";

jest.setTimeout(300_000);

let emulator: EmulatorProcess;
let projectDir: string;
let options: QuickstartOptions;
let api: StreamkapApi;
const dbPassword = "quickstart-test-password-5f1c";

beforeAll(async () => {
  emulator = await startEmulatorProcess();
  api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
  projectDir = mkdtempSync(join(tmpdir(), "streamkap-quickstart-"));
  // The same app as the repository's cdktf.json, run from a scratch project so that its state
  // and cdktf.out stay out of the working tree.
  writeCdktfJson(projectDir, { example: "examples/quickstart/main.ts" });
  options = {
    projectDir,
    workDir: join(projectDir, ".streamkap"),
    streamkap: { host: emulator.url, clientId: emulator.clientId, secret: emulator.secret },
    dbPassword,
  };
});

afterAll(async () => {
  await emulator?.stop();
  if (projectDir) rmSync(projectDir, { recursive: true, force: true });
});

test("cdktf deploy creates the source, a second deploy changes nothing, destroy removes it", async () => {
  const first = await deployQuickstart(options);
  expect(first.run.code).toBe(0);
  expect(first.outputs?.source_id).toMatch(/^[0-9a-f]{24}$/);
  expect(first.outputs?.connector_status).toBe("Active");

  const sources = await api.listSources();
  expect(sources).toHaveLength(1);
  expect(sources[0]).toMatchObject({ id: first.outputs!.source_id, name: "orders-cdc", connector: "postgresql", created_from: "terraform" });
  const withSecret = await api.getSource(first.outputs!.source_id, true);
  expect(withSecret?.config["database.password"]).toBe(dbPassword);

  const writesBefore = await emulator.stats();
  const second = await deployQuickstart(options);
  expect(second.run.code).toBe(0);
  expect(second.outputs?.source_id).toBe(first.outputs!.source_id);
  const writesAfter = await emulator.stats();
  for (const route of ["POST /sources", "PUT /sources/{id}", "DELETE /sources/{id}"]) {
    expect(writesAfter.requests[route] ?? 0).toBe(writesBefore.requests[route] ?? 0);
  }

  for (const output of [first.run.stdout + first.run.stderr, second.run.stdout + second.run.stderr]) {
    expect(output).not.toContain(dbPassword);
    expect(output).not.toContain(emulator.secret);
  }

  const destroyed = await destroyQuickstart(options);
  expect(destroyed.code).toBe(0);
  expect(await api.listSources()).toHaveLength(0);
});
