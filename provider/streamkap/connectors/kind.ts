// What makes one kind of connector (source, destination) different from another, as data the
// shared connector machinery reads: its catalog, its API collection, its names and words, and
// whether it writes topics. A new kind of connector is one such description (see sources/ and
// destinations/); the resources themselves are built by typed-resource.ts, generic-resource.ts
// and data-source.ts.
import type { Connector, ConnectorCatalog } from "../../../catalog";
import type { TagType } from "../../../catalog/system-tags";
import type { ApiConnector, ConnectorApi, ConnectorWrite } from "../api/collections/connectors";
import type { StreamkapApi } from "../api/client";
import { CONNECTOR_STATUS } from "../api/collections/status-wait";
import type { Watched } from "../common/operations";

export interface ConnectorKind {
  catalog: ConnectorCatalog;
  /** "source", "destination": the word used in descriptions and messages. */
  noun: string;
  /** The generic resource and the data source, e.g. streamkap_source. */
  genericTypeName: string;
  /** The tag type that lets a tag be put on connectors of this kind. */
  tagType: TagType;
  /** The kind's collection of the API. */
  api(client: StreamkapApi): ConnectorApi;
  /** What a connector of this kind does, for the typed resource's description. */
  purpose(connector: Connector): string;
  /** For kinds that write Kafka topics: the config keys that decide them (a change to one
   * makes the computed `topics` unknown). Kinds without it have no `topics` attribute. */
  topicKeys?(connector: Connector): string[];
}

/** The kind's collection, watched by connector_status. */
export function watchedConnectors(kind: ConnectorKind, client: StreamkapApi): Watched<ApiConnector, ConnectorWrite> {
  return { api: kind.api(client), status: CONNECTOR_STATUS };
}

/** Whether connectors of this kind report the topics they write. */
export function hasTopics(kind: ConnectorKind): boolean {
  return kind.topicKeys !== undefined;
}
