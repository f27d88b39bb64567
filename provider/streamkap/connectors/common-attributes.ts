// Attributes every connector resource has besides its connector's config fields, worded for
// its kind.
import type { Attribute } from "../../framework/schema";
import type { ConnectorKind } from "./kind";

export function idAttribute(kind: ConnectorKind): Attribute {
  return {
    type: "string",
    description: `Identifier Streamkap gave the ${kind.noun} (24 hexadecimal characters).`,
    computed: true,
    useStateForUnknown: true,
  };
}

export function nameAttribute(kind: ConnectorKind): Attribute {
  return {
    type: "string",
    description: `Name of the ${kind.noun}, unique among the ${kind.noun}s of the Streamkap account.`,
    required: true,
  };
}

export function connectorStatusAttribute(kind: ConnectorKind): Attribute {
  return {
    type: "string",
    description: `State of the ${kind.noun}'s connector as Streamkap last reported it, e.g. Active, Paused, Broken.`,
    computed: true,
    // A write plans it as the desired state (see lifecycle-plan.ts); otherwise it keeps its value.
    useStateForUnknown: true,
  };
}

export function topicsAttribute(kind: ConnectorKind): Attribute {
  return {
    type: { list: "string" },
    description: `Kafka topics the ${kind.noun} writes to, one per captured table.`,
    computed: true,
    // Unknown only when a setting changes (see lifecycle-plan.ts).
    useStateForUnknown: true,
  };
}

/** The API connector id of a typed resource: fixed by the resource type. */
export function connectorAttribute(kind: ConnectorKind, connectorId: string): Attribute {
  return {
    type: "string",
    description: `Streamkap connector this ${kind.noun} uses; always "${connectorId}" for this resource type.`,
    computed: true,
    useStateForUnknown: true,
  };
}
