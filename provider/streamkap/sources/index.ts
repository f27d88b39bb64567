// Sources: connectors that stream a database's changes into Kafka topics. All that is their
// own is said here; the resources come from the shared connector machinery (connectors/).
import { sourceCatalog } from "../../../catalog";
import { connectorResources } from "../connectors";
import type { ConnectorKind } from "../connectors/kind";

export const SOURCES: ConnectorKind = {
  catalog: sourceCatalog,
  noun: "source",
  genericTypeName: "streamkap_source",
  tagType: "sources",
  api: (client) => client.sources,
  purpose: () => "streams its changes into Kafka topics",
  // Topics follow the captured tables (or collections) and the topic settings.
  topicKeys: (connector) => connector.fields.filter((f) => /include\.list|topic/.test(f.api_key)).map((f) => f.api_key),
};

export const sourceResources = () => connectorResources(SOURCES);
