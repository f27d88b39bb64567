// The order an export writes a flow's objects in, whatever the language: its sources and
// destinations, transforms, pipelines, then topics, in the code and in the imports that adopt
// them alike; and the counts a flow's heading comment gives. The HCL and TypeScript writers
// both walk flows through here, so the two projects list a flow the same way.
import type { ConnectorItem, Flow, PipelineItem, TopicItem, TransformItem } from "./estate";

/** What a writer makes of each kind of object: none, one or several entries. */
export interface FlowVisitor<T> {
  connector(c: ConnectorItem): T[];
  transform(t: TransformItem): T[];
  pipeline(p: PipelineItem): T[];
  topic(t: TopicItem): T[];
}

/** The visitor's entries for every object of the flow, in the writing order. */
export function mapFlow<T>(flow: Flow, visitor: FlowVisitor<T>): T[] {
  return [
    ...[...flow.sources, ...flow.destinations].flatMap((c) => visitor.connector(c)),
    ...flow.transforms.flatMap((t) => visitor.transform(t)),
    ...flow.pipelines.flatMap((p) => visitor.pipeline(p)),
    ...flow.topics.flatMap((t) => visitor.topic(t)),
  ];
}

/** "1 source, 1 destination, 2 pipelines": the kinds the flow has, each with its count. */
export function flowCounts(flow: Flow): string {
  const parts = [
    [flow.sources.length, "source"],
    [flow.destinations.length, "destination"],
    [flow.transforms.length, "transform"],
    [flow.pipelines.length, "pipeline"],
    [flow.topics.length, "topic"],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}${n === 1 ? "" : "s"}`)
    .join(", ");
}
