// Topics: the Kafka topics sources and transforms write. The streamkap_topic resource (their
// partition count and tags), the streamkap_topic and streamkap_topics data sources, and
// streamkap_topic_metrics (their traffic figures).
import type { KindOffer } from "../connectors";
import { topicDataSource, topicsDataSource } from "./topic-data-sources";
import { topicMetricsDataSource } from "./topic-metrics";
import { topicResource } from "./topic-resource";

export const topicResources = (): KindOffer => ({
  resources: [topicResource()],
  dataSources: [topicDataSource(), topicsDataSource(), topicMetricsDataSource()],
});
