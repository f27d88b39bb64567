// Planned values of the computed attributes a connector write changes, so that an update plan
// shows only what changes: the connector status becomes the desired state (the apply waits
// for exactly that), and the topics are left to be learned only when a setting changed.
import { isConfigurable } from "../../framework/plan";
import type { Schema } from "../../framework/schema";
import { UNKNOWN, valuesEqual, type ObjectValue } from "../../framework/values";

/**
 * `settingNames`: the attributes that configure the connector (its fields, or the generic
 * resource's maps); a change to one may change the topics. A schema without `topics` (a kind
 * that writes none) gets none.
 */
export function planStatusAndTopics(schema: Schema, prior: ObjectValue | null, planned: ObjectValue, settingNames: readonly string[]): ObjectValue {
  const differs = (name: string) => prior === null || !valuesEqual(planned[name] ?? null, prior[name] ?? null, schema.attributes[name]?.type);
  const anyWrite = Object.entries(schema.attributes).some(([name, attribute]) => isConfigurable(attribute) && differs(name));
  const out = { ...planned };
  if (anyWrite) out.connector_status = typeof planned.desired_state === "string" ? planned.desired_state : UNKNOWN;
  else if (prior) out.connector_status = prior.connector_status ?? null;
  if ("topics" in schema.attributes) out.topics = prior && !settingNames.some(differs) ? prior.topics ?? null : UNKNOWN;
  return out;
}
