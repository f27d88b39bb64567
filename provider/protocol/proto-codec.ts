// The protobuf codec of the tfplugin6 and go-plugin messages, read from the same JSON descriptor
// (descriptor.json) and working on plain objects directly. protobufjs builds a message object
// per call and then converts it (toObject, fromObject), and generates its codec functions
// with `new Function` in every provider process; for the ~1,500 small calls of a plan that was
// more work than the messages themselves. This codec keeps protobufjs's conventions exactly
// (its output is the reference in proto-codec.test.ts):
// - decoding: proto field names; int64 as numbers; enums as their names (an unknown value as
//   its number); bytes as Buffers sharing the input's memory; a field absent from the wire is
//   absent from the object, and so is an empty repeated or map field; unknown fields skipped;
// - encoding: what protobufjs's fromObject accepts (null and undefined mean absent; strings,
//   bools and int64 converted as it converts them; enums by name or number; bytes as a
//   Uint8Array or base64), fields written in field-number order, present scalars written even
//   when they hold their default.
// Only the field types tfplugin6 uses are supported (string, bytes, bool, int64, enums,
// messages, repeated fields, maps with string keys); another type in the descriptor fails
// when its message is first used.

/** The protobufjs JSON descriptor's shape, as far as this codec reads it. */
export interface DescriptorNamespace {
  nested?: Record<string, DescriptorNamespace & { fields?: Record<string, DescriptorField>; values?: Record<string, number> }>;
}
interface DescriptorField {
  type: string;
  id: number;
  rule?: string;
  keyType?: string;
}

type FieldKind = "string" | "bytes" | "bool" | "int64" | "enum" | "message";

interface FieldCodec {
  name: string;
  id: number;
  kind: FieldKind;
  repeated: boolean;
  /** A map field (string keys); `kind` and `message` describe its values. */
  map: boolean;
  /** The field's key on the wire (number << 3 | wire type), and the same as varint bytes. */
  key: number;
  keyBytes: number[];
  message?: string;
  enumNames?: ReadonlyMap<number, string>;
  enumValues?: Readonly<Record<string, number>>;
}

export interface MessageCodec {
  fullName: string;
  /** In field-number order, as they are written. */
  fields: FieldCodec[];
  byNumber: ReadonlyMap<number, FieldCodec>;
}

const WIRE = { VARINT: 0, FIXED64: 1, LENGTH_DELIMITED: 2, START_GROUP: 3, END_GROUP: 4, FIXED32: 5 } as const;

export class ProtoError extends Error {}

/** Codecs for every message of a descriptor, each built on its first use. */
export class ProtoCodecs {
  private readonly definitions = new Map<string, { fields?: Record<string, DescriptorField>; values?: Record<string, number> }>();
  private readonly codecs = new Map<string, MessageCodec>();

  constructor(descriptor: DescriptorNamespace) {
    const walk = (ns: DescriptorNamespace, prefix: string) => {
      for (const [name, child] of Object.entries(ns.nested ?? {})) {
        const fullName = prefix ? `${prefix}.${name}` : name;
        this.definitions.set(fullName, child);
        walk(child, fullName);
      }
    };
    walk(descriptor, "");
  }

  has(fullName: string): boolean {
    return this.definitions.get(fullName)?.fields !== undefined;
  }

  /** Every message type's full name. */
  messageNames(): string[] {
    return [...this.definitions].filter(([, d]) => d.fields !== undefined).map(([name]) => name);
  }

  codec(fullName: string): MessageCodec {
    let codec = this.codecs.get(fullName);
    if (!codec) {
      const definition = this.definitions.get(fullName);
      if (!definition?.fields) throw new ProtoError(`no message type ${fullName}`);
      const fields = Object.entries(definition.fields)
        .map(([name, f]) => this.fieldCodec(fullName, name, f))
        .sort((a, b) => a.id - b.id);
      codec = { fullName, fields, byNumber: new Map(fields.map((f) => [f.id, f])) };
      this.codecs.set(fullName, codec);
    }
    return codec;
  }

  decode(fullName: string, bytes: Uint8Array): Record<string, unknown> {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const reader = { buffer, pos: 0 };
    const out = this.decodeMessage(this.codec(fullName), reader, buffer.length);
    if (reader.pos !== buffer.length) throw new ProtoError(`${fullName}: message ends inside a field`);
    return out;
  }

  encode(fullName: string, value: object): Buffer {
    const codec = this.codec(fullName);
    const sizes: number[] = [];
    const length = this.messageSize(codec, value as Record<string, unknown>, sizes);
    const writer = { buffer: Buffer.allocUnsafe(length), pos: 0, sizes, next: 0 };
    this.writeMessage(codec, value as Record<string, unknown>, writer);
    return writer.buffer;
  }

  private fieldCodec(owner: string, name: string, f: DescriptorField): FieldCodec {
    const map = f.keyType !== undefined;
    if (map && f.keyType !== "string") throw new ProtoError(`${owner}.${name}: map keys of type ${f.keyType} are not supported`);
    const base = { name, id: f.id, repeated: f.rule === "repeated", map };
    const scalar = (kind: FieldKind, wire: number): FieldCodec => ({ ...base, kind, ...keyOf(f.id, map ? WIRE.LENGTH_DELIMITED : wire) });
    switch (f.type) {
      case "string":
        return scalar("string", WIRE.LENGTH_DELIMITED);
      case "bytes":
        return scalar("bytes", WIRE.LENGTH_DELIMITED);
      case "bool":
        return scalar("bool", WIRE.VARINT);
      case "int64":
        return scalar("int64", WIRE.VARINT);
    }
    const target = this.resolve(owner, f.type);
    if (target === undefined) throw new ProtoError(`${owner}.${name}: unsupported or unknown type ${f.type}`);
    const definition = this.definitions.get(target)!;
    if (definition.values) {
      const values = definition.values;
      const enumNames = new Map(Object.entries(values).map(([n, v]) => [v, n]));
      return { ...base, kind: "enum", enumNames, enumValues: values, ...keyOf(f.id, map ? WIRE.LENGTH_DELIMITED : WIRE.VARINT) };
    }
    return { ...base, kind: "message", message: target, ...keyOf(f.id, WIRE.LENGTH_DELIMITED) };
  }

  /** A type name as protobuf scopes it: looked up from the innermost enclosing scope outwards. */
  private resolve(owner: string, typeName: string): string | undefined {
    if (typeName.startsWith(".")) return this.definitions.has(typeName.slice(1)) ? typeName.slice(1) : undefined;
    const scope = owner.split(".");
    for (let i = scope.length; i >= 0; i--) {
      const candidate = [...scope.slice(0, i), typeName].join(".");
      const definition = this.definitions.get(candidate);
      if (definition && (definition.fields || definition.values)) return candidate;
    }
    return undefined;
  }

  // --- decoding ---

  private decodeMessage(codec: MessageCodec, r: Reader, end: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (r.pos < end) {
      const key = readVarint32(r);
      const field = codec.byNumber.get(key >>> 3);
      if (field === undefined) {
        skipField(r, key & 7, key >>> 3);
        continue;
      }
      if ((key & 7) !== (field.key & 7)) throw new ProtoError(`${codec.fullName}.${field.name}: wire type ${key & 7} where ${field.key & 7} belongs`);
      if (field.map) {
        const entries = (out[field.name] as Record<string, unknown> | undefined) ?? (out[field.name] = {});
        this.decodeMapEntry(field, r, entries);
      } else if (field.repeated) {
        const items = (out[field.name] as unknown[] | undefined) ?? (out[field.name] = []);
        items.push(this.readValue(field, r));
      } else out[field.name] = this.readValue(field, r);
    }
    if (r.pos > end) throw new ProtoError(`${codec.fullName}: a field runs past the end of its message`);
    return out;
  }

  private readValue(field: FieldCodec, r: Reader): unknown {
    switch (field.kind) {
      case "string": {
        const end = lengthDelimitedEnd(r);
        const text = r.buffer.toString("utf8", r.pos, end);
        r.pos = end;
        return text;
      }
      case "bytes": {
        const end = lengthDelimitedEnd(r);
        const bytes = r.buffer.subarray(r.pos, end);
        r.pos = end;
        return bytes;
      }
      case "bool":
        return readVarint32(r) !== 0;
      case "int64":
        return readInt64(r);
      case "enum": {
        const n = readVarint32(r) | 0;
        return field.enumNames!.get(n) ?? n;
      }
      case "message": {
        const end = lengthDelimitedEnd(r);
        return this.decodeMessage(this.codec(field.message!), r, end);
      }
    }
  }

  private decodeMapEntry(field: FieldCodec, r: Reader, entries: Record<string, unknown>): void {
    const end = lengthDelimitedEnd(r);
    let key = "";
    let value: unknown;
    while (r.pos < end) {
      const tag = readVarint32(r);
      if (tag === ((1 << 3) | WIRE.LENGTH_DELIMITED)) {
        const keyEnd = lengthDelimitedEnd(r);
        key = r.buffer.toString("utf8", r.pos, keyEnd);
        r.pos = keyEnd;
      } else if (tag >>> 3 === 2) value = this.readValue({ ...field, map: false, repeated: false }, r);
      else skipField(r, tag & 7, tag >>> 3);
    }
    if (r.pos !== end) throw new ProtoError(`${field.name}: a map entry runs past its end`);
    entries[key] = value ?? defaultOf(field, this);
  }

  // --- encoding ---

  /** The encoded size of a message's fields; nested messages' sizes are pushed on `sizes` in
   * the order writeMessage meets them. */
  private messageSize(codec: MessageCodec, value: Record<string, unknown>, sizes: number[]): number {
    if (value === null || typeof value !== "object") throw new TypeError(`${codec.fullName}: object expected`);
    let size = 0;
    for (const field of codec.fields) {
      const v = value[field.name];
      if (v === null || v === undefined) continue;
      if (field.map) {
        if (typeof v !== "object") throw new TypeError(`.${codec.fullName}.${field.name}: object expected`);
        for (const key of Object.keys(v)) {
          const slot = sizes.length;
          sizes.push(0);
          const entry = 1 + stringSize(key) + this.valueSize(field, (v as Record<string, unknown>)[key], sizes, 2);
          sizes[slot] = entry;
          size += field.keyBytes.length + varintSize(entry) + entry;
        }
      } else if (field.repeated) {
        if (!Array.isArray(v)) throw new TypeError(`.${codec.fullName}.${field.name}: array expected`);
        for (const item of v) size += field.keyBytes.length + this.valueSize(field, item, sizes, 0);
      } else if (field.kind !== "enum" || enumNumber(field, v) !== undefined) {
        size += field.keyBytes.length + this.valueSize(field, v, sizes, 0);
      }
    }
    return size;
  }

  /** The size of one value (with its length prefix where it has one); `tagBytes` adds a map
   * entry's value tag. */
  private valueSize(field: FieldCodec, v: unknown, sizes: number[], tagBytes: number): number {
    const withTag = (n: number) => (tagBytes > 0 ? 1 + n : n);
    switch (field.kind) {
      case "string":
        return withTag(stringSize(String(v)));
      case "bytes": {
        const n = bytesOf(v).length;
        return withTag(varintSize(n) + n);
      }
      case "bool":
        return withTag(1);
      case "int64":
        return withTag(int64Size(int64Of(v)));
      case "enum": {
        const n = enumNumber(field, v) ?? 0;
        return withTag(n < 0 ? 10 : varintSize(n));
      }
      case "message": {
        if (v === null || v === undefined || typeof v !== "object") throw new TypeError(`.${field.message}: object expected`);
        const slot = sizes.length;
        sizes.push(0);
        const n = this.messageSize(this.codec(field.message!), v as Record<string, unknown>, sizes);
        sizes[slot] = n;
        return withTag(varintSize(n) + n);
      }
    }
  }

  private writeMessage(codec: MessageCodec, value: Record<string, unknown>, w: Writer): void {
    for (const field of codec.fields) {
      const v = value[field.name];
      if (v === null || v === undefined) continue;
      if (field.map) {
        for (const key of Object.keys(v)) {
          writeKey(w, field.keyBytes);
          writeVarint(w, w.sizes[w.next++]);
          w.buffer[w.pos++] = (1 << 3) | WIRE.LENGTH_DELIMITED;
          writeString(w, key);
          this.writeValue(
            field,
            (v as Record<string, unknown>)[key],
            w,
            (2 << 3) | (field.kind === "message" || field.kind === "string" || field.kind === "bytes" ? WIRE.LENGTH_DELIMITED : WIRE.VARINT),
          );
        }
      } else if (field.repeated) {
        for (const item of v as unknown[]) {
          writeKey(w, field.keyBytes);
          this.writeValue(field, item, w, -1);
        }
      } else if (field.kind !== "enum" || enumNumber(field, v) !== undefined) {
        writeKey(w, field.keyBytes);
        this.writeValue(field, v, w, -1);
      }
    }
  }

  private writeValue(field: FieldCodec, v: unknown, w: Writer, tag: number): void {
    if (tag >= 0) w.buffer[w.pos++] = tag;
    switch (field.kind) {
      case "string":
        return writeString(w, String(v));
      case "bytes": {
        const bytes = bytesOf(v);
        writeVarint(w, bytes.length);
        w.buffer.set(bytes, w.pos);
        w.pos += bytes.length;
        return;
      }
      case "bool":
        w.buffer[w.pos++] = v ? 1 : 0;
        return;
      case "int64":
        return writeInt64(w, int64Of(v));
      case "enum":
        return writeInt64(w, enumNumber(field, v) ?? 0);
      case "message":
        writeVarint(w, w.sizes[w.next++]);
        return this.writeMessage(this.codec(field.message!), v as Record<string, unknown>, w);
    }
  }
}

interface Reader {
  buffer: Buffer;
  pos: number;
}

interface Writer extends Reader {
  /** Nested messages' and map entries' sizes, in writing order, and the next one's index. */
  sizes: number[];
  next: number;
}

function keyOf(id: number, wire: number): { key: number; keyBytes: number[] } {
  const key = (id << 3) | wire;
  const keyBytes: number[] = [];
  let n = key;
  while (n > 0x7f) {
    keyBytes.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  keyBytes.push(n);
  return { key, keyBytes };
}

/** A map value missing from its entry: what protobufjs puts there (and toObject gives). */
function defaultOf(field: FieldCodec, codecs: ProtoCodecs): unknown {
  switch (field.kind) {
    case "string":
      return "";
    case "bytes":
      return Buffer.alloc(0);
    case "bool":
      return false;
    case "int64":
      return 0;
    case "enum":
      return field.enumNames!.get(0) ?? 0;
    case "message":
      return codecs.decode(field.message!, Buffer.alloc(0));
  }
}

function readVarint32(r: Reader): number {
  const b = r.buffer;
  let value = 0;
  for (let shift = 0; shift < 70; shift += 7) {
    if (r.pos >= b.length) throw new ProtoError("message ends inside a varint");
    const byte = b[r.pos++];
    if (shift < 32) value |= (byte & 0x7f) << shift;
    if (byte < 0x80) return value >>> 0;
  }
  throw new ProtoError("varint longer than 10 bytes");
}

/** A signed 64-bit varint as a number (exact up to 2^53, as protobufjs's Number conversion). */
function readInt64(r: Reader): number {
  const b = r.buffer;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < 10; i++) {
    if (r.pos >= b.length) throw new ProtoError("message ends inside a varint");
    const byte = b[r.pos++];
    if (i < 4) lo |= (byte & 0x7f) << (7 * i);
    else if (i === 4) {
      lo |= (byte & 0x0f) << 28;
      hi |= (byte & 0x7f) >> 4;
    } else hi |= (byte & 0x7f) << (7 * i - 32);
    if (byte < 0x80) {
      lo >>>= 0;
      hi >>>= 0;
      if (hi >>> 31) {
        // Two's complement: negate the 64 bits.
        lo = (~lo + 1) >>> 0;
        hi = ~hi >>> 0;
        if (lo === 0) hi = (hi + 1) >>> 0;
        return -(lo + hi * 4294967296);
      }
      return lo + hi * 4294967296;
    }
  }
  throw new ProtoError("varint longer than 10 bytes");
}

function lengthDelimitedEnd(r: Reader): number {
  const length = readVarint32(r);
  const end = r.pos + length;
  if (end > r.buffer.length) throw new ProtoError("a field's length runs past the end of the message");
  return end;
}

function skipField(r: Reader, wire: number, number: number): void {
  switch (wire) {
    case WIRE.VARINT:
      readInt64(r);
      return;
    case WIRE.FIXED64:
      r.pos += 8;
      break;
    case WIRE.LENGTH_DELIMITED:
      r.pos = lengthDelimitedEnd(r);
      return;
    case WIRE.START_GROUP:
      for (;;) {
        const key = readVarint32(r);
        if ((key & 7) === WIRE.END_GROUP) {
          if (key >>> 3 !== number) throw new ProtoError("mismatched group end");
          return;
        }
        skipField(r, key & 7, key >>> 3);
      }
    case WIRE.FIXED32:
      r.pos += 4;
      break;
    default:
      throw new ProtoError(`invalid wire type ${wire}`);
  }
  if (r.pos > r.buffer.length) throw new ProtoError("message ends inside a field");
}

function varintSize(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

function stringSize(s: string): number {
  const n = Buffer.byteLength(s, "utf8");
  return varintSize(n) + n;
}

/** int64 from what protobufjs's fromObject accepts without Long: a number, or a decimal string. */
function int64Of(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "string") return parseInt(v, 10);
  throw new TypeError("int64 expected as a number");
}

function int64Size(n: number): number {
  if (n < 0) return 10;
  let size = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

function bytesOf(v: unknown): Uint8Array {
  if (typeof v === "string") return Buffer.from(v, "base64");
  if (v instanceof Uint8Array) return v;
  throw new TypeError("bytes expected as a Uint8Array");
}

function enumNumber(field: FieldCodec, v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string") return Object.hasOwn(field.enumValues!, v) ? field.enumValues![v] : undefined;
  return undefined;
}

function writeKey(w: Writer, keyBytes: number[]): void {
  for (const b of keyBytes) w.buffer[w.pos++] = b;
}

function writeVarint(w: Writer, n: number): void {
  while (n > 0x7f) {
    w.buffer[w.pos++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  w.buffer[w.pos++] = n;
}

function writeInt64(w: Writer, n: number): void {
  let lo: number;
  let hi: number;
  const magnitude = Math.abs(n);
  lo = magnitude >>> 0;
  hi = Math.floor((magnitude - lo) / 4294967296) >>> 0;
  if (n < 0) {
    lo = (~lo + 1) >>> 0;
    hi = ~hi >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  }
  while (hi > 0 || lo > 0x7f) {
    w.buffer[w.pos++] = (lo & 0x7f) | 0x80;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  w.buffer[w.pos++] = lo;
}

function writeString(w: Writer, s: string): void {
  const n = Buffer.byteLength(s, "utf8");
  writeVarint(w, n);
  w.buffer.write(s, w.pos, n, "utf8");
  w.pos += n;
}
