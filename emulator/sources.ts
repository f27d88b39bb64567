// Source records: building them from validated input, and turning them into the objects
// the API answers with (status derived from timestamps, secrets masked, values as strings).
import { sourceCatalog, type Connector } from "../catalog";
import type { StoredSource } from "./model";
import { toConfigString, type SourceInput } from "./validation";

export interface TenantIds {
  sub_id: string;
  tenant_id: string;
  service_id: string;
}

/** Debezium classes for the connectors that have one; the rest run Streamkap's own. */
const CONNECTOR_CLASSES: Record<string, string> = {
  postgresql: "io.debezium.connector.postgresql.PostgresConnector",
  alloydb: "io.debezium.connector.postgresql.PostgresConnector",
  supabase: "io.debezium.connector.postgresql.PostgresConnector",
  mysql: "io.debezium.connector.mysql.MySqlConnector",
  mariadb: "io.debezium.connector.mariadb.MariaDbConnector",
  mongodb: "io.debezium.connector.mongodb.MongoDbConnector",
  mongodbhosted: "io.debezium.connector.mongodb.MongoDbConnector",
  documentdb: "io.debezium.connector.mongodb.MongoDbConnector",
  sqlserveraws: "io.debezium.connector.sqlserver.SqlServerConnector",
  oracle: "io.debezium.connector.oracle.OracleConnector",
  oracleaws: "io.debezium.connector.oracle.OracleConnector",
  db2: "io.debezium.connector.db2.Db2Connector",
  informix: "io.debezium.connector.informix.InformixConnector",
  vitess: "io.debezium.connector.vitess.VitessConnector",
  planetscale: "io.debezium.connector.vitess.VitessConnector",
};

/** Config keys whose comma-separated entries each become a topic. */
const TOPIC_LIST_KEYS = ["table.include.list.user.defined", "collection.include.list.user.defined"];

/** The stored config for a write: values as strings, catalog defaults for keys not sent,
 * secrets not sent kept from the previous version, and keys the backend derives itself. */
export function buildConfig(id: string, connector: Connector, sent: Record<string, unknown>, previous?: StoredSource): Record<string, string> {
  const config: Record<string, string> = {};
  for (const [key, value] of Object.entries(sent)) config[key] = toConfigString(value);
  for (const field of connector.fields) {
    if (config[field.api_key] !== undefined) continue;
    const kept = previous?.config[field.api_key];
    if (kept !== undefined && (field.sensitive || field.set_once)) config[field.api_key] = kept;
    else if (field.default !== undefined) config[field.api_key] = toConfigString(field.default);
  }
  config["connector.class"] = CONNECTOR_CLASSES[connector.id] ?? `com.streamkap.connect.${connector.id}.SourceConnector`;
  if (config["topic.prefix"] === undefined) config["topic.prefix"] = topicPrefix(id);
  if (config["tasks.max"] === undefined) config["tasks.max"] = "1";
  return config;
}

export function newStoredSource(id: string, input: SourceInput, tenant: TenantIds, now: number, deployMs: number): StoredSource {
  return {
    id,
    name: input.name,
    connector: input.connector.id,
    created_from: input.created_from ?? "api",
    created_timestamp: new Date(now).toISOString(),
    ...tenant,
    ...(input.kc_cluster_id ? { kc_cluster_id: input.kc_cluster_id } : {}),
    config: buildConfig(id, input.connector, input.config),
    desired_state: input.desired_state ?? "Active",
    transition: "Starting",
    ready_at: now + deployMs,
  };
}

export function updatedStoredSource(previous: StoredSource, input: SourceInput, now: number, deployMs: number): StoredSource {
  return {
    ...previous,
    name: input.name,
    config: buildConfig(previous.id, input.connector, input.config, previous),
    desired_state: input.desired_state ?? previous.desired_state,
    transition: "Pending Update",
    ready_at: now + deployMs,
  };
}

export function connectorStatus(source: StoredSource, now = Date.now()): string {
  if (now < source.ready_at) return source.transition;
  // A connector that should run but cannot reach its database fails once deployed.
  if (source.desired_state === "Active" && isBrokenHost(source)) return "Broken";
  return source.desired_state;
}

/** The documented way to get a Broken connector: any hostname setting ending in ".broken". */
export const BROKEN_HOST_SUFFIX = ".broken";

function isBrokenHost(source: StoredSource): boolean {
  return Object.entries(source.config).some(([key, value]) => key.includes("hostname") && value.endsWith(BROKEN_HOST_SUFFIX));
}

/** The source as the API shows it. */
export function sourceView(source: StoredSource, secretReturned: boolean, now = Date.now()): Record<string, unknown> {
  const connector = sourceCatalog.find(source.connector);
  const status = connectorStatus(source, now);
  const topics = deriveTopics(source);
  return {
    id: source.id,
    name: source.name,
    connector: source.connector,
    connector_display_name: connector?.display_name ?? source.connector,
    created_timestamp: source.created_timestamp,
    created_from: source.created_from,
    sub_id: source.sub_id,
    tenant_id: source.tenant_id,
    service_id: source.service_id,
    ...(source.kc_cluster_id ? { kc_cluster_id: source.kc_cluster_id } : {}),
    config: configView(source, connector, secretReturned),
    topic_ids: Object.values(topics),
    topic_map: topics,
    topics: Object.values(topics),
    tasks: status === "Stopped" ? [] : [{ connector: topicPrefix(source.id), task: 0 }],
    connector_status: status,
    desired_state: source.desired_state,
    task_statuses: taskStatuses(status),
  };
}

function configView(source: StoredSource, connector: Connector | undefined, secretReturned: boolean): Record<string, string | null> {
  const sensitive = new Set((connector?.fields ?? []).filter((f) => f.sensitive).map((f) => f.api_key));
  const view: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(source.config)) if (!sensitive.has(key)) view[key] = value;
  if (secretReturned) for (const key of sensitive) view[key] = source.config[key] ?? null;
  return view;
}

/** Table (or collection) entry → topic name. */
function deriveTopics(source: StoredSource): Record<string, string> {
  const topics: Record<string, string> = {};
  for (const key of TOPIC_LIST_KEYS) {
    const list = source.config[key];
    if (!list) continue;
    for (const entry of list.split(",").map((e) => e.trim()).filter(Boolean)) {
      topics[entry] = `${topicPrefix(source.id)}.${entry}`;
    }
  }
  return topics;
}

function taskStatuses(status: string): Record<string, { state: string; trace?: string }> {
  switch (status) {
    case "Active":
      return { "0": { state: "RUNNING" } };
    case "Paused":
      return { "0": { state: "PAUSED" } };
    case "Stopped":
      return {};
    case "Broken":
      return { "0": { state: "FAILED", trace: "org.apache.kafka.connect.errors.ConnectException: could not connect to the database host" } };
    default:
      return { "0": { state: "UNASSIGNED" } };
  }
}

function topicPrefix(id: string): string {
  return `source_${id}`;
}
