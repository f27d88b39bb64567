// The built provider answers GetProviderSchema from an answer embedded at build time
// (provider/schema-response.ts, Brotli-compressed); it must be the answer of the code as it is now.
import { readFileSync } from "node:fs";
import { brotliDecompressSync } from "node:zlib";
import { encodedSchemaResponse } from "../provider/schema-response";
import { PROVIDER_BINARY } from "../scripts/lib/paths";

test("the built provider embeds the schema answer of the current code", async () => {
  // Long base64 strings in the bundle (quoted, and escaped once by the code-cache loader): the
  // schema answer and the compressed catalog (scripts/lib/compressed-json.ts); one must be the
  // answer the code gives now.
  const embedded = [...readFileSync(PROVIDER_BINARY, "utf8").matchAll(/\\?"([A-Za-z0-9+/]{1000,}={0,2})\\?"/g)].map((m) => m[1]);
  expect(embedded.length).toBeGreaterThan(0);
  const expected = await encodedSchemaResponse();
  const decompressed = embedded.map((text) => brotliDecompressSync(Buffer.from(text, "base64")));
  expect(decompressed.some((answer) => answer.equals(expected))).toBe(true);
});
