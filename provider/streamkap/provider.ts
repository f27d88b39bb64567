// The Streamkap provider: its settings, its client, and the resources it offers.
import { sourceCatalog } from "../../catalog";
import type { ProviderDefinition, Resource, DataSource } from "../framework/resource";
import type { StreamkapClient } from "./client";
import { TYPED_SOURCE_CONNECTORS } from "./enabled-connectors";
import { genericSourceResource } from "./generic-source";
import { createLogger } from "./log";
import { requireWithoutFetchGlobals } from "./quiet-require";
import { resolveSettings } from "./provider-settings";
import { sourceDataSource } from "./source-data-source";
import { typedSourceResource } from "./typed-source";

export function streamkapProvider(env: NodeJS.ProcessEnv = process.env): ProviderDefinition<StreamkapClient> {
  const resources: Resource<StreamkapClient>[] = [
    genericSourceResource(),
    ...TYPED_SOURCE_CONNECTORS.map((id) => typedSourceResource(sourceCatalog.get(id))),
  ];
  const dataSources: DataSource<StreamkapClient>[] = [sourceDataSource()];
  return {
    typeName: "streamkap",
    schema: {
      version: 0,
      description: "Manages Streamkap change-data-capture sources through the Streamkap API.",
      attributes: {
        host: {
          type: "string",
          description: "Base URL of the Streamkap API. Falls back to STREAMKAP_HOST, then https://api.streamkap.com.",
          optional: true,
        },
        client_id: {
          type: "string",
          description: "Client id of a Streamkap API key. Falls back to STREAMKAP_CLIENT_ID.",
          optional: true,
        },
        secret: {
          type: "string",
          description: "Secret of the Streamkap API key. Falls back to STREAMKAP_SECRET.",
          optional: true,
          sensitive: true,
        },
      },
    },
    async configure(config, diagnostics) {
      const settings = resolveSettings(config, env, diagnostics);
      if (!settings) return undefined;
      const logger = createLogger();
      logger.log("debug", `configured for ${settings.host}`);
      // The HTTP client (axios and its dependencies) loads only in processes that talk to the
      // API: Terraform's validate walk never configures the provider.
      const { StreamkapClient: Client } = requireWithoutFetchGlobals(() => require("./client") as typeof import("./client"));
      return new Client({ ...settings, logger, cacheSourceReads: true });
    },
    resources,
    dataSources,
  };
}
