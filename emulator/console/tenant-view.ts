// The tenant as the console draws it: one node per source, topic, transform, pipeline and
// destination, each with its name, connector (or transform type), status and desired state,
// and the edges of its flows (source → topic → pipeline → destination, and topic → transform →
// pipeline where a transform reads a topic and a pipeline takes its output; a transform's own
// output topics are part of its node, not drawn apart). Statuses are derived here at answer time, as
// the API derives them, so the console follows a deployment as it happens. Secrets never
// leave: a config value whose key is secret (catalog/secret-keys.ts) is shown as a mask, or
// as null when it was never set.
import type { ConnectorKind } from "../../catalog";
import { isSecretKey } from "../../catalog/secret-keys";
import { rulesFor, sourceTopicId } from "../connectors/kinds";
import type { StoredConnector } from "../store/model";
import { pipelineStatus } from "../pipelines/status";
import { connectorStatus } from "../connectors/status";
import { allTags } from "../tags/tags";
import type { TenantStores } from "../store/tenant";
import { findTopic, liveTopics, sourceTopicIds } from "../topics/topics";
import { transformCatalog } from "../../catalog/transform-types";
import { jobFailure, jobStatus, patternsOf } from "../transforms/jobs";

export const MASK = "***";

export type NodeKind = "source" | "topic" | "transform" | "pipeline" | "destination";

export interface ConsoleNode {
  /** Unique across kinds: "<kind>:<record id>". */
  key: string;
  kind: NodeKind;
  id: string;
  name: string;
  /** The connector's (or transform type's) display name; null for topics and pipelines. */
  connector: string | null;
  status: string;
  /** What the connector was asked to be; null for topics and pipelines, which have none. */
  desired_state: string | null;
  /** Why it is Broken (a transform: FAILED); null otherwise. */
  reason: string | null;
  /** Tag names. */
  tags: string[];
  /** Connectors and transforms: the config, secrets masked. */
  config?: Record<string, string | null>;
}

export interface ConsoleEdge {
  from: string;
  to: string;
}

export interface TenantView {
  nodes: ConsoleNode[];
  edges: ConsoleEdge[];
}

export const nodeKey = (kind: NodeKind, id: string) => `${kind}:${id}`;

export function tenantView(stores: TenantStores, now: number): TenantView {
  const tagNames = new Map(allTags(stores.tags).map((t) => [t.id, t.name]));
  const names = (ids: string[] | undefined) => (ids ?? []).map((id) => tagNames.get(id) ?? id);
  const nodes = new Map<string, ConsoleNode>();
  const edges: ConsoleEdge[] = [];
  const edge = (from: string, to: string) => {
    if (nodes.has(from) && nodes.has(to) && !edges.some((e) => e.from === from && e.to === to)) edges.push({ from, to });
  };

  for (const kind of ["source", "destination"] as const) {
    for (const record of stores.connectors(kind).all()) nodes.set(nodeKey(kind, record.id), connectorNode(kind, record, names(record.tags), now));
  }

  // The live topics, and those a pipeline carries that its source has not created yet.
  const topics = liveTopics(stores, now);
  for (const pipeline of stores.pipelines.all()) {
    for (const name of pipeline.source_topics) {
      const id = sourceTopicId(pipeline.source_id, name);
      const topic = topics.some((t) => t.id === id) ? undefined : findTopic(stores, id, now, true);
      if (topic) topics.push(topic);
    }
  }
  // A transform's output topics are drawn as the transform.
  for (const topic of topics.filter((t) => t.entity?.entity_type !== "transforms")) {
    nodes.set(nodeKey("topic", topic.id), {
      key: nodeKey("topic", topic.id),
      kind: "topic",
      id: topic.id,
      name: topic.name,
      connector: null,
      status: topic.live ? "Live" : "Pending",
      desired_state: null,
      reason: null,
      tags: names(topic.tags),
    });
    if (topic.entity?.entity_type === "sources") edge(nodeKey("source", topic.entity.entity_id), nodeKey("topic", topic.id));
  }

  const sourceTopics = sourceTopicIds(stores, now);
  for (const t of stores.transforms.all()) {
    const key = nodeKey("transform", t.id);
    const type = transformCatalog.find(t.transform_type);
    const config = Object.fromEntries(Object.entries(t.config).map(([k, v]) => [k, String(v)]));
    nodes.set(key, {
      key,
      kind: "transform",
      id: t.id,
      name: t.name,
      connector: type?.display_name ?? t.transform_type,
      status: jobStatus(t, now) ?? "UNKNOWN",
      desired_state: null,
      reason: jobFailure(t, now),
      tags: names(t.tags),
      config: maskedConfig(config),
    });
    const reads = patternsOf(t);
    if (reads) for (const topic of sourceTopics.filter(reads.accepts)) edge(nodeKey("topic", topic), key);
  }

  for (const p of stores.pipelines.all()) {
    const key = nodeKey("pipeline", p.id);
    const { status, reason } = pipelineStatus(p, stores.sources.get(p.source_id), stores.destinations.get(p.destination_id), now);
    nodes.set(key, { key, kind: "pipeline", id: p.id, name: p.name, connector: null, status, desired_state: null, reason, tags: names(p.tags) });
    const carried = p.source_topics.map((name) => nodeKey("topic", sourceTopicId(p.source_id, name))).filter((t) => nodes.has(t));
    for (const topic of carried) edge(topic, key);
    if (!carried.length) edge(nodeKey("source", p.source_id), key);
    for (const id of [...p.transforms.map((t) => t.id), ...p.topic_auto_discovery_transforms.map((t) => t.transform_id)]) edge(nodeKey("transform", id), key);
    edge(key, nodeKey("destination", p.destination_id));
  }
  return { nodes: [...nodes.values()], edges };
}

function connectorNode(kind: ConnectorKind, record: StoredConnector, tags: string[], now: number): ConsoleNode {
  const status = connectorStatus(record, now);
  return {
    key: nodeKey(kind, record.id),
    kind,
    id: record.id,
    name: record.name,
    connector: rulesFor(kind).catalog.find(record.connector)?.display_name ?? record.connector,
    status,
    desired_state: record.desired_state,
    reason: status === "Broken" ? "it cannot connect to the host it names" : null,
    tags,
    config: maskedConfig(record.config),
  };
}

/** The config with every secret value masked. */
export function maskedConfig(config: Record<string, string>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(config).map(([key, value]) => [key, isSecretKey(key) ? (value === "" ? null : MASK) : value]));
}
