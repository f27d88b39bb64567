// A pipeline between Terraform values and the API's shape, with the API's quirks handled here
// and nowhere else: a transform travels as one entry per (transform, topic), paired with the
// topic's id, and is folded back on read; a source topic may come back prefixed with
// "source_<source id>.", which is stripped (exactly that prefix: "default.MyTable" stays whole).
import { isObjectValue, type ObjectValue, type Value, textOf } from "../../framework/values";
import type { ApiPipeline, PipelineTransformEntry, PipelineWrite } from "../api/collections/pipelines";
import { tagsFromApi, tagsToSend } from "../common/tags";

/** What a pipeline's transforms need from the API: a transform's name, start time and the
 * topic ids paired with its topics. */
export interface TransformFacts {
  name?: unknown;
  start_time?: unknown;
  topics?: unknown;
  topic_ids?: unknown;
}

export type TransformLookup = (id: string) => Promise<TransformFacts | undefined>;

/** The body to send for planned values (all known at apply). */
export async function pipelineBody(planned: ObjectValue, lookup: TransformLookup): Promise<PipelineWrite> {
  const source = objectOf(planned.source);
  const destination = objectOf(planned.destination);
  const sourceId = textOf(source.id);
  return {
    name: textOf(planned.name),
    snapshot_new_tables: planned.snapshot_new_tables !== false,
    source: { id: sourceId, name: textOf(source.name), connector: textOf(source.connector), topics: strings(source.topics) },
    destination: { id: textOf(destination.id), name: textOf(destination.name), connector: textOf(destination.connector) },
    transforms: await expandTransforms(listOf(planned.transforms), sourceId, lookup),
    topic_auto_discovery_transforms: listOf(planned.topic_auto_discovery_transforms).map((t) => ({
      transform_id: textOf(t.transform_id),
      regex: textOf(t.regex),
    })),
    tags: tagsToSend(planned),
  };
}

/** One entry per (transform, topic), each topic paired with its id as the transform knows it,
 * or `source_<source id>.<topic>` for a topic the transform does not list yet. */
export async function expandTransforms(transforms: ObjectValue[], sourceId: string, lookup: TransformLookup): Promise<PipelineTransformEntry[]> {
  const entries: PipelineTransformEntry[] = [];
  for (const t of transforms) {
    const id = textOf(t.id);
    const facts = (await lookup(id)) ?? {};
    const known = pairTopics(facts);
    for (const topic of strings(t.topics)) {
      entries.push({
        id,
        name: typeof facts.name === "string" ? facts.name : "",
        start_time: typeof facts.start_time === "string" ? facts.start_time : null,
        topic_id: known.get(topic) ?? `source_${sourceId}.${topic}`,
        topic,
      });
    }
  }
  return entries;
}

/** Terraform values from the API's pipeline. */
export function pipelineState(found: ApiPipeline): ObjectValue {
  const source = (found.source ?? {}) as Record<string, unknown>;
  const destination = (found.destination ?? {}) as Record<string, unknown>;
  const sourceId = textOf(source.id ?? "");
  return {
    id: found.id,
    name: found.name,
    snapshot_new_tables: found.snapshot_new_tables !== false,
    source: {
      id: sourceId,
      name: stringOrNull(source.name),
      connector: stringOrNull(source.connector),
      topics: Array.isArray(source.topics) ? source.topics.map((t) => stripSourcePrefix(String(t), sourceId)) : [],
    },
    destination: { id: stringOrNull(destination.id), name: stringOrNull(destination.name), connector: stringOrNull(destination.connector) },
    transforms: foldTransforms(found.transforms),
    topic_auto_discovery_transforms: Array.isArray(found.topic_auto_discovery_transforms)
      ? found.topic_auto_discovery_transforms.map((t: Record<string, unknown>) => ({
          transform_id: textOf(t.transform_id ?? ""),
          regex: textOf(t.regex ?? ""),
        }))
      : [],
    tags: tagsFromApi(found),
    status: typeof found.status === "string" ? found.status : null,
  };
}

/** Consecutive entries of one transform fold back into { id, topics }; entries without a
 * topic are skipped. */
export function foldTransforms(raw: unknown): ObjectValue[] {
  if (!Array.isArray(raw)) return [];
  const out: { id: string; topics: string[] }[] = [];
  for (const entry of raw as Record<string, unknown>[]) {
    const id = typeof entry?.id === "string" ? entry.id : undefined;
    const topic = typeof entry?.topic === "string" ? entry.topic : "";
    if (!id || topic === "") continue;
    const last = out[out.length - 1];
    if (last && last.id === id) last.topics.push(topic);
    else out.push({ id, topics: [topic] });
  }
  return out;
}

/** "source_<id>.public.orders" → "public.orders", for this source's id only. */
export function stripSourcePrefix(topic: string, sourceId: string): string {
  const prefix = `source_${sourceId}.`;
  return sourceId && topic.startsWith(prefix) ? topic.slice(prefix.length) : topic;
}

function pairTopics(facts: TransformFacts): Map<string, string> {
  const topics = Array.isArray(facts.topics) ? facts.topics : [];
  const ids = Array.isArray(facts.topic_ids) ? facts.topic_ids : [];
  const pairs = new Map<string, string>();
  topics.forEach((topic, i) => {
    if (typeof topic === "string" && typeof ids[i] === "string") pairs.set(topic, ids[i]);
  });
  return pairs;
}

function objectOf(value: Value | undefined): ObjectValue {
  return value !== undefined && isObjectValue(value) ? value : {};
}

function listOf(value: Value | undefined): ObjectValue[] {
  return Array.isArray(value) ? value.filter(isObjectValue) : [];
}

function strings(value: Value | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
