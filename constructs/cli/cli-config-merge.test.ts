import { BLOCK_BEGIN, BLOCK_END, mergeCliConfig } from "./cli-config-merge";

const block = "provider_installation {\n  direct {}\n}\n";

test("a missing or empty config becomes the managed block", () => {
  for (const existing of [undefined, "", "  \n"]) {
    const result = mergeCliConfig(existing, block);
    expect(result).toEqual({ action: "created", text: `${BLOCK_BEGIN}\n${block}${BLOCK_END}\n` });
  }
});

test("a config with other settings keeps them and gets the block appended", () => {
  const existing = 'credentials "app.terraform.io" {\n  token = "x"\n}\n';
  const result = mergeCliConfig(existing, block);
  expect(result.action).toBe("appended");
  if (result.action === "conflict") throw new Error("unexpected conflict");
  expect(result.text.startsWith(existing)).toBe(true);
  expect(result.text).toContain(block);
});

test("a second run replaces its own block and nothing else", () => {
  const first = mergeCliConfig('plugin_cache_dir = "/tmp/x"\n', block);
  if (first.action === "conflict") throw new Error("unexpected conflict");
  const changed = 'provider_installation {\n  filesystem_mirror { path = "/m" }\n}\n';
  const second = mergeCliConfig(first.text + "disable_checkpoint = true\n", changed);
  expect(second.action).toBe("replaced");
  if (second.action === "conflict") throw new Error("unexpected conflict");
  expect(second.text).toBe(`plugin_cache_dir = "/tmp/x"\n\n${BLOCK_BEGIN}\n${changed}${BLOCK_END}\ndisable_checkpoint = true\n`);
});

test("a config with its own provider_installation block or in JSON is not touched", () => {
  expect(mergeCliConfig("provider_installation {\n  direct {}\n}\n", block).action).toBe("conflict");
  expect(mergeCliConfig('{"provider_installation": []}', block).action).toBe("conflict");
});
