// The tag data sources, as the official provider shapes them: streamkap_tag reads one tag by
// id; streamkap_tags lists the tags matching optional filters (name, types, ids), system tags
// such as Development included.
import { attr, DiagnosticsError } from "../../framework/diagnostics";
import type { DataSource } from "../../framework/resource";
import type { AttributeType } from "../../framework/schema";
import type { Value } from "../../framework/values";
import { textOf } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { TAG_TYPES } from "../api/collections/tags";
import { describedCall } from "../common/calls";
import { checkTagTypes, tagState } from "./tag-resource";

type TagClient = Pick<StreamkapApi, "tags">;

const TAG_OBJECT: AttributeType = {
  object: { id: "string", name: "string", description: "string", type: { set: "string" }, system: "bool", custom: "bool" },
};

export function tagDataSource(): DataSource<TagClient> {
  return {
    typeName: "streamkap_tag",
    schema: {
      version: 0,
      description: "Reads an existing Streamkap tag, system tags (e.g. Development) included, by its id.",
      attributes: {
        id: { type: "string", description: "Identifier of the tag to read.", required: true },
        name: { type: "string", description: "Name of the tag.", computed: true },
        description: { type: "string", description: "What the tag is for; null when it has no description.", computed: true },
        type: { type: { set: "string" }, description: "What the tag may be put on.", computed: true },
        system: { type: "bool", description: "Whether this is one of Streamkap's system tags.", computed: true },
        custom: { type: "bool", description: "Whether the tag was made by a user.", computed: true },
      },
    },

    async read({ config }, ctx) {
      const id = textOf(config.id);
      const found = await describedCall("Could not read tag", () => ctx.client.tags.get(id, { signal: ctx.signal }));
      if (!found) throw DiagnosticsError.single("Tag not found", `Streamkap has no tag with id "${id}".`, attr("id"));
      return tagState(found);
    },
  };
}

export function tagsDataSource(): DataSource<TagClient> {
  return {
    typeName: "streamkap_tags",
    schema: {
      version: 0,
      description: "Lists the Streamkap tags matching all the filters given (every tag when none is).",
      attributes: {
        filter_name: { type: "string", description: "Only tags with this name (the API's tag_name filter).", optional: true },
        filter_type: {
          type: { set: "string" },
          description: `Only tags with at least one of these types: ${TAG_TYPES.join(", ")}.`,
          optional: true,
        },
        filter_ids: { type: { set: "string" }, description: "Only the tags with these ids.", optional: true },
        tags: { type: { list: TAG_OBJECT }, description: "The tags found: id, name, description, type, system and custom of each.", computed: true },
      },
    },

    validate(config, diagnostics) {
      checkTagTypes(config.filter_type ?? null, attr("filter_type"), diagnostics);
    },

    async read({ config }, ctx) {
      const filter = {
        name: typeof config.filter_name === "string" ? config.filter_name : undefined,
        types: strings(config.filter_type),
        ids: strings(config.filter_ids),
      };
      const found = await describedCall("Could not list tags", () => ctx.client.tags.search(filter, { signal: ctx.signal }));
      return { tags: found.map((tag) => tagState(tag)) };
    },
  };
}

function strings(value: Value | undefined): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined;
}
