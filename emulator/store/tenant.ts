// The one tenant an emulator serves: a store per collection, opened together from the same
// data directory (or all in memory) and closed together. Each is named as the API names its
// collection.
import type { ConnectorKind } from "../../catalog";
import type { StoredPipeline, StoredTag, StoredTopic, StoredTransform } from "./model";
import { ConnectorStore, RecordStore, type StoredRecord, type StoreWarning } from "./store";

export const COLLECTIONS = ["sources", "destinations", "pipelines", "tags", "topics", "transforms"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export class TenantStores {
  readonly sources: ConnectorStore;
  readonly destinations: ConnectorStore;
  readonly pipelines: RecordStore<StoredPipeline>;
  readonly tags: RecordStore<StoredTag>;
  readonly topics: RecordStore<StoredTopic>;
  readonly transforms: RecordStore<StoredTransform>;

  constructor(dataDir?: string, warn?: StoreWarning) {
    this.sources = new ConnectorStore("source", dataDir, warn);
    this.destinations = new ConnectorStore("destination", dataDir, warn);
    this.pipelines = new RecordStore("pipeline", dataDir, warn);
    this.tags = new RecordStore("tag", dataDir, warn);
    this.topics = new RecordStore("topic", dataDir, warn);
    this.transforms = new RecordStore("transform", dataDir, warn);
  }

  connectors(kind: ConnectorKind): ConnectorStore {
    return kind === "source" ? this.sources : this.destinations;
  }

  /** Every store, by the API's name for its collection. */
  byCollection(): Record<CollectionName, RecordStore<StoredRecord>> {
    const { sources, destinations, pipelines, tags, topics, transforms } = this;
    return { sources, destinations, pipelines, tags, topics, transforms };
  }

  close(): void {
    for (const store of Object.values(this.byCollection())) store.close();
  }
}
