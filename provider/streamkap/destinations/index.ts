// Destinations: connectors that write Kafka topics into a warehouse, lake or database. All
// that is their own is said here; the resources come from the shared connector machinery
// (connectors/). They report no topics of their own: pipelines say which topics they take.
import { destinationCatalog } from "../../../catalog";
import { connectorResources } from "../connectors";
import type { ConnectorKind } from "../connectors/kind";

export const DESTINATIONS: ConnectorKind = {
  catalog: destinationCatalog,
  noun: "destination",
  genericTypeName: "streamkap_destination",
  tagType: "destinations",
  api: (client) => client.destinations,
  purpose: (connector) => `writes Kafka topics into ${connector.display_name}`,
};

export const destinationResources = () => connectorResources(DESTINATIONS);
