// The plugin and protocol layers driven by the real terraform binary: the echo test provider,
// bundled into one executable and installed from a filesystem mirror, through init, apply,
// an empty plan, a replacing change and destroy.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workspaceWithProvider, type TerraformWorkspace } from "../../scripts/lib/terraform-workspace";
import { bundleEchoProvider } from "./testdata/bundle";

const ADDRESS = "registry.terraform.io/test/echo";

const config = (message: string, label?: string) => `
terraform {
  required_providers {
    echo = { source = "${ADDRESS}", version = "0.0.1" }
  }
}
provider "echo" {}
resource "echo_thing" "a" {
  message = ${JSON.stringify(message)}
${label === undefined ? "" : `  label = ${JSON.stringify(label)}`}
}
resource "echo_thing" "b" {
  message = "b-\${echo_thing.a.id}"
}
output "a_id" { value = echo_thing.a.id }
`;

describe("echo provider under real terraform", () => {
  let buildDir: string;
  let ws: TerraformWorkspace;

  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), "echo-build-"));
    const binary = await bundleEchoProvider(join(buildDir, "terraform-provider-echo"));
    ws = workspaceWithProvider({ binary, address: ADDRESS, version: "0.0.1" });
  });

  afterAll(() => {
    ws?.cleanup();
    rmSync(buildDir, { recursive: true, force: true });
  });

  test("init, apply, plan without changes, replace, destroy", async () => {
    ws.writeConfig(config("hello"));
    await ws.init();

    await ws.apply();
    let resources = await ws.resources();
    const a = resources.find((r) => r.address === "echo_thing.a")!;
    const b = resources.find((r) => r.address === "echo_thing.b")!;
    expect(a.values).toEqual({ id: expect.stringMatching(/^echo-/), message: "hello", label: "echo-default" });
    // "b-${id}" reaches the provider as a refined unknown during planning.
    expect(b.values.message).toBe(`b-${a.values.id}`);

    const noChanges = await ws.plan();
    expect(noChanges.stderr).toBe("");
    expect(noChanges.code).toBe(0);

    ws.writeConfig(config("hello again", "custom"));
    const changed = await ws.plan();
    expect(changed.code).toBe(2);
    expect(changed.stdout).toContain("must be replaced");
    await ws.apply();
    resources = await ws.resources();
    const a2 = resources.find((r) => r.address === "echo_thing.a")!;
    expect(a2.values).toEqual({ id: expect.stringMatching(/^echo-/), message: "hello again", label: "custom" });
    expect(a2.values.id).not.toBe(a.values.id);

    await ws.destroy();
    expect(await ws.resources()).toEqual([]);
  });

  test("a validation error points at its attribute", async () => {
    ws.writeConfig(config(""));
    const result = await ws.run(["validate", "-no-color"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("message must not be empty");
    expect(result.stderr).toContain('message = ""');
  });
});
