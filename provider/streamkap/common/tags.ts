// The `tags` attribute that sources, destinations and pipelines share: a set of tag ids,
// sent as the API's top-level `tags` (a list: null keeps what the API has, [] clears).
import { isObjectId } from "../../../catalog/object-ids";
import { attr, type Diagnostics } from "../../framework/diagnostics";
import type { Attribute } from "../../framework/schema";
import { isWhollyKnown, type ObjectValue, type Value } from "../../framework/values";
import { tagIdsOf } from "../api/collections/tags";

export function tagsAttribute(noun: string, defaultTags?: readonly string[]): Attribute {
  const attribute: Attribute = {
    type: { set: "string" },
    description: `Ids of the ${noun}'s tags (streamkap_tag.<name>.id). ${defaultTags ? "Defaults to the system Development tag, as in the official provider." : "When left out, the tags Streamkap has are kept."}`,
    optional: true,
    computed: true,
  };
  if (defaultTags) attribute.default = [...defaultTags];
  else attribute.useStateForUnknown = true;
  return attribute;
}

/** Every known element of `tags` must be a tag id; an error on `tags` naming the one that is
 * not (a tag's name is the usual mistake), before anything is sent. */
export function validateTagIds(config: ObjectValue, diagnostics: Diagnostics): void {
  const tags = config.tags ?? null;
  if (!Array.isArray(tags)) return;
  for (const tag of tags) {
    if (typeof tag !== "string" || isObjectId(tag)) continue;
    diagnostics.error(
      "Invalid tag id",
      `tags: ${JSON.stringify(tag)} is not a tag id (24 hexadecimal characters); use streamkap_tag.<name>.id or data.streamkap_tag.<name>.id.`,
      attr("tags"),
    );
  }
}

/** The tags to send: the planned set when known, else null (keep what the API has). */
export function tagsToSend(planned: ObjectValue): string[] | null {
  const tags = planned.tags ?? null;
  if (!Array.isArray(tags) || !isWhollyKnown(tags)) return null;
  return tags.filter((t): t is string => typeof t === "string");
}

/** The tags an API object carries (ids, or tag objects with an id); none when it leaves the
 * key out. */
export function tagsFromApi(found: { [key: string]: unknown }): Value {
  return tagIdsOf(found.tags) ?? [];
}
