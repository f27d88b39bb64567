// Transforms: stream processing between a source's topics and a destination, managed in
// Streamkap's app. Only the streamkap_transform data source, for pipelines to refer to them.
import type { KindOffer } from "../connectors";
import { transformDataSource } from "./transform-data-source";

export const transformResources = (): KindOffer => ({ resources: [], dataSources: [transformDataSource()] });
