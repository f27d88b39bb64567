import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliConfigText, installProvider, installWithCliConfig, parseProviderAddress, terraformPlatform, writeCliConfig } from "./terraform-mirror";

describe("terraform mirror helpers", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "mirror-test-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("platform names follow Terraform's", () => {
    expect(terraformPlatform("linux", "x64")).toBe("linux_amd64");
    expect(terraformPlatform("darwin", "arm64")).toBe("darwin_arm64");
  });

  test("addresses must have three parts", () => {
    expect(parseProviderAddress("registry.terraform.io/acme/thing")).toEqual({ hostname: "registry.terraform.io", namespace: "acme", type: "thing" });
    expect(() => parseProviderAddress("acme/thing")).toThrow(/hostname/);
  });

  test("installProvider copies an executable into the unpacked mirror layout", () => {
    const binary = join(dir, "bin");
    writeFileSync(binary, "#!/bin/sh\n");
    const installed = installProvider({
      binary,
      mirrorDir: join(dir, "m"),
      address: "registry.terraform.io/acme/thing",
      version: "1.2.3",
      platform: "linux_amd64",
    });
    expect(installed).toBe(join(dir, "m", "registry.terraform.io", "acme", "thing", "1.2.3", "linux_amd64", "terraform-provider-thing_v1.2.3"));
    expect(statSync(installed).mode & 0o111).toBe(0o111);
  });

  test("the CLI config installs the given providers from the mirror and nothing else", () => {
    const text = cliConfigText({ mirrorDir: "/m", addresses: ["registry.terraform.io/acme/thing"] });
    expect(text).toContain('path    = "/m"');
    expect(text).toContain('include = ["registry.terraform.io/acme/thing"]');
    expect(text).toContain('exclude = ["registry.terraform.io/acme/thing"]');
    writeCliConfig(join(dir, "sub", "rc"), { mirrorDir: "/m", addresses: [] });
    expect(readFileSync(join(dir, "sub", "rc"), "utf8")).toContain("filesystem_mirror");
  });

  test("installWithCliConfig installs one provider and a CLI config that takes it from the mirror", () => {
    const binary = join(dir, "bin");
    writeFileSync(binary, "#!/bin/sh\n");
    const cliConfig = join(dir, "rc");
    installWithCliConfig({
      binary,
      mirrorDir: join(dir, "m"),
      address: "registry.terraform.io/acme/thing",
      version: "1.2.3",
      platform: "linux_amd64",
      cliConfig,
    });
    expect(statSync(join(dir, "m", "registry.terraform.io", "acme", "thing", "1.2.3", "linux_amd64", "terraform-provider-thing_v1.2.3")).isFile()).toBe(true);
    expect(readFileSync(cliConfig, "utf8")).toBe(cliConfigText({ mirrorDir: join(dir, "m"), addresses: ["registry.terraform.io/acme/thing"] }));
  });
});
