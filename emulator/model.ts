// What the emulator keeps for each connector, source or destination alike. Everything a
// response shows is derived from this record at answer time, so a restart from disk loses
// nothing.

export interface StoredConnector {
  id: string;
  name: string;
  connector: string;
  created_from: string;
  /** ISO 8601, set once at creation. */
  created_timestamp: string;
  sub_id: string;
  tenant_id: string;
  service_id: string;
  kc_cluster_id?: string;
  /** Every value as Kafka Connect stores it: a string. Secrets included, in plain text. */
  config: Record<string, string>;
  desired_state: string;
  /** The status shown while the latest deployment is under way. */
  transition: "Starting" | "Pending Update";
  /** Epoch milliseconds at which the latest deployment finishes. */
  ready_at: number;
}
