// The pipeline status rule on its own, with records and clock given: which rule wins when
// several apply.
import type { StoredConnector, StoredPipeline } from "../store/model";
import { pipelineStatus } from "./status";
import { connectorRecord } from "../testing/test-records";

const NOW = 1_000_000;
const connector = (id: string, over: Partial<StoredConnector> = {}) =>
  connectorRecord(id, `${id}-name`, { config: { "database.hostname.user.defined": "db.internal" }, ...over });
const pipeline = (readyAt = 0): StoredPipeline => ({
  id: "p",
  name: "p",
  created_from: "api",
  created_timestamp: new Date(0).toISOString(),
  sub_id: "s",
  tenant_id: "t",
  snapshot_new_tables: true,
  source_id: "src",
  source_topics: [],
  destination_id: "dst",
  transforms: [],
  topic_auto_discovery_transforms: [],
  tags: [],
  ready_at: readyAt,
});
const broken = { config: { "database.hostname.user.defined": "db.broken" } };

test("Active when both connectors are Active and the pipeline has deployed", () => {
  expect(pipelineStatus(pipeline(), connector("src"), connector("dst"), NOW)).toEqual({ status: "Active", reason: null });
});

test("Starting during the pipeline's own deployment or a connector's", () => {
  expect(pipelineStatus(pipeline(NOW + 1), connector("src"), connector("dst"), NOW).status).toBe("Starting");
  expect(pipelineStatus(pipeline(), connector("src", { ready_at: NOW + 1 }), connector("dst"), NOW).status).toBe("Starting");
  expect(pipelineStatus(pipeline(), connector("src"), connector("dst", { transition: "Pending Update", ready_at: NOW + 1 }), NOW).status).toBe("Starting");
});

test("Broken wins over Starting and names every broken connector; a missing one counts as broken", () => {
  const both = pipelineStatus(pipeline(NOW + 1), connector("src", broken), connector("dst", broken), NOW);
  expect(both).toEqual({
    status: "Broken",
    reason: "Source 'src-name' (src) is Broken: it cannot connect; Destination 'dst-name' (dst) is Broken: it cannot connect",
  });
  expect(pipelineStatus(pipeline(), connector("src"), undefined, NOW)).toEqual({ status: "Broken", reason: "Destination dst no longer exists" });
});

test("Stopped wins over Paused; either connector's desired state counts", () => {
  expect(pipelineStatus(pipeline(), connector("src", { desired_state: "Paused" }), connector("dst", { desired_state: "Stopped" }), NOW).status).toBe("Stopped");
  expect(pipelineStatus(pipeline(), connector("src"), connector("dst", { desired_state: "Paused" }), NOW).status).toBe("Paused");
  // A paused connector is not Broken even with a broken host: it does not try to connect.
  expect(pipelineStatus(pipeline(), connector("src", { ...broken, desired_state: "Paused" }), connector("dst"), NOW).status).toBe("Paused");
});
