// streamkap_tag: a custom tag, as the official provider shapes it (id; name; description;
// type, a set of tag types; system and custom as Streamkap reports them). Like sources and
// destinations, a name already in use is refused with the existing tag's id and the import
// command — never taken over, which the official provider does — whether the lookup before
// the POST finds it or the API's "identical properties" refusal reveals it after.
import { attr, DiagnosticsError, formatPath, type AttributePath, type Diagnostics } from "../../framework/diagnostics";
import type { CallContext, Resource } from "../../framework/resource";
import type { ObjectValue, Value } from "../../framework/values";
import { isWhollyKnown, textOf } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { createResourceOnce, NameTakenError } from "../common/create-once";
import { isIdenticalTagRefusal, TAG_TYPES, type ApiTag, type TagApi, type TagWrite } from "../api/collections/tags";
import { describedCall, requireId } from "../common/calls";

export const TAG_RESOURCE_TYPE = "streamkap_tag";

type TagClient = Pick<StreamkapApi, "tags">;

export function tagResource(): Resource<TagClient> {
  return {
    typeName: TAG_RESOURCE_TYPE,
    schema: {
      version: 0,
      description: "A custom Streamkap tag, to mark sources, destinations, pipelines, topics and transforms (e.g. by team or environment).",
      attributes: {
        id: { type: "string", description: "Identifier Streamkap gave the tag (24 hexadecimal characters).", computed: true, useStateForUnknown: true },
        name: { type: "string", description: "Name of the tag; Terraform refuses a name another tag already has.", required: true },
        description: {
          type: "string",
          description: 'What the tag is for. Streamkap keeps no empty description: "" and leaving it out both mean none.',
          optional: true,
        },
        type: {
          type: { set: "string" },
          description: `What the tag may be put on, one or more of: ${TAG_TYPES.join(", ")} (environment and general are for Streamkap's system tags).`,
          required: true,
        },
        system: { type: "bool", description: "Whether this is one of Streamkap's system tags.", computed: true, useStateForUnknown: true },
        custom: { type: "bool", description: "Whether the tag was made by a user, as Streamkap reports it.", computed: true, useStateForUnknown: true },
      },
    },

    validate(config, diagnostics) {
      checkTagTypes(config.type ?? null, attr("type"), diagnostics, { atLeastOne: true });
    },

    // What the tag will be put on, for the resources tagged with it (common/tags.ts) planned next.
    async checkPlan({ planned }, ctx) {
      if (typeof planned.id === "string" && Array.isArray(planned.type) && isWhollyKnown(planned.type)) {
        ctx.client.tags.rememberPlanned(planned.id, { name: typeof planned.name === "string" ? planned.name : undefined, type: planned.type.map(String) });
      }
      return Promise.resolve();
    },

    async create({ planned }, ctx) {
      const body = tagBody(planned);
      return tagState(await describedCall(`Could not create tag "${body.name}"`, () => createTag(ctx, body)), planned);
    },

    async read({ state }, ctx) {
      const found = await describedCall("Could not read tag", () => ctx.client.tags.get(requireId(state), { signal: ctx.signal }));
      return found ? tagState(found, state) : null;
    },

    async update({ prior, planned }, ctx) {
      const body = tagBody(planned);
      const updated = await describedCall(`Could not update tag "${body.name}"`, async () => {
        try {
          return await ctx.client.tags.update(requireId(prior), body, { signal: ctx.signal });
        } catch (err) {
          if (!isIdenticalTagRefusal(err)) throw err;
          throw DiagnosticsError.single(
            "Tag already exists",
            `Another tag already has the name "${body.name}" and the same types; Streamkap refuses a second one. Choose another name.`,
            attr("name"),
          );
        }
      });
      return tagState(updated, planned);
    },

    async delete({ state }, ctx) {
      await describedCall("Could not delete tag", () => ctx.client.tags.delete(requireId(state), { signal: ctx.signal }));
    },

    importState(id) {
      return { id };
    },
  };
}

/** Creates the tag through the shared create rules; a name taken is an error on `name`. */
async function createTag(ctx: CallContext<TagClient>, body: TagWrite): Promise<ApiTag> {
  const api: TagApi = ctx.client.tags;
  try {
    // The API says 400 "identical properties" where other collections say 409 or 422.
    return await createResourceOnce(api, body, { resourceType: TAG_RESOURCE_TYPE, signal: ctx.signal, isRefusal: isIdenticalTagRefusal });
  } catch (err) {
    if (err instanceof NameTakenError) throw DiagnosticsError.single("Tag name already in use", err.message, attr("name"));
    throw err;
  }
}

function tagBody(planned: ObjectValue): TagWrite {
  return {
    name: textOf(planned.name),
    description: typeof planned.description === "string" && planned.description !== "" ? planned.description : null,
    type: Array.isArray(planned.type) ? planned.type.filter((t): t is string => typeof t === "string") : [],
  };
}

/** A tag's attributes as the resource and the data sources show them. */
export function tagState(tag: ApiTag, prior?: ObjectValue | null): ObjectValue {
  const empty = typeof tag.description !== "string" || tag.description === "";
  return {
    id: tag.id,
    name: typeof tag.name === "string" ? tag.name : null,
    // The API echoes an unset description as "" or null; the configuration's own spelling of
    // "none" ("" or leaving it out) is kept, so either plans clean.
    description: !empty ? (tag.description as string) : prior?.description === "" ? "" : null,
    type: Array.isArray(tag.type) ? tag.type.map(String) : [],
    system: typeof tag.system === "boolean" ? tag.system : null,
    custom: typeof tag.custom === "boolean" ? tag.custom : null,
  };
}

/** An error on each element of a set of tag types that is not a tag type, at its own path. */
export function checkTagTypes(value: Value, path: AttributePath, diagnostics: Diagnostics, opts: { atLeastOne?: boolean } = {}): void {
  if (!Array.isArray(value)) return;
  if (opts.atLeastOne && value.length === 0) {
    diagnostics.error("No tag type", `"${formatPath(path)}" needs at least one of: ${TAG_TYPES.join(", ")}.`, path);
  }
  value.forEach((type, index) => {
    if (typeof type !== "string" || (TAG_TYPES as readonly string[]).includes(type)) return;
    const at = [...path, { index }];
    diagnostics.error("Invalid tag type", `"${type}" in ${formatPath(path)} is not a tag type; use one of: ${TAG_TYPES.join(", ")}.`, at);
  });
}
