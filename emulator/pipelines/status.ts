// A pipeline's status, derived at answer time from its own deployment and the status of the
// two connectors it joins (the reference gives no rule; this is what a backend plausibly
// reports, since a pipeline runs only as far as its connectors do):
// 0. the status a fixture declared for it (with its status_reason), until it is written again;
// 1. Broken when its source or destination is Broken (or gone), with a reason naming it;
// 2. else Starting while its own deployment runs, or while a connector is still deploying;
// 3. else Stopped when either connector is Stopped, Paused when either is Paused;
// 4. else Active (both connectors Active).
import { inTransition } from "../clock";
import type { StoredConnector, StoredPipeline } from "../store/model";
import { connectorStatus } from "../connectors/status";

export const PIPELINE_STATUSES: readonly string[] = ["Starting", "Active", "Broken", "Paused", "Stopped"] satisfies StoredPipelineStatus[];
type StoredPipelineStatus = NonNullable<StoredPipeline["declared"]>["status"];

export interface PipelineStatus {
  status: StoredPipelineStatus;
  /** Why it is Broken; null otherwise. */
  reason: string | null;
}

export function pipelineStatus(
  pipeline: StoredPipeline,
  source: StoredConnector | undefined,
  destination: StoredConnector | undefined,
  now: number,
): PipelineStatus {
  // 0. A fixture's own status, until the pipeline is written again.
  if (pipeline.declared && !inTransition(pipeline.ready_at, now)) return pipeline.declared;
  const ends = [
    { title: "Source", id: pipeline.source_id, record: source },
    { title: "Destination", id: pipeline.destination_id, record: destination },
  ].map((end) => ({ ...end, status: end.record ? connectorStatus(end.record, now) : "Gone" }));

  const broken = ends.filter((e) => e.status === "Broken" || e.status === "Gone");
  if (broken.length) {
    const reasons = broken.map((e) =>
      e.record ? `${e.title} '${e.record.name}' (${e.id}) is Broken: it cannot connect` : `${e.title} ${e.id} no longer exists`,
    );
    return { status: "Broken", reason: reasons.join("; ") };
  }
  const statuses = ends.map((e) => e.status);
  if (inTransition(pipeline.ready_at, now) || statuses.some((s) => !["Active", "Paused", "Stopped"].includes(s))) return { status: "Starting", reason: null };
  if (statuses.includes("Stopped")) return { status: "Stopped", reason: null };
  if (statuses.includes("Paused")) return { status: "Paused", reason: null };
  return { status: "Active", reason: null };
}
