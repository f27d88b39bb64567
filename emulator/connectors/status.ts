// A connector's status, derived at answer time from its record: the transition while its
// deployment is under way (Starting, Pending Update), then the state it was asked for, or
// Broken when it cannot reach what it connects to. The emulator's one rule for Broken, for
// sources and destinations alike: a config key with a part named host, hostname, url, uri,
// domain or bootstrap (database.hostname.user.defined, http.url, kafka.sink.bootstrap, ...)
// whose value ends in ".broken".
import { inTransition } from "../clock";
import type { StoredConnector } from "../store/model";

export const BROKEN_SUFFIX = ".broken";

/** Every connector_status the emulator shows; a fixture may declare any of them. */
export const CONNECTOR_STATUSES: readonly string[] = ["Active", "Paused", "Stopped", "Broken", "Starting", "Pending Update"];

/** Keys naming where a connector connects to. */
const ADDRESS_KEY = /(^|\.)(host|hostname|url|uri|domain|bootstrap)(\.|$)/;

/** The rule as `--help` states it. */
export const BROKEN_RULE_HELP = `a value ending in "${BROKEN_SUFFIX}" for a config key with a part named host, hostname, url, uri, domain or bootstrap`;

export function connectorStatus(record: StoredConnector, now: number): string {
  if (inTransition(record.ready_at, now)) return record.transition;
  if (record.declared_status !== undefined) return record.declared_status;
  // A connector that should run but cannot reach its database or service fails once deployed.
  if (record.desired_state === "Active" && cannotConnect(record)) return "Broken";
  return record.desired_state;
}

function cannotConnect(record: StoredConnector): boolean {
  return Object.entries(record.config).some(([key, value]) => ADDRESS_KEY.test(key) && value.endsWith(BROKEN_SUFFIX));
}

export function taskStatuses(status: string): Record<string, { state: string; trace?: string }> {
  switch (status) {
    case "Active":
      return { "0": { state: "RUNNING" } };
    case "Paused":
      return { "0": { state: "PAUSED" } };
    case "Stopped":
      return {};
    case "Broken":
      return { "0": { state: "FAILED", trace: "org.apache.kafka.connect.errors.ConnectException: could not connect to the host" } };
    default:
      return { "0": { state: "UNASSIGNED" } };
  }
}
