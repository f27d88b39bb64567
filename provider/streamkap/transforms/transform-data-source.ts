// streamkap_transform: reads a transform (made in Streamkap's app) by id, so that pipelines
// can name it and its topics: name, type, status, topics and their ids (also paired, as the
// official provider's topic_map), start time and tags.
import { textOf } from "../../framework/values";
import { attr, DiagnosticsError } from "../../framework/diagnostics";
import type { DataSource } from "../../framework/resource";
import type { AttributeType } from "../../framework/schema";
import type { StreamkapApi } from "../api/client";
import { tagIdsOf } from "../api/collections/tags";
import { describedCall } from "../common/calls";

type TransformClient = Pick<StreamkapApi, "transforms">;

export function transformDataSource(): DataSource<TransformClient> {
  const computed = (type: AttributeType, description: string) => ({ type, description, computed: true });
  return {
    typeName: "streamkap_transform",
    schema: {
      version: 0,
      description: "Reads an existing Streamkap transform by its id.",
      attributes: {
        id: { type: "string", description: "Identifier of the transform to read.", required: true },
        name: computed("string", "Name of the transform."),
        transform_type: computed("string", "Kind of transform, e.g. map_filter, sql_join."),
        status: computed("string", "State of the transform's job as Streamkap reports it, e.g. RUNNING."),
        topics: computed({ list: "string" }, "Topics the transform reads, by name."),
        topic_ids: computed({ list: "string" }, "Ids of the topics the transform reads, in the order of topics."),
        topic_map: computed(
          { list: { object: { id: "string", name: "string" } } },
          "The transform's topics as the official provider shows them: each topic's id with its name (null when the API gives no name for it).",
        ),
        start_time: computed("string", "When the transform's job started; null before it has."),
        tags: computed({ set: "string" }, "Ids of the tags on the transform."),
      },
    },

    async read({ config }, ctx) {
      const id = textOf(config.id);
      const found = await describedCall("Could not read transform", () => ctx.client.transforms.get(id, { signal: ctx.signal }));
      if (!found) throw DiagnosticsError.single("Transform not found", `Streamkap has no transform with id "${id}".`, attr("id"));
      return {
        id: found.id,
        name: stringOrNull(found.name),
        transform_type: stringOrNull(found.transform_type),
        status: stringOrNull(found.status),
        topics: strings(found.topics),
        topic_ids: strings(found.topic_ids),
        topic_map: topicMap(found.topic_ids, found.topics),
        start_time: stringOrNull(found.start_time),
        tags: tagIdsOf(found.tags) ?? null,
      };
    },
  };
}

/** Each topic id paired with the topic name at the same place. */
function topicMap(ids: unknown, names: unknown): { id: string; name: string | null }[] | null {
  const idList = strings(ids);
  if (!idList) return null;
  const nameList = strings(names) ?? [];
  return idList.map((id, i) => ({ id, name: nameList[i] ?? null }));
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : null;
}
