// Entry point of terraform-provider-streamkap: the Streamkap provider definition, served by
// the framework, over the plugin protocol.
import { serve } from "./plugin/serve";
import { FrameworkProviderServer } from "./framework/core";
import { streamkapProvider } from "./streamkap/provider";

serve(() => new FrameworkProviderServer(streamkapProvider()));
