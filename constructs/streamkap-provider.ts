// StreamkapProvider: the generated provider class, plus one thing at synth — the stack's
// .terraform.lock.hcl gets this package's provider entry (constructs/cli/provider-lock.ts). cdktf
// runs `terraform providers lock` against the public registry on a stack's first deploy when the
// lock lacks the provider, which fails offline; with the entry there, the first `cdktf deploy`
// needs no flag and `terraform init` no registry.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { TerraformStack, type ISynthesisSession } from "cdktf";
// cdktf's own hook for constructs that write files at synth (TerraformAsset uses it); it is not
// re-exported from the package index.
import { addCustomSynthesis } from "cdktf/lib/synthesize/synthesizer";
import type { Construct } from "constructs";
import { mergeLockFile, packageLockEntry } from "./cli/provider-lock";
import { StreamkapProvider as GeneratedStreamkapProvider, type StreamkapProviderConfig } from "./generated/providers/streamkap/provider";

export const LOCK_FILE_NAME = ".terraform.lock.hcl";

export class StreamkapProvider extends GeneratedStreamkapProvider {
  constructor(scope: Construct, id: string, config: StreamkapProviderConfig = {}) {
    super(scope, id, config);
    const stack = TerraformStack.of(this);
    const constraints = this.terraformGeneratorMetadata?.providerVersionConstraint;
    addCustomSynthesis(this, {
      onSynthesize: (session: ISynthesisSession) => {
        const entry = packageLockEntry(constraints);
        if (!entry) return; // a source tree that was never built: nothing to hash
        const dir = join(session.outdir, session.manifest.forStack(stack).workingDirectory);
        writeLockEntry(join(dir, LOCK_FILE_NAME), entry);
      },
    });
  }
}

function writeLockEntry(file: string, entry: NonNullable<ReturnType<typeof packageLockEntry>>): void {
  const merged = mergeLockFile(existsSync(file) ? readFileSync(file, "utf8") : undefined, entry);
  if (merged === undefined) return;
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, merged);
}
