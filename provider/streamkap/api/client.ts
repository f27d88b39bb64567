// The Streamkap API client: one collection per kind (collections/) over one request engine
// (transport/). Nothing below imports this file: the collections know only the engine's
// interface, and the engine knows no collection.
import type { ApiConnector, ConnectorApi, ConnectorWrite } from "./collections/connectors";
import type { ApiPipeline, PipelinesApi, PipelineWrite } from "./collections/pipelines";
import { RestCollection } from "./collections/rest-collection";
import { TagCollection, type TagApi } from "./collections/tags";
import { TopicCollection, type TopicApi } from "./collections/topics";
import { TransformCollection, type TransformApi } from "./collections/transforms";
import { HttpEngine, type HttpEngineOptions } from "./transport/http-engine";

/** The API as the resources see it: one collection per kind. */
export interface StreamkapApi {
  readonly sources: ConnectorApi;
  readonly destinations: ConnectorApi;
  readonly pipelines: PipelinesApi;
  /** Whether connector reads carry secret values (the provider's read_secrets). */
  readonly secretsReturned: boolean;
  readonly tags: TagApi;
  readonly topics: TopicApi;
  readonly transforms: TransformApi;
}

export interface StreamkapClientOptions extends HttpEngineOptions {
  /** Serve reads from one paged listing per refresh (see collections/read-cache.ts). */
  cacheReads?: boolean;
  /** Ask for secret values on reads (secret_returned=true); the provider's read_secrets. */
  readSecrets?: boolean;
}

export class StreamkapClient implements StreamkapApi {
  readonly sources: RestCollection<ApiConnector, ConnectorWrite>;
  readonly destinations: RestCollection<ApiConnector, ConnectorWrite>;
  readonly pipelines: RestCollection<ApiPipeline, PipelineWrite>;
  readonly secretsReturned: boolean;
  readonly tags: TagCollection;
  readonly topics: TopicCollection;
  readonly transforms: TransformCollection;

  constructor(private readonly options: StreamkapClientOptions) {
    const engine = new HttpEngine(options);
    const cacheReads = options.cacheReads ?? false;
    const secretsReturned = (this.secretsReturned = options.readSecrets ?? false);
    this.sources = new RestCollection(engine, { path: "/sources", noun: "source", cacheReads, secretsReturned });
    this.destinations = new RestCollection(engine, { path: "/destinations", noun: "destination", cacheReads, secretsReturned });
    this.pipelines = new RestCollection(engine, { path: "/pipelines", noun: "pipeline", cacheReads });
    this.tags = new TagCollection(engine);
    this.topics = new TopicCollection(engine);
    this.transforms = new TransformCollection(engine);
  }

  get host(): string {
    return this.options.host;
  }
}
