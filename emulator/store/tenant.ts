// The one tenant an emulator serves: a store per collection, opened together from the same
// data directory (or all in memory) and closed together.
import type { ConnectorKind } from "../../catalog";
import type { StoredPipeline, StoredTag, StoredTopic, StoredTransform } from "./model";
import { ConnectorStore, RecordStore, type StoredRecord } from "./store";

export const COLLECTIONS = ["sources", "destinations", "pipelines", "tags", "topics", "transforms"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export class TenantStores {
  readonly source: ConnectorStore;
  readonly destination: ConnectorStore;
  readonly pipelines: RecordStore<StoredPipeline>;
  readonly tags: RecordStore<StoredTag>;
  readonly topics: RecordStore<StoredTopic>;
  readonly transforms: RecordStore<StoredTransform>;

  constructor(dataDir?: string) {
    this.source = new ConnectorStore("source", dataDir);
    this.destination = new ConnectorStore("destination", dataDir);
    this.pipelines = new RecordStore("pipeline", dataDir);
    this.tags = new RecordStore("tag", dataDir);
    this.topics = new RecordStore("topic", dataDir);
    this.transforms = new RecordStore("transform", dataDir);
  }

  connectors(kind: ConnectorKind): ConnectorStore {
    return this[kind];
  }

  /** Every store, by the API's name for its collection. */
  byCollection(): Record<CollectionName, RecordStore<StoredRecord>> {
    const { source: sources, destination: destinations, pipelines, tags, topics, transforms } = this;
    return { sources, destinations, pipelines, tags, topics, transforms };
  }

  close(): void {
    for (const store of Object.values(this.byCollection())) store.close();
  }
}
