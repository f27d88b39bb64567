// The built provider answers GetProviderSchema from an answer embedded at build time
// (provider/schema-response.ts, Brotli-compressed); it must be the answer of the code as it is now.
import { readFileSync } from "node:fs";
import { brotliDecompressSync } from "node:zlib";
import { encodedSchemaResponse } from "../provider/schema-response";
import { PROVIDER_BINARY } from "../scripts/lib/paths";

test("the built provider embeds the schema answer of the current code", async () => {
  // The only long base64 string in the bundle (quoted, and escaped once by the code-cache loader).
  const embedded = /\\?"([A-Za-z0-9+/]{1000,}={0,2})\\?"/.exec(readFileSync(PROVIDER_BINARY, "utf8"));
  expect(embedded?.[1]).toBeDefined();
  const answer = brotliDecompressSync(Buffer.from(embedded![1], "base64"));
  expect(answer.equals(await encodedSchemaResponse())).toBe(true);
});
