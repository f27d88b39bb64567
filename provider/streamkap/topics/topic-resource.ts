// streamkap_topic: the partition count and tags of a Kafka topic that a source or transform
// writes, as the official provider shapes it (topic_id, no id; import by topic id). Topics
// are never created or deleted here: create and update both set the topic through
// PUT /topics/{id}, and destroy only forgets it. Kafka can add partitions but never remove
// them, so a smaller count is refused at plan time when the current one is known, and before
// any write otherwise.
import { attr, Diagnostics, DiagnosticsError } from "../../framework/diagnostics";
import type { CallContext, Resource } from "../../framework/resource";
import { isUnknown, type ObjectValue, type Value, textOf } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { tagIdsOf } from "../api/collections/tags";
import { isUnknownTopic, partitionCount, type ApiTopic } from "../api/collections/topics";
import { describedCall } from "../common/calls";
import { tagsAttribute } from "../common/tags";

type TopicClient = Pick<StreamkapApi, "topics">;

export function topicResource(): Resource<TopicClient> {
  return {
    typeName: "streamkap_topic",
    schema: {
      version: 0,
      description:
        "Settings of an existing Kafka topic written by a Streamkap source or transform: its partition count and tags. " +
        "Streamkap makes the topic; destroying this resource only removes it from Terraform state and leaves the topic as it is.",
      attributes: {
        topic_id: {
          type: "string",
          description: "Id of the topic, e.g. source_<source id>.<schema>.<table> for a CDC topic.",
          required: true,
        },
        partition_count: {
          type: "number",
          description: "Number of partitions of the topic. It can only grow: Kafka cannot remove partitions.",
          required: true,
        },
        tags: tagsAttribute("topic"),
      },
    },

    validate(config, diagnostics) {
      const count = config.partition_count ?? null;
      if (count === null || isUnknown(count)) return;
      const n = Number(count);
      if (!Number.isInteger(n) || n < 1) {
        diagnostics.error("Invalid partition count", `partition_count must be a whole number of at least 1, not ${textOf(count)}.`, attr("partition_count"));
      }
    },

    modifyPlan({ prior, planned }, diagnostics) {
      if (prior && prior.topic_id === planned.topic_id) refuseShrink(numberOrUndefined(prior.partition_count), planned.partition_count, diagnostics);
    },

    async create({ planned, config }, ctx) {
      return setTopic(ctx, planned, config);
    },

    async read({ state }, ctx) {
      const topicId = textOf(state.topic_id);
      const found = await describedCall(`Could not read topic "${topicId}"`, () => ctx.client.topics.get(topicId, { signal: ctx.signal }));
      return found ? topicState(found, state) : null;
    },

    async update({ planned, config }, ctx) {
      return setTopic(ctx, planned, config);
    },

    async delete() {
      // Streamkap owns the topic: forgetting it is all a destroy does (see the description).
    },

    importState(id) {
      return { topic_id: id };
    },
  };
}

/** Checks the topic would not shrink, sets it, and reads it back. A topic the first read does
 * not find may still be one the PUT creates (a new source's, before Kafka has it). */
async function setTopic(ctx: CallContext<TopicClient>, planned: ObjectValue, config: ObjectValue): Promise<ObjectValue> {
  const topicId = textOf(planned.topic_id);
  const api = ctx.client.topics;
  const read = () => describedCall(`Could not read topic "${topicId}"`, () => api.get(topicId, { signal: ctx.signal }));
  const current = await read();
  if (current) {
    const shrink = new Diagnostics();
    refuseShrink(partitionCount(current), planned.partition_count, shrink);
    if (shrink.hasErrors()) throw new DiagnosticsError(shrink.items);
  }
  // Tags are sent only when configured: unset, the topic keeps the tags it has.
  const tags = Array.isArray(config.tags) ? config.tags.filter((t): t is string => typeof t === "string") : undefined;
  const change = { partition_count: Number(planned.partition_count), ...(tags ? { tags } : {}) };
  const answer = await describedCall(`Could not update topic "${topicId}"`, async () => {
    try {
      return await api.update(topicId, change, { signal: ctx.signal });
    } catch (err) {
      if (isUnknownTopic(err)) throw unknownTopic(topicId);
      throw err;
    }
  });
  const after = answer && partitionCount(answer) !== undefined ? answer : await read();
  if (!after) throw unknownTopic(topicId);
  return topicState(after, planned);
}

/** The topic's state from the API; what the answer lacks stays as it was. */
function topicState(found: ApiTopic, was: ObjectValue): ObjectValue {
  return {
    topic_id: was.topic_id ?? found.id,
    partition_count: partitionCount(found) ?? was.partition_count ?? null,
    // An answer without tags after tags were cleared means none (as the official client reads it).
    tags: tagIdsOf(found.tags) ?? (Array.isArray(was.tags) ? was.tags : []),
  };
}

function refuseShrink(current: number | undefined, planned: Value | undefined, diagnostics: Diagnostics): void {
  const wanted = numberOrUndefined(planned);
  if (current === undefined || wanted === undefined || wanted >= current) return;
  diagnostics.error(
    "Partitions only grow",
    `partition_count cannot go from ${current} down to ${wanted}: Kafka can add partitions to a topic but never remove them. Set ${current} or more.`,
    attr("partition_count"),
  );
}

function unknownTopic(topicId: string): DiagnosticsError {
  return DiagnosticsError.single(
    "Topic not found",
    `Streamkap has no topic "${topicId}" in this tenant (or it belongs to another). Topics are made by sources and transforms; ` +
      "a CDC topic is named source_<source id>.<schema>.<table>. List them with the streamkap_topics data source.",
    attr("topic_id"),
  );
}

function numberOrUndefined(value: Value | undefined): number | undefined {
  if (value === null || value === undefined || isUnknown(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
