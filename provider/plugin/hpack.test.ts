// The HPACK decoder against hpack.js's compressor (an independent encoder: indexing, Huffman,
// eviction, table size updates), and our response encoding read back by hpack.js.
import fc from "fast-check";
import { HpackDecoder, encodeHeaders } from "./hpack";

const hpack = require("hpack.js") as {
  compressor: { create(o: { table: { size: number } }): Compressor };
  decompressor: { create(o: { table: { size: number } }): Decompressor };
};
interface Compressor {
  write(headers: { name: string; value: string; huffman?: boolean; neverIndex?: boolean }[]): void;
  read(): Buffer | null;
}
interface Decompressor {
  write(b: Buffer): void;
  execute(): void;
  read(): { name: string; value: string } | null;
}

const compressed = (c: Compressor): Buffer => {
  const parts: Buffer[] = [];
  for (let b = c.read(); b; b = c.read()) parts.push(b);
  return Buffer.concat(parts);
};

const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 });

describe("HPACK", () => {
  test("decodes what another encoder writes over many blocks on one connection (indexing, Huffman, eviction)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.record({ name: headerName, value: headerValue, huffman: fc.boolean(), neverIndex: fc.boolean() }), { minLength: 1, maxLength: 8 }),
          { minLength: 1, maxLength: 30 },
        ),
        (blocks) => {
          // 30 blocks of up to 8 headers of up to ~90 bytes overflow the 4,096-byte table: eviction.
          const compressor = hpack.compressor.create({ table: { size: 4096 } });
          const decoder = new HpackDecoder();
          blocks.forEach((headers) => {
            compressor.write(headers);
            expect(decoder.decode(compressed(compressor))).toEqual(headers.map((h) => [h.name, h.value]));
          });
        },
      ),
    );
  });

  test("a gRPC request's headers, Huffman-coded and indexed as grpc-go sends them, twice", () => {
    const compressor = hpack.compressor.create({ table: { size: 4096 } });
    const decoder = new HpackDecoder();
    const request = [
      { name: ":method", value: "POST" },
      { name: ":scheme", value: "http" },
      { name: ":path", value: "/tfplugin6.Provider/PlanResourceChange" },
      { name: ":authority", value: "localhost" },
      { name: "content-type", value: "application/grpc" },
      { name: "user-agent", value: "grpc-go/1.69.4" },
      { name: "te", value: "trailers" },
    ].map((h) => ({ ...h, huffman: true }));
    for (let i = 0; i < 2; i++) {
      compressor.write(request);
      expect(new Map(decoder.decode(compressed(compressor))).get(":path")).toBe("/tfplugin6.Provider/PlanResourceChange");
    }
  });

  test("our response headers read back as they were written", () => {
    const decompressor = hpack.decompressor.create({ table: { size: 4096 } });
    const headers: [string, string][] = [
      [":status", "200"],
      ["content-type", "application/grpc"],
      ["grpc-status", "13"],
      ["grpc-message", "x".repeat(300)],
    ];
    decompressor.write(encodeHeaders(headers));
    decompressor.execute();
    const read: [string, string][] = [];
    for (let h = decompressor.read(); h; h = decompressor.read()) read.push([h.name, h.value]);
    expect(read).toEqual(headers);
  });

  test("a table size update empties the table", () => {
    const decoder = new HpackDecoder();
    // literal with incremental indexing, new name "a": "b"; then the dynamic entry (index 62)
    expect(decoder.decode(Buffer.from([0x40, 0x01, 0x61, 0x01, 0x62, 0xbe]))).toEqual([
      ["a", "b"],
      ["a", "b"],
    ]);
    expect(() => decoder.decode(Buffer.from([0x20, 0xbe]))).toThrow("not in the table");
  });

  test("malformed blocks are refused", () => {
    expect(() => new HpackDecoder().decode(Buffer.from([0x80]))).toThrow("index 0");
    expect(() => new HpackDecoder().decode(Buffer.from([0xbe]))).toThrow("not in the table");
    expect(() => new HpackDecoder().decode(Buffer.from([0x04, 0x05, 0x61]))).toThrow("runs past");
  });
});
