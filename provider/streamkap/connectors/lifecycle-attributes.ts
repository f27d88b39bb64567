// What every connector resource has besides its config: the connector's desired state (and,
// like every resource here, the `timeouts` block of common/timeouts.ts).
import type { Attribute } from "../../framework/schema";
import type { ObjectValue, Value } from "../../framework/values";
import { textOf } from "../../framework/values";
import { oneOf } from "../../framework/validators";
import type { ApiConnector, ConnectorWrite } from "../api/collections/connectors";
import type { WriteRequest } from "../common/operations";
import { tagsToSend } from "../common/tags";
import { DESIRED_STATES } from "../../../catalog";

export const desiredStateAttribute: Attribute = {
  type: "string",
  description: `Whether the connector should run: one of ${DESIRED_STATES.join(", ")}. Default: Active. Changing it pauses, resumes or stops the connector in place.`,
  optional: true,
  computed: true,
  default: "Active",
  validators: [oneOf(DESIRED_STATES)],
};

/** The body of a connector write: what every connector resource sends besides its config. */
export function connectorWrite(planned: ObjectValue, connector: string, config: Record<string, unknown>): ConnectorWrite {
  return { name: textOf(planned.name), connector, config, desired_state: desiredStateToSend(planned), tags: tagsToSend(planned) };
}

/** A connector write and what it must end in: its desired state, Active by default. */
export function connectorWriteRequest(body: ConnectorWrite, planned: ObjectValue, secrets: string[]): WriteRequest<ConnectorWrite> {
  return { body, planned, target: body.desired_state ?? "Active", secrets };
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
