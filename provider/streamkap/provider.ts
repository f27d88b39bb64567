// The Streamkap provider: its settings, its client, and the resources it offers.
import { attr } from "../framework/diagnostics";
import type { ProviderDefinition } from "../framework/resource";
import type { StreamkapApi } from "./api/client";
import { createLogger } from "./log";
import { requireWithoutFetchGlobals } from "./api/transport/quiet-require";
import { describeHostSetting, resolveSettings } from "./provider-settings";
import { unreachableHost } from "./api/transport/host-check";
import { destinationResources } from "./destinations";
import { pipelineResources } from "./pipelines";
import { sourceResources } from "./sources";
import { tagResources } from "./tags";
import { topicResources } from "./topics";
import { transformResources } from "./transforms";

export function streamkapProvider(env: NodeJS.ProcessEnv = process.env): ProviderDefinition<StreamkapApi> {
  const kinds = [sourceResources(), destinationResources(), pipelineResources(), tagResources(), topicResources(), transformResources()];
  return {
    typeName: "streamkap",
    schema: {
      version: 0,
      description:
        "Manages Streamkap change-data-capture flows through the Streamkap API: sources, destinations, the pipelines that join them, tags and topics.",
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
        read_secrets: {
          type: "bool",
          description:
            "Whether reads ask Streamkap for secret settings (passwords, keys), so that an import is complete and a secret changed outside Terraform shows in the plan (as a sensitive change). Set false where policy forbids reading secrets back: secrets then stay as configured and an import leaves them empty. Falls back to STREAMKAP_READ_SECRETS, then true.",
          optional: true,
        },
      },
    },
    async configure(config, diagnostics) {
      const settings = resolveSettings(config, env, diagnostics);
      if (!settings) return undefined;
      // A dead host fails here, once for the run, instead of in every resource after minutes of retries.
      const unreachable = await unreachableHost(settings.host, undefined, env);
      if (unreachable) {
        diagnostics.error(
          "Cannot reach the Streamkap API",
          `${unreachable} for ${describeHostSetting(settings)}. Check that value, and that the Streamkap API (or the local emulator) answers there.`,
          attr("host"),
        );
        return undefined;
      }
      const logger = createLogger();
      logger.log("debug", `configured for ${settings.host}`);
      // The HTTP client (axios and its dependencies) loads only in processes that talk to the
      // API: Terraform's validate walk never configures the provider.
      const { StreamkapClient: Client } = requireWithoutFetchGlobals(() => require("./api/client") as typeof import("./api/client"));
      return new Client({ ...settings, logger, cacheReads: true });
    },
    resources: kinds.flatMap((k) => k.resources),
    dataSources: kinds.flatMap((k) => k.dataSources),
  };
}
