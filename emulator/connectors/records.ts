// Connector records, for either kind: building them from validated input, and turning them
// into the objects the API answers with (status derived from timestamps, secrets masked,
// values as strings).
import type { Connector } from "../../catalog";
import { kafkaConnectName, type KindRules } from "./kinds";
import type { StoredConnector } from "../store/model";
import { connectorStatus, taskStatuses } from "./status";
import { toConfigString, type ConnectorInput } from "./validation";

export interface TenantIds {
  sub_id: string;
  tenant_id: string;
  service_id: string;
}

/** The stored config for a write: values as strings, catalog defaults for keys not sent,
 * secrets and set-once keys not sent kept from the previous version, and keys the backend
 * derives itself. */
export function buildConfig(
  rules: KindRules,
  id: string,
  connector: Connector,
  sent: Record<string, unknown>,
  previous?: StoredConnector,
): Record<string, string> {
  const config: Record<string, string> = {};
  for (const [key, value] of Object.entries(sent)) config[key] = toConfigString(value);
  for (const field of connector.fields) {
    if (config[field.api_key] !== undefined) continue;
    const kept = previous?.config[field.api_key];
    if (kept !== undefined && (field.sensitive || field.set_once)) config[field.api_key] = kept;
    else if (field.default !== undefined) config[field.api_key] = toConfigString(field.default);
  }
  for (const [key, value] of Object.entries({ "tasks.max": "1", ...rules.derivedConfig(id) })) config[key] ??= value;
  config["connector.class"] = rules.connectorClass(connector.id);
  return config;
}

export function newStoredConnector(rules: KindRules, id: string, input: ConnectorInput, tenant: TenantIds, now: number, deployMs: number): StoredConnector {
  return {
    id,
    name: input.name,
    connector: input.connector.id,
    created_from: input.created_from ?? "api",
    created_timestamp: new Date(now).toISOString(),
    ...tenant,
    ...(input.kc_cluster_id ? { kc_cluster_id: input.kc_cluster_id } : {}),
    config: buildConfig(rules, id, input.connector, input.config),
    desired_state: input.desired_state ?? "Active",
    transition: "Starting",
    ready_at: now + deployMs,
  };
}

export function updatedStoredConnector(rules: KindRules, previous: StoredConnector, input: ConnectorInput, now: number, deployMs: number): StoredConnector {
  return {
    ...previous,
    // A write redeploys: a status a fixture declared no longer holds.
    declared_status: undefined,
    name: input.name,
    config: buildConfig(rules, previous.id, input.connector, input.config, previous),
    desired_state: input.desired_state ?? previous.desired_state,
    transition: "Pending Update",
    ready_at: now + deployMs,
  };
}

/** The connector as the API shows it. */
export function connectorView(rules: KindRules, record: StoredConnector, secretReturned: boolean, now: number): Record<string, unknown> {
  const connector = rules.catalog.find(record.connector);
  const status = connectorStatus(record, now);
  const topics = rules.topics(record);
  return {
    id: record.id,
    name: record.name,
    connector: record.connector,
    connector_display_name: connector?.display_name ?? record.connector,
    created_timestamp: record.created_timestamp,
    created_from: record.created_from,
    sub_id: record.sub_id,
    tenant_id: record.tenant_id,
    ...(rules.showsServiceId ? { service_id: record.service_id } : {}),
    ...(record.kc_cluster_id ? { kc_cluster_id: record.kc_cluster_id } : {}),
    config: configView(record, connector, secretReturned),
    topic_ids: Object.values(topics),
    topic_map: topics,
    topics: Object.values(topics),
    tasks: status === "Stopped" ? [] : [{ connector: kafkaConnectName(rules.kind, record.id), task: 0 }],
    connector_status: status,
    desired_state: record.desired_state,
    task_statuses: taskStatuses(status),
    tags: record.tags ?? [],
  };
}

/** Secrets (catalog `sensitive`) are left out, or shown in plain text (null when never set). */
function configView(record: StoredConnector, connector: Connector | undefined, secretReturned: boolean): Record<string, string | null> {
  const sensitive = new Set((connector?.fields ?? []).filter((f) => f.sensitive).map((f) => f.api_key));
  const view: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(record.config)) if (!sensitive.has(key)) view[key] = value;
  if (secretReturned) for (const key of sensitive) view[key] = record.config[key] ?? null;
  return view;
}
