// The `tags` attribute that sources, destinations, pipelines, transforms and topics share: a
// set of tag ids, each checked on the attribute (a tag id, not a name) and at plan against the
// kinds its tag may be put on, sent as the API's top-level `tags` (a list: null keeps what the
// API has, [] clears).
import { isObjectId } from "../../../catalog/object-ids";
import { SYSTEM_TAGS, tagAppliesTo, type TagType } from "../../../catalog/system-tags";
import { attr } from "../../framework/diagnostics";
import type { CallContext, PlanRequest } from "../../framework/resource";
import type { Attribute, AttributeValidator } from "../../framework/schema";
import { isWhollyKnown, type ObjectValue, type Value } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { tagIdsOf } from "../api/collections/tags";

export function tagsAttribute(noun: string, defaultTags?: readonly string[]): Attribute {
  const attribute: Attribute = {
    type: { set: "string" },
    description: `Ids of the ${noun}'s tags (streamkap_tag.<name>.id). ${defaultTags ? "Defaults to the system Development tag, as in the official provider." : "When left out, the tags Streamkap has are kept."}`,
    optional: true,
    computed: true,
    validators: [tagIds],
  };
  if (defaultTags) attribute.default = [...defaultTags];
  else attribute.useStateForUnknown = true;
  return attribute;
}

/** Every known element of `tags` must be a tag id; an error on `tags` naming the one that is
 * not (a tag's name is the usual mistake), before anything is sent. */
const tagIds: AttributeValidator = ({ value, path, diagnostics }) => {
  if (!Array.isArray(value)) return;
  for (const tag of value) {
    if (typeof tag !== "string" || isObjectId(tag)) continue;
    diagnostics.error(
      "Invalid tag id",
      `tags: ${JSON.stringify(tag)} is not a tag id (24 hexadecimal characters); use streamkap_tag.<name>.id or data.streamkap_tag.<name>.id.`,
      path,
    );
  }
};

const SYSTEM_TAG_IDS: readonly string[] = Object.values(SYSTEM_TAGS).map((t) => t.id);

/** At plan: an error on `tags` for each known tag whose type does not include `kind`, naming
 * the tag and the fix, as Streamkap would otherwise take it without a word. The types come
 * from the tags this process has refreshed, created or planned (a tag of the same
 * configuration: no request), else from one search; system tags go on every kind. A tag id
 * still unknown (a tag created in this apply) is checked when Terraform plans again before
 * the write. */
export async function checkTagKinds(kind: TagType, { planned }: PlanRequest, ctx: CallContext<Pick<StreamkapApi, "tags">>): Promise<void> {
  const tags = planned.tags ?? null;
  if (!Array.isArray(tags)) return;
  const ids = tags.filter((t): t is string => typeof t === "string" && isObjectId(t) && !SYSTEM_TAG_IDS.includes(t));
  if (ids.length === 0) return;
  const kinds = await ctx.client.tags.kindsOf(ids, { signal: ctx.signal });
  for (const id of ids) {
    const tag = kinds.get(id);
    if (!tag || tagAppliesTo(tag.type, kind)) continue;
    const named = tag.name === undefined ? `the tag ${id}` : `the tag ${JSON.stringify(tag.name)} (${id})`;
    ctx.diagnostics.error(
      "Tag not for this kind",
      `tags: ${named} has type [${tag.type.join(", ")}], which does not include "${kind}". Add "${kind}" to that tag's type, or take the tag out of tags.`,
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
