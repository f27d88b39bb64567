// HPACK (RFC 7541), as far as a gRPC server needs it: decoding request header blocks (the
// client may index, Huffman-code and evict as it likes, so the decoder keeps the whole dynamic
// table) and encoding the few response headers gRPC answers with (literals, never indexed, so
// the client's table for our side stays empty and nothing needs tracking).
// The Huffman code is the RFC's, taken from hpack.js's table (bundled: that one data file only).
import { encode as HUFFMAN_CODES } from "hpack.js/lib/hpack/huffman";

/** RFC 7541 Appendix A: index 1..61 (values only where the RFC gives one). */
const STATIC_TABLE: readonly (readonly [string, string])[] = [
  [":authority", ""],
  [":method", "GET"],
  [":method", "POST"],
  [":path", "/"],
  [":path", "/index.html"],
  [":scheme", "http"],
  [":scheme", "https"],
  [":status", "200"],
  [":status", "204"],
  [":status", "206"],
  [":status", "304"],
  [":status", "400"],
  [":status", "404"],
  [":status", "500"],
  ...(
    "accept-charset,accept-encoding,accept-language,accept-ranges,accept,access-control-allow-origin,age,allow," +
    "authorization,cache-control,content-disposition,content-encoding,content-language,content-length," +
    "content-location,content-range,content-type,cookie,date,etag,expect,expires,from,host,if-match," +
    "if-modified-since,if-none-match,if-range,if-unmodified-since,last-modified,link,location,max-forwards," +
    "proxy-authenticate,proxy-authorization,range,referer,refresh,retry-after,server,set-cookie," +
    "strict-transport-security,transfer-encoding,user-agent,vary,via,www-authenticate"
  )
    .split(",")
    .map((name): [string, string] => [name, name === "accept-encoding" ? "gzip, deflate" : ""]),
];

export class HpackError extends Error {}

/** The Huffman decoding tree, built on first use: node i's children are at 2i and 2i+1 of
 * `children`; a leaf holds -(symbol + 1). */
let children: Int32Array | undefined;
function huffmanTree(): Int32Array {
  if (children) return children;
  const tree = new Int32Array(2 * 2 * HUFFMAN_CODES.length).fill(0);
  let nodes = 1;
  HUFFMAN_CODES.forEach(([bits, code], symbol) => {
    let node = 0;
    for (let i = bits - 1; i >= 0; i--) {
      const slot = 2 * node + ((code >>> i) & 1);
      if (i === 0) tree[slot] = -(symbol + 1);
      else node = tree[slot] > 0 ? tree[slot] : (tree[slot] = nodes++);
    }
  });
  return (children = tree);
}

function huffmanDecode(bytes: Uint8Array, start: number, end: number): string {
  const tree = huffmanTree();
  const out: number[] = [];
  let node = 0;
  for (let i = start; i < end; i++) {
    for (let bit = 7; bit >= 0; bit--) {
      const next = tree[2 * node + ((bytes[i] >>> bit) & 1)];
      if (next < 0) {
        if (next === -257) throw new HpackError("Huffman-coded string contains EOS");
        out.push(-next - 1);
        node = 0;
      } else if (next === 0) throw new HpackError("invalid Huffman code");
      else node = next;
    }
  }
  // What is left must be padding: fewer than 8 bits, all ones (a prefix of EOS).
  return Buffer.from(out).toString("latin1");
}

/** One connection's decoder: its dynamic table lives as long as the connection. */
export class HpackDecoder {
  private table: [string, string][] = [];
  private tableSize = 0;
  private maxTableSize = 4096;
  private pos = 0;
  private block: Uint8Array = new Uint8Array(0);

  /** Decodes one header block into name/value pairs, in order. */
  decode(block: Uint8Array): [string, string][] {
    this.block = block;
    this.pos = 0;
    const headers: [string, string][] = [];
    while (this.pos < block.length) {
      const b = block[this.pos];
      if (b & 0x80) headers.push(this.entry(this.integer(7)));
      else if (b & 0x40) {
        const header = this.literal(6);
        this.insert(header);
        headers.push(header);
      } else if (b & 0x20) {
        const size = this.integer(5);
        if (size > 4096) throw new HpackError("dynamic table size update above the advertised limit");
        this.maxTableSize = size;
        this.evict(0);
      } else headers.push(this.literal(4));
    }
    return headers;
  }

  private entry(index: number): [string, string] {
    if (index === 0) throw new HpackError("header index 0");
    if (index <= STATIC_TABLE.length) return STATIC_TABLE[index - 1] as [string, string];
    const dynamic = this.table[index - STATIC_TABLE.length - 1];
    if (!dynamic) throw new HpackError(`header index ${index} is not in the table`);
    return dynamic;
  }

  private literal(prefixBits: number): [string, string] {
    const nameIndex = this.integer(prefixBits);
    const name = nameIndex === 0 ? this.string() : this.entry(nameIndex)[0];
    return [name, this.string()];
  }

  private insert(header: [string, string]): void {
    const size = header[0].length + header[1].length + 32;
    this.evict(size);
    if (size > this.maxTableSize) return; // too big: the table is now empty, nothing is added
    this.table.unshift(header);
    this.tableSize += size;
  }

  /** Drops the oldest entries until `room` more bytes fit. */
  private evict(room: number): void {
    while (this.table.length > 0 && this.tableSize + room > this.maxTableSize) {
      const [name, value] = this.table.pop()!;
      this.tableSize -= name.length + value.length + 32;
    }
  }

  private integer(prefixBits: number): number {
    const mask = (1 << prefixBits) - 1;
    let value = this.byte() & mask;
    if (value < mask) return value;
    for (let shift = 0; ; shift += 7) {
      if (shift > 28) throw new HpackError("header integer too large");
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
    }
  }

  private string(): string {
    const huffman = (this.block[this.pos] & 0x80) !== 0;
    const length = this.integer(7);
    const start = this.pos;
    const end = start + length;
    if (end > this.block.length) throw new HpackError("header string runs past the block");
    this.pos = end;
    return huffman ? huffmanDecode(this.block, start, end) : Buffer.from(this.block.buffer, this.block.byteOffset + start, length).toString("latin1");
  }

  private byte(): number {
    if (this.pos >= this.block.length) throw new HpackError("header block ends early");
    return this.block[this.pos++];
  }
}

/** A header block of literal fields, never indexed (Huffman not used: the answers are short). */
export function encodeHeaders(headers: readonly (readonly [string, string])[]): Buffer {
  const parts: number[] = [];
  const string = (s: string) => {
    const bytes = Buffer.from(s, "latin1");
    integer(parts, bytes.length, 7, 0);
    for (const b of bytes) parts.push(b);
  };
  for (const [name, value] of headers) {
    const staticName = STATIC_TABLE.findIndex(([n]) => n === name) + 1;
    integer(parts, staticName, 4, 0x10); // literal never indexed, name by static index or (0) literal
    if (staticName === 0) string(name);
    string(value);
  }
  return Buffer.from(parts);
}

function integer(out: number[], value: number, prefixBits: number, flags: number): void {
  const mask = (1 << prefixBits) - 1;
  if (value < mask) {
    out.push(flags | value);
    return;
  }
  out.push(flags | mask);
  for (value -= mask; value >= 0x80; value = Math.floor(value / 0x80)) out.push((value % 0x80) | 0x80);
  out.push(value);
}
