// The GetProviderSchema answer, encoded. It depends on nothing but the code (the catalog is
// part of it), so scripts/build.ts computes it once and embeds it in the executable: the
// process Terraform starts at the beginning of every command only to read the schema then
// answers without building and encoding 27 schemas (~217 kB).
import { FrameworkProviderServer } from "./framework/core";
import { unaryMethod } from "./protocol/grpc-services";
import { answerRpc } from "./protocol/provider-rpcs";
import { streamkapProvider } from "./streamkap/provider";

const SCHEMA_METHOD = "GetProviderSchema";

export async function encodedSchemaResponse(): Promise<Buffer> {
  const server = new FrameworkProviderServer(streamkapProvider({}));
  const response = await answerRpc(() => server, SCHEMA_METHOD, {});
  return unaryMethod("tfplugin6.Provider", SCHEMA_METHOD).encodeResponse(response);
}
