// What every connector resource has besides its config: the connector's desired state and the
// `timeouts` block that bounds how long each operation may take.
import { attr, type Diagnostics } from "../../framework/diagnostics";
import type { Attribute, Block } from "../../framework/schema";
import { isObjectValue, type ObjectValue, type Value } from "../../framework/values";
import type { ApiConnector } from "../api/api-types";
import { DESIRED_STATES } from "../../../catalog";

export const desiredStateAttribute: Attribute = {
  type: "string",
  description: `Whether the connector should run: one of ${DESIRED_STATES.join(", ")}. Default: Active. Changing it pauses, resumes or stops the connector in place.`,
  optional: true,
  computed: true,
  default: "Active",
};

export type Operation = "create" | "update" | "delete";
const OPERATIONS: Operation[] = ["create", "update", "delete"];
export const DEFAULT_TIMEOUT_MS = 20 * 60_000;

export const timeoutsBlock: Block = {
  nesting: "single",
  description: "How long each operation may take before it fails, in Terraform's duration syntax (\"30s\", \"20m\", \"1h30m\"). Default: 20m each.",
  attributes: Object.fromEntries(
    OPERATIONS.map((op) => [op, { type: "string", optional: true, description: `Time allowed for ${op}. Default: 20m.` } satisfies Attribute]),
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

export function validateLifecycle(config: ObjectValue, diagnostics: Diagnostics): void {
  const desired = config.desired_state;
  if (typeof desired === "string" && !(DESIRED_STATES as readonly string[]).includes(desired)) {
    diagnostics.error(
      "Invalid desired_state",
      `desired_state must be one of ${DESIRED_STATES.map((s) => `"${s}"`).join(", ")}, got ${JSON.stringify(desired)}.`,
      attr("desired_state"),
    );
  }
  const block = config.timeouts;
  if (!isObjectValue(block)) return;
  for (const op of OPERATIONS) {
    const text = block[op];
    if (typeof text === "string" && !parseDuration(text)) {
      diagnostics.error(
        "Invalid timeout",
        `timeouts.${op} must be a duration such as "30s", "20m" or "1h30m", got ${JSON.stringify(text)}.`,
        attr("timeouts", { attribute: op }),
      );
    }
  }
}

/** The desired state to send: the planned one when known. */
export function desiredStateToSend(planned: ObjectValue): string | undefined {
  return typeof planned.desired_state === "string" ? planned.desired_state : undefined;
}

/** The desired state after a read: the API's, while it is settled; a transitional value
 * ("Pending Update") keeps what state had. */
export function desiredStateFromApi(found: ApiConnector, prior: Value | undefined): Value {
  const reported = found.desired_state;
  if (typeof reported === "string" && (DESIRED_STATES as readonly string[]).includes(reported)) return reported;
  return typeof prior === "string" ? prior : "Active";
}
