// TerraformWorkspace (scripts/lib/terraform-workspace.ts), on which the integration tests and
// the benchmarks run terraform: offline, with its own CLI config, failures reported.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformWorkspace } from "../scripts/lib/terraform-workspace";

describe("TerraformWorkspace", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "workspace-test-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("a workspace runs terraform offline with its own CLI config", async () => {
    const ws = new TerraformWorkspace({ cli: { mirrorDir: join(dir, "m"), addresses: [] } });
    try {
      ws.writeConfig({ output: { greeting: { value: "hi" } } });
      await ws.init();
      await ws.apply();
      const state = await ws.state();
      expect(state.values?.outputs?.greeting.value).toBe("hi");
      const failed = await ws.run(["plan", "-no-color", "-var", "nope=1"]);
      expect(failed.code).toBe(1);
    } finally {
      ws.cleanup();
    }
  });
});
