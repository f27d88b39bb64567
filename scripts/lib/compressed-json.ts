// An esbuild plugin that puts large JSON data into a bundle Brotli-compressed, decompressed and
// parsed when the module is first required. The provider reads its whole executable on every
// start, and Terraform starts it 3-5 times per command, but it needs the connector catalog only
// once it builds its schemas (on the first RPC, after the handshake): as object literals the
// catalog was 40 % of the executable's bytes; compressed it is about a tenth of that, and
// JSON.parse of the text is quicker than V8 compiling the same data as JavaScript.
import { readFileSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";
import type { Plugin } from "esbuild";

export function compressedJson(filter: RegExp): Plugin {
  return {
    name: "compressed-json",
    setup(build) {
      build.onLoad({ filter }, ({ path }) => {
        const text = JSON.stringify(JSON.parse(readFileSync(path, "utf8")));
        const packed = brotliCompressSync(text).toString("base64");
        return {
          loader: "js",
          contents: `module.exports = JSON.parse(require("node:zlib").brotliDecompressSync(Buffer.from(${JSON.stringify(packed)}, "base64")).toString("utf8"));`,
        };
      });
    },
  };
}
