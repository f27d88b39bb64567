// Entry point of terraform-provider-streamkap: the Streamkap provider definition, served by
// the framework, over the plugin protocol.
import { serve } from "./plugin/serve";

// Terraform waits for the handshake line before its first call, and starts the provider 3-5
// times per command: the framework, the API client (axios) and the connector catalog are
// required only when the first RPC needs them, which takes ~40% off the time to the handshake.
serve(
  () => {
    const { FrameworkProviderServer } = require("./framework/core") as typeof import("./framework/core");
    const { streamkapProvider } = require("./streamkap/provider") as typeof import("./streamkap/provider");
    return new FrameworkProviderServer(streamkapProvider());
  },
  { fixedAnswers: embeddedAnswers() },
);

/** Set by scripts/build.ts (esbuild `define`): the encoded GetProviderSchema answer,
 * Brotli-compressed, base64 (see schema-response.ts): a tenth of its size, so that every start
 * parses a smaller executable; it is decompressed only when Terraform asks for the schema.
 * Unbundled runs compute it like any other answer. */
declare const STREAMKAP_SCHEMA_RESPONSE: string | undefined;

function embeddedAnswers(): Map<string, () => Buffer> {
  const answers = new Map<string, () => Buffer>();
  if (typeof STREAMKAP_SCHEMA_RESPONSE === "string") {
    const embedded = STREAMKAP_SCHEMA_RESPONSE;
    answers.set("GetProviderSchema", () => (require("node:zlib") as typeof import("node:zlib")).brotliDecompressSync(Buffer.from(embedded, "base64")));
  }
  return answers;
}
