// Transforms: code or SQL that Streamkap runs between a source's topics and a destination.
// One resource per transform type of the catalog (streamkap_transform_map_filter, ...), the
// streamkap_transform data source for pipelines to refer to them, and streamkap_topic_metrics.
import { transformCatalog } from "../../../catalog/transform-types";
import type { KindOffer } from "../connectors";
import { transformDataSource } from "./transform-data-source";
import { transformResource } from "./transform-resource";

export const transformResources = (): KindOffer => ({
  resources: transformCatalog.all().map((type) => transformResource(type)),
  dataSources: [transformDataSource()],
});
