// Types for the one data file of hpack.js the provider bundles: RFC 7541's Huffman code, one
// [bit length, code] pair per symbol (256 bytes, then EOS).
declare module "hpack.js/lib/hpack/huffman" {
  export const encode: readonly (readonly [number, number])[];
}
