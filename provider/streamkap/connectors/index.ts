// Every resource and data source of one connector kind: a typed resource per catalog
// connector, the generic resource and the data source.
import type { DataSource, Resource } from "../../framework/resource";
import type { StreamkapApi } from "../api/client";
import { connectorDataSource } from "./data-source";
import { genericConnectorResource } from "./generic-resource";
import type { ConnectorKind } from "./kind";
import { typedConnectorResource } from "./typed-resource";

export interface KindOffer {
  resources: Resource<StreamkapApi>[];
  dataSources: DataSource<StreamkapApi>[];
}

export function connectorResources(kind: ConnectorKind): KindOffer {
  return {
    resources: [genericConnectorResource(kind), ...kind.catalog.all().map((connector) => typedConnectorResource(kind, connector))],
    dataSources: [connectorDataSource(kind)],
  };
}
