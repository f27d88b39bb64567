// /sources and /destinations: a connector as the API returns it and the body of its writes.
// Both are REST collections (rest-collection.ts); what differs between the two kinds is data.
import type { ApiObject, CollectionApi } from "./collection-api";

/** A connector (source or destination) as the API returns it. */
export interface ApiConnector extends ApiObject {
  connector: string;
  config?: Record<string, unknown>;
  connector_status?: string;
  topics?: unknown;
}

/** The body of a connector's create or update. */
export interface ConnectorWrite {
  name: string;
  connector: string;
  config: Record<string, unknown>;
  /** Active, Paused or Stopped; the API keeps its current state when absent. */
  desired_state?: string;
  /** Tag ids: null keeps the API's, [] clears. */
  tags?: string[] | null;
}

export type ConnectorApi = CollectionApi<ApiConnector, ConnectorWrite>;
