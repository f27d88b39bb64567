// Stored records for the emulator's unit tests that work on records without HTTP (the store,
// the status rules): valid by default, any part overridden.
import type { StoredConnector } from "../store/model";

export function connectorRecord(id: string, name: string, over: Partial<StoredConnector> = {}): StoredConnector {
  return {
    id,
    name,
    connector: "postgresql",
    created_from: "api",
    created_timestamp: new Date(0).toISOString(),
    sub_id: "s",
    tenant_id: "t",
    service_id: "v",
    config: { "database.password": "pw" },
    desired_state: "Active",
    transition: "Starting",
    ready_at: 0,
    ...over,
  };
}
