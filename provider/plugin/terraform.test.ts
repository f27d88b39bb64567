// The plugin and protocol layers driven by the real terraform binary: the echo test provider,
// bundled into one executable and installed from a filesystem mirror, through init, apply,
// an empty plan, a replacing change and destroy; and echo_nested, the framework's nested
// attributes (single, list, set) in `providers schema -json`, apply, a clean plan and replace.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workspaceWithProvider, type TerraformWorkspace } from "../../scripts/lib/terraform-workspace";
import { bundleEchoProvider } from "./testdata/bundle";

const ADDRESS = "registry.terraform.io/test/echo";

const PROVIDER = `
terraform {
  required_providers {
    echo = { source = "${ADDRESS}", version = "0.0.1" }
  }
}
provider "echo" {}
`;

const config = (message: string, label?: string) => `${PROVIDER}resource "echo_thing" "a" {
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
    ws = workspaceWithProvider({ binary, address: ADDRESS, version: "0.0.1", env: { ECHO_NESTED: "1" } });
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

  const nestedConfig = (sourceId: string, tags: string) => `${PROVIDER}resource "echo_nested" "n" {
  source     = { id = ${JSON.stringify(sourceId)} }
  transforms = [{ id = "t1", topics = ["y", "x"] }, { id = "t2" }]
  rules      = [{ regex = "^b" }, { regex = "^a", label = "mine" }]
  tags       = ${tags}
}
resource "echo_nested" "defaults" {
  source = { id = "s0", topics = ["only"] }
}
`;

  test("nested attributes: nested_type in the schema, apply, a clean plan, an inner replace", async () => {
    ws.writeConfig(nestedConfig("s1", '["z", "c"]'));
    await ws.init();
    const schema = JSON.parse((await ws.run(["providers", "schema", "-json"], { check: true })).stdout);
    const attributes = schema.provider_schemas[ADDRESS].resource_schemas.echo_nested.block.attributes;
    expect(attributes.source.type).toBeUndefined();
    expect(attributes.source.nested_type).toMatchObject({ nesting_mode: "single", attributes: { id: { type: "string", required: true } } });
    expect(attributes.transforms.nested_type).toMatchObject({
      nesting_mode: "list",
      attributes: { topics: { type: ["set", "string"], optional: true, computed: true } },
    });
    expect(attributes.transforms).toMatchObject({ optional: true, computed: true });
    expect(attributes.rules.nested_type.nesting_mode).toBe("set");

    await ws.apply();
    const byAddress = Object.fromEntries((await ws.resources()).map((r) => [r.address, r.values]));
    expect(byAddress["echo_nested.n"]).toMatchObject({
      source: { id: "s1", topics: [], kind: "echoed" },
      transforms: [
        { id: "t1", topics: ["x", "y"], status: "running-0" },
        { id: "t2", topics: [], status: "running-1" },
      ],
      tags: ["c", "z"],
    });
    expect(byAddress["echo_nested.n"].rules).toEqual(
      expect.arrayContaining([
        { regex: "^a", label: "mine" },
        { regex: "^b", label: "auto" },
      ]),
    );
    expect(byAddress["echo_nested.defaults"]).toMatchObject({ transforms: [], rules: null, tags: ["a", "b"], source: { topics: ["only"] } });

    // The same sets in another order are no change.
    ws.writeConfig(nestedConfig("s1", '["c", "z"]'));
    const clean = await ws.plan();
    expect(clean.stderr).toBe("");
    expect(clean.code).toBe(0);

    ws.writeConfig(nestedConfig("s2", '["c", "z"]'));
    const replacing = await ws.plan();
    expect(replacing.code).toBe(2);
    expect(replacing.stdout).toMatch(/echo_nested\.n must be replaced/);
    expect(replacing.stdout).toMatch(/~ id\s+= "s1" -> "s2" # forces replacement/);
    await ws.destroy();
  });
});
