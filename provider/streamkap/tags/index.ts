// Tags: labels Streamkap puts on sources, destinations, pipelines, topics and transforms. The
// streamkap_tag resource and the streamkap_tag and streamkap_tags data sources.
import type { KindOffer } from "../connectors";
import { tagDataSource, tagsDataSource } from "./tag-data-sources";
import { tagResource } from "./tag-resource";

export const tagResources = (): KindOffer => ({ resources: [tagResource()], dataSources: [tagDataSource(), tagsDataSource()] });
