// Putting our provider_installation block into a Terraform CLI config without clobbering the
// user's own settings. The block sits between marker comments so that a second run replaces it
// in place. A config that already has its own provider_installation block is left alone:
// Terraform allows only one, and merging installation methods by hand is the user's call.
export const BLOCK_BEGIN = "# >>> cdktf-streamkap install-provider: managed block, rewritten on every run >>>";
export const BLOCK_END = "# <<< cdktf-streamkap install-provider <<<";

export type MergeResult = { action: "created" | "appended" | "replaced"; text: string } | { action: "conflict"; reason: string };

/** The block between its markers: a config of its own, or the part a merge puts in. */
export function managedBlock(block: string): string {
  return `${BLOCK_BEGIN}\n${block.trimEnd()}\n${BLOCK_END}\n`;
}

export function mergeCliConfig(existing: string | undefined, block: string): MergeResult {
  const managed = managedBlock(block);
  if (existing === undefined || existing.trim() === "") return { action: "created", text: managed };

  const begin = existing.indexOf(BLOCK_BEGIN);
  const end = existing.indexOf(BLOCK_END);
  if (begin >= 0 && end > begin) {
    const after = existing.slice(end + BLOCK_END.length).replace(/^\r?\n/, "");
    return { action: "replaced", text: existing.slice(0, begin) + managed + after };
  }
  if (/^\s*provider_installation\s*\{/m.test(existing)) {
    return { action: "conflict", reason: "it already has a provider_installation block of its own" };
  }
  if (/^\s*\{/.test(existing)) {
    return { action: "conflict", reason: "it is in JSON syntax" };
  }
  const separator = existing.endsWith("\n") ? "\n" : "\n\n";
  return { action: "appended", text: existing + separator + managed };
}
