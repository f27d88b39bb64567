// With read_secrets off, Streamkap is not asked for secret values, so an imported state holds
// none. Say so at import time, so that the plan asking for them (an in-place update) is no
// surprise.
import type { Diagnostics } from "../../framework/diagnostics";
import type { ObjectValue } from "../../framework/values";

/** Whether `state` is the bare state importState made (only an id, before the first read). */
export function isFreshImport(state: ObjectValue): boolean {
  return state.connector === null || state.connector === undefined;
}

export function warnSecretsNotImported(secretNames: string[], diagnostics: Diagnostics): void {
  if (secretNames.length === 0) return;
  diagnostics.warning(
    "Secrets were not imported",
    `The provider does not read secret values back (read_secrets = false), so ${secretNames.join(", ")} ${secretNames.length === 1 ? "is" : "are"} null in the imported state. ` +
      "Set them in the configuration; the next plan will show an in-place update that sends them.",
  );
}
