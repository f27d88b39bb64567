// The `timeouts` block every resource of this provider that waits has (sources, destinations,
// pipelines, transforms): how long each operation may take before it fails, in Terraform's
// duration syntax, checked on each of its attributes.
import { formatPath } from "../../framework/diagnostics";
import type { Attribute, Block, ValidatorRequest } from "../../framework/schema";
import { isObjectValue, type ObjectValue } from "../../framework/values";

export type Operation = "create" | "update" | "delete";
const OPERATIONS: Operation[] = ["create", "update", "delete"];
export const DEFAULT_TIMEOUT_MS = 20 * 60_000;

export const timeoutsBlock: Block = {
  nesting: "single",
  description: 'How long each operation may take before it fails, in Terraform\'s duration syntax ("30s", "20m", "1h30m"). Default: 20m each.',
  attributes: Object.fromEntries(
    OPERATIONS.map((op) => [
      op,
      { type: "string", optional: true, description: `Time allowed for ${op}. Default: 20m.`, validators: [duration] } satisfies Attribute,
    ]),
  ),
};

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Terraform's duration syntax ("90s", "20m", "1h30m", "1.5h") in milliseconds, or undefined. */
export function parseDuration(text: string): number | undefined {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text) return undefined;
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * UNIT_MS[unit], 0);
}

/** The time allowed for an operation, from the resource's `timeouts` block. */
export function operationTimeoutMs(values: ObjectValue, op: Operation): number {
  const block = values.timeouts;
  const text = isObjectValue(block) ? block[op] : null;
  return (typeof text === "string" && parseDuration(text)) || DEFAULT_TIMEOUT_MS;
}

/** When an operation started now must be over. */
export function deadlineFor(values: ObjectValue, op: Operation): number {
  return Date.now() + operationTimeoutMs(values, op);
}

/** A duration must parse; an error on the one that does not. */
function duration({ value, path, diagnostics }: ValidatorRequest): void {
  if (typeof value !== "string" || parseDuration(value)) return;
  diagnostics.error("Invalid timeout", `${formatPath(path)} must be a duration such as "30s", "20m" or "1h30m", got ${JSON.stringify(value)}.`, path);
}
