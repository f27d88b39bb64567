import { lockBlock, mergeLockFile, type LockEntry } from "./provider-lock";

const entry: LockEntry = { address: "registry.terraform.io/acme/thing", version: "1.2.3", constraints: "~> 1.2", hashes: ["h1:abc=", "zh:00ff"] };
const other = 'provider "registry.terraform.io/hashicorp/random" {\n  version = "3.6.0"\n  hashes = [\n    "h1:x=",\n  ]\n}\n';

test("a block is laid out as terraform init writes it", () => {
  expect(lockBlock(entry)).toBe(
    'provider "registry.terraform.io/acme/thing" {\n  version     = "1.2.3"\n  constraints = "~> 1.2"\n  hashes = [\n    "h1:abc=",\n    "zh:00ff",\n  ]\n}\n',
  );
  expect(lockBlock({ ...entry, constraints: undefined })).toContain('  version = "1.2.3"\n  hashes');
});

test("a missing lock file becomes the header and our block", () => {
  expect(mergeLockFile(undefined, entry)).toBe(
    `# This file is maintained automatically by "terraform init".\n# Manual edits may be lost in future updates.\n\n${lockBlock(entry)}`,
  );
});

test("other providers' blocks are kept; ours is appended, replaced, or left when it is the same", () => {
  const appended = mergeLockFile(other, entry)!;
  expect(appended).toBe(`${other}\n${lockBlock(entry)}`);
  expect(mergeLockFile(appended, entry)).toBeUndefined();
  const newer = { ...entry, version: "1.3.0", hashes: ["h1:new="] };
  const ourFirst = `${lockBlock(entry)}\n${other}`;
  expect(mergeLockFile(ourFirst, newer)).toBe(`${lockBlock(newer)}\n${other}`);
  expect(mergeLockFile(appended, newer)).toBe(`${other}\n${lockBlock(newer)}`);
});
