// Attributes every source resource has besides its connector's config fields.
import type { Attribute } from "../framework/schema";

export const idAttribute: Attribute = {
  type: "string",
  description: "Identifier Streamkap gave the source (24 hexadecimal characters).",
  computed: true,
  useStateForUnknown: true,
};

export const nameAttribute: Attribute = {
  type: "string",
  description: "Name of the source, unique among the sources of the Streamkap account.",
  required: true,
};

export const connectorStatusAttribute: Attribute = {
  type: "string",
  description: "State of the source's connector as Streamkap last reported it, e.g. Active, Paused, Broken.",
  computed: true,
  // A write plans it as the desired state (see lifecycle-plan.ts); otherwise it keeps its value.
  useStateForUnknown: true,
};

export const topicsAttribute: Attribute = {
  type: { list: "string" },
  description: "Kafka topics the source writes to, one per captured table.",
  computed: true,
  // Unknown only when a setting changes (see lifecycle-plan.ts).
  useStateForUnknown: true,
};

/** The API connector id of a typed resource: fixed by the resource type. */
export function connectorAttribute(connectorId: string): Attribute {
  return {
    type: "string",
    description: `Streamkap connector this source uses; always "${connectorId}" for this resource type.`,
    computed: true,
    useStateForUnknown: true,
  };
}
