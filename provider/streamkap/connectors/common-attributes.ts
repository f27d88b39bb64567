// Attributes every connector resource has besides its connector's config fields, worded for
// its kind, with the plan rules of the computed ones.
import { statusAfterWrite, unknownWhenChanged } from "../../framework/plan-modifiers";
import type { Attribute } from "../../framework/schema";
import { UNKNOWN } from "../../framework/values";
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
    useStateForUnknown: true,
    // A write plans it as the desired state, which the apply waits for; otherwise it keeps its value.
    planModifiers: [statusAfterWrite((planned) => (typeof planned.desired_state === "string" ? planned.desired_state : UNKNOWN))],
  };
}

/** `settings`: the attributes that decide the topics (the catalog's topic keys, or the
 * generic resource's maps); the topics are unknown only when one of them changes. */
export function topicsAttribute(kind: ConnectorKind, settings: readonly string[]): Attribute {
  return {
    type: { list: "string" },
    description: `Kafka topics the ${kind.noun} writes to, one per captured table.`,
    computed: true,
    useStateForUnknown: true,
    planModifiers: [unknownWhenChanged(settings)],
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
