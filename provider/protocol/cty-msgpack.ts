// The msgpack subset cty (Terraform's value system) uses, decoded and encoded by hand. Every RPC
// a plan makes per object carries two or three whole resource values, so this codec runs on
// every object several times: a general msgpack library spends most of that time in its
// generic machinery (a decode state stack, an extension lookup per value, a UTF-8 decoder
// shaped for long texts), while cty values are small maps of short ASCII keys and strings.
//
// Encoding follows msgpack's shortest forms: safe integers as the smallest int, other numbers
// as float64, strings as str, arrays and maps by length, an unknown as extension 0 (`d4 00 00`)
// or, refined, as extension 12 with its payload as Terraform sent it. Decoding accepts any
// msgpack a cty value can arrive as; every extension type is an unknown.
import { Unknown, type Value } from "../framework/values";

const PLAIN_UNKNOWN_EXT = 0;
const REFINED_UNKNOWN_EXT = 12;

export class MsgpackError extends Error {}

// ---- decoding ----

/** One decode: the bytes and a read position, with a DataView for the multi-byte numbers. */
class Reader {
  pos = 0;
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n: number): void {
    if (this.pos + n > this.bytes.length) throw new MsgpackError("msgpack value ends early");
  }
}

/** Decodes one cty msgpack value, which must fill `bytes` exactly. Messages never quote content
 * (values may hold secrets). */
export function decodeCtyMsgpack(bytes: Uint8Array): Value {
  const reader = new Reader(bytes);
  const value = readValue(reader);
  if (reader.pos !== bytes.length) throw new MsgpackError(`msgpack value followed by ${bytes.length - reader.pos} extra bytes`);
  return value;
}

function readValue(r: Reader): Value {
  r.need(1);
  const b = r.bytes[r.pos++];
  if (b <= 0x7f) return b;
  if (b >= 0xe0) return b - 0x100;
  if (b >= 0xa0 && b <= 0xbf) return readString(r, b & 0x1f);
  if (b >= 0x90 && b <= 0x9f) return readArray(r, b & 0x0f);
  if (b >= 0x80 && b <= 0x8f) return readMap(r, b & 0x0f);
  const v = r.view;
  switch (b) {
    case 0xc0:
      return null;
    case 0xc2:
      return false;
    case 0xc3:
      return true;
    case 0xca:
      r.need(4);
      return v.getFloat32((r.pos += 4) - 4);
    case 0xcb:
      r.need(8);
      return v.getFloat64((r.pos += 8) - 8);
    case 0xcc:
      r.need(1);
      return r.bytes[r.pos++];
    case 0xcd:
      r.need(2);
      return v.getUint16((r.pos += 2) - 2);
    case 0xce:
      r.need(4);
      return v.getUint32((r.pos += 4) - 4);
    case 0xcf:
      r.need(8);
      return v.getUint32((r.pos += 8) - 8) * 2 ** 32 + v.getUint32(r.pos - 4);
    case 0xd0:
      r.need(1);
      return v.getInt8(r.pos++);
    case 0xd1:
      r.need(2);
      return v.getInt16((r.pos += 2) - 2);
    case 0xd2:
      r.need(4);
      return v.getInt32((r.pos += 4) - 4);
    case 0xd3:
      r.need(8);
      return v.getInt32((r.pos += 8) - 8) * 2 ** 32 + v.getUint32(r.pos - 4);
    case 0xd4:
    case 0xd5:
    case 0xd6:
    case 0xd7:
    case 0xd8:
      return readExtension(r, 1 << (b - 0xd4));
    case 0xc7:
      r.need(1);
      return readExtension(r, r.bytes[r.pos++]);
    case 0xc8:
      r.need(2);
      return readExtension(r, v.getUint16((r.pos += 2) - 2));
    case 0xc9:
      r.need(4);
      return readExtension(r, v.getUint32((r.pos += 4) - 4));
    case 0xd9:
      r.need(1);
      return readString(r, r.bytes[r.pos++]);
    case 0xda:
      r.need(2);
      return readString(r, v.getUint16((r.pos += 2) - 2));
    case 0xdb:
      r.need(4);
      return readString(r, v.getUint32((r.pos += 4) - 4));
    case 0xdc:
      r.need(2);
      return readArray(r, v.getUint16((r.pos += 2) - 2));
    case 0xdd:
      r.need(4);
      return readArray(r, v.getUint32((r.pos += 4) - 4));
    case 0xde:
      r.need(2);
      return readMap(r, v.getUint16((r.pos += 2) - 2));
    case 0xdf:
      r.need(4);
      return readMap(r, v.getUint32((r.pos += 4) - 4));
    default:
      throw new MsgpackError(`msgpack type 0x${b.toString(16)} is not part of a Terraform value`);
  }
}

/** Strings up to this many bytes are built in JavaScript when ASCII (attribute names, ids,
 * most values); longer ones, and any with other characters, go through Node's UTF-8 decoder. */
const SHORT_STRING = 32;

function readString(r: Reader, length: number): string {
  r.need(length);
  const start = r.pos;
  r.pos += length;
  return length <= SHORT_STRING ? shortString(r.bytes, start, length) : utf8(r.bytes, start, length);
}

function shortString(bytes: Uint8Array, start: number, length: number): string {
  const end = start + length;
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return utf8(bytes, start, length);
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}

/** Map keys repeat in every object (attribute names): each is decoded once and then found by
 * its bytes, through a small hash table. */
const KEY_SLOTS = 4096;
const keyBytes: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(KEY_SLOTS);
const keyStrings: string[] = new Array<string>(KEY_SLOTS);

function readKey(r: Reader): string {
  r.need(1);
  const bytes = r.bytes;
  const b = bytes[r.pos];
  if (b < 0xa0 || b > 0xbf) {
    const key = readValue(r);
    if (typeof key !== "string" && typeof key !== "number") throw new MsgpackError("msgpack map key is not a string");
    return String(key);
  }
  const length = b & 0x1f;
  const start = r.pos + 1;
  r.pos = start;
  r.need(length);
  r.pos += length;
  let hash = length;
  for (let i = start; i < start + length; i++) hash = (Math.imul(hash, 31) + bytes[i]) | 0;
  const slot = hash & (KEY_SLOTS - 1);
  const known = keyBytes[slot];
  if (known !== undefined && known.length === length) {
    let same = true;
    for (let i = 0; i < length; i++) {
      if (known[i] !== bytes[start + i]) {
        same = false;
        break;
      }
    }
    if (same) return keyStrings[slot];
  }
  const key = shortString(bytes, start, length);
  keyBytes[slot] = bytes.slice(start, start + length);
  keyStrings[slot] = key;
  return key;
}

const textDecoder = new TextDecoder("utf-8");
function utf8(bytes: Uint8Array, start: number, length: number): string {
  return textDecoder.decode(bytes.subarray(start, start + length));
}

function readArray(r: Reader, length: number): Value[] {
  const out: Value[] = new Array<Value>(length);
  for (let i = 0; i < length; i++) out[i] = readValue(r);
  return out;
}

function readMap(r: Reader, length: number): { [key: string]: Value } {
  const out: { [key: string]: Value } = {};
  for (let i = 0; i < length; i++) {
    const name = readKey(r);
    // Assigning "__proto__" would replace the object's prototype instead of adding a key.
    if (name === "__proto__") throw new MsgpackError("msgpack map key __proto__ is not allowed");
    out[name] = readValue(r);
  }
  return out;
}

function readExtension(r: Reader, length: number): Unknown {
  r.need(1 + length);
  const type = r.bytes[r.pos];
  const start = r.pos + 1;
  r.pos = start + length;
  return type === REFINED_UNKNOWN_EXT ? new Unknown(r.bytes.slice(start, start + length)) : new Unknown();
}

// ---- encoding ----

/** One growing output buffer, reused across encodes (each result is a copy of its part). */
let out = Buffer.allocUnsafe(64 * 1024);
let view = new DataView(out.buffer, out.byteOffset, out.byteLength);
let at = 0;

function reserve(n: number): void {
  if (at + n <= out.length) return;
  const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, at + n));
  out.copy(bigger, 0, 0, at);
  out = bigger;
  view = new DataView(out.buffer, out.byteOffset, out.byteLength);
}

/** Encodes a Value as cty msgpack. */
export function encodeCtyMsgpack(value: Value): Uint8Array {
  at = 0;
  writeValue(value);
  return Uint8Array.prototype.slice.call(out, 0, at);
}

function writeValue(value: Value | undefined): void {
  if (value === null || value === undefined) {
    reserve(1);
    out[at++] = 0xc0;
  } else if (typeof value === "string") writeString(value);
  else if (typeof value === "number") writeNumber(value);
  else if (typeof value === "boolean") {
    reserve(1);
    out[at++] = value ? 0xc3 : 0xc2;
  } else if (Array.isArray(value)) {
    writeLength(value.length, 0x90, 0x0f, 0xdc);
    for (const element of value) writeValue(element);
  } else if (value instanceof Unknown) writeUnknown(value);
  else {
    const keys = Object.keys(value);
    writeLength(keys.length, 0x80, 0x0f, 0xde);
    for (const key of keys) {
      writeString(key);
      writeValue(value[key]);
    }
  }
}

/** An array or map header: fix form up to `fixMax`, else the 16-bit form (`code16`) or the 32-bit one after it. */
function writeLength(length: number, fixBase: number, fixMax: number, code16: number): void {
  reserve(5);
  if (length <= fixMax) out[at++] = fixBase | length;
  else if (length <= 0xffff) {
    out[at++] = code16;
    view.setUint16(at, length);
    at += 2;
  } else {
    out[at++] = code16 + 1;
    view.setUint32(at, length);
    at += 4;
  }
}

function writeNumber(n: number): void {
  reserve(9);
  if (!Number.isSafeInteger(n)) {
    out[at++] = 0xcb;
    view.setFloat64(at, n);
    at += 8;
  } else if (n >= 0) {
    if (n < 0x80) out[at++] = n;
    else if (n < 0x100) {
      out[at++] = 0xcc;
      out[at++] = n;
    } else if (n < 0x10000) {
      out[at++] = 0xcd;
      view.setUint16(at, n);
      at += 2;
    } else if (n < 0x100000000) {
      out[at++] = 0xce;
      view.setUint32(at, n);
      at += 4;
    } else {
      out[at++] = 0xcf;
      view.setUint32(at, Math.floor(n / 2 ** 32));
      view.setUint32(at + 4, n >>> 0);
      at += 8;
    }
  } else if (n >= -0x20) out[at++] = n + 0x100;
  else if (n >= -0x80) {
    out[at++] = 0xd0;
    view.setInt8(at++, n);
  } else if (n >= -0x8000) {
    out[at++] = 0xd1;
    view.setInt16(at, n);
    at += 2;
  } else if (n >= -0x80000000) {
    out[at++] = 0xd2;
    view.setInt32(at, n);
    at += 4;
  } else {
    out[at++] = 0xd3;
    view.setInt32(at, Math.floor(n / 2 ** 32));
    view.setUint32(at + 4, n >>> 0);
    at += 8;
  }
}

function writeString(s: string): void {
  const length = s.length;
  // ASCII below 32 bytes: a fixstr, one byte per character.
  if (length < 32) {
    let ascii = true;
    for (let i = 0; i < length; i++) {
      if (s.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      reserve(1 + length);
      out[at++] = 0xa0 | length;
      for (let i = 0; i < length; i++) out[at++] = s.charCodeAt(i);
      return;
    }
  }
  const size = Buffer.byteLength(s, "utf8");
  reserve(5 + size);
  if (size < 32) out[at++] = 0xa0 | size;
  else writeSize(size, 0xd9);
  at += out.write(s, at, size, "utf8");
}

/** A str or ext size in its 8-, 16- or 32-bit form: the three type codes follow each other. */
function writeSize(size: number, code8: number): void {
  if (size < 0x100) {
    out[at++] = code8;
    out[at++] = size;
  } else if (size < 0x10000) {
    out[at++] = code8 + 1;
    view.setUint16(at, size);
    at += 2;
  } else {
    out[at++] = code8 + 2;
    view.setUint32(at, size);
    at += 4;
  }
}

function writeUnknown(u: Unknown): void {
  const payload = u.refinement;
  if (!payload) {
    reserve(3);
    out[at++] = 0xd4;
    out[at++] = PLAIN_UNKNOWN_EXT;
    out[at++] = 0;
    return;
  }
  const size = payload.length;
  reserve(6 + size);
  const fixed = [1, 2, 4, 8, 16].indexOf(size);
  if (fixed >= 0) out[at++] = 0xd4 + fixed;
  else writeSize(size, 0xc7);
  out[at++] = REFINED_UNKNOWN_EXT;
  out.set(payload, at);
  at += size;
}
