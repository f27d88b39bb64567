// The server side of one HTTP/2 connection (RFC 9113), cut to what unary gRPC calls from one
// trusted client need: frames read straight off the (TLS) socket, requests gathered per stream,
// and each answer written as one buffer of HEADERS, DATA and trailer frames. Node's own http2
// builds a Duplex stream, header objects and a dozen listeners per call; for the ~1,500 calls of
// a 300-object plan that machinery cost as much CPU as all of the provider's own work.
//
// What it does: the connection preface and SETTINGS (acknowledged; the client's initial window
// and frame size honoured), a receive window opened wide once (so the client never waits on us),
// the send windows of the client respected (answers wait for WINDOW_UPDATE, e.g. the schema),
// PING answered, RST_STREAM and GOAWAY obeyed, HPACK for header blocks (CONTINUATION included),
// padding and priority fields skipped. No server push, no priorities, no request trailers.
import type { Duplex } from "node:stream";
import { encodeHeaders, HpackDecoder } from "./hpack";

const PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1");
const FRAME = { DATA: 0, HEADERS: 1, RST_STREAM: 3, SETTINGS: 4, PING: 6, GOAWAY: 7, WINDOW_UPDATE: 8, CONTINUATION: 9 } as const;
const FLAG = { END_STREAM: 0x1, ACK: 0x1, END_HEADERS: 0x4, PADDED: 0x8, PRIORITY: 0x20 } as const;
const SETTING = { INITIAL_WINDOW_SIZE: 0x4, MAX_FRAME_SIZE: 0x5 } as const;
const MAX_WINDOW = 2 ** 31 - 1;
const DEFAULT_WINDOW = 65_535;

/** One request, once its body is complete. `respond` takes the answer's body (already gRPC
 * framed) and trailers, and calls `sent` once the bytes are handed to the socket. */
export interface UnaryRequest {
  path: string;
  body: Buffer;
  /** Answers with a body, then trailers. */
  respond(body: Buffer, trailers: readonly (readonly [string, string])[], sent?: () => void): void;
  /** Answers with headers only ("trailers-only"): no body. */
  respondHeadersOnly(headers: readonly (readonly [string, string])[]): void;
}

interface Stream {
  id: number;
  path: string;
  chunks: Buffer[];
  /** How much the client lets us send on this stream. */
  sendWindow: number;
  /** An answer still waiting for window: the DATA not yet sent, then its trailers. */
  pending?: { data: Buffer; offset: number; trailers: Buffer; sent?: () => void };
}

export class Http2ServerConnection {
  private buffered: Buffer = Buffer.alloc(0);
  private prefaceSeen = false;
  private readonly streams = new Map<number, Stream>();
  private readonly hpack = new HpackDecoder();
  /** A header block split over HEADERS and CONTINUATION frames. */
  private headerBlock?: { streamId: number; fragments: Buffer[]; endStream: boolean };
  private connectionSendWindow = DEFAULT_WINDOW;
  private peerInitialWindow = DEFAULT_WINDOW;
  private peerMaxFrame = 16_384;
  /** Bytes received since we last reopened the connection's receive window. */
  private receivedSinceUpdate = 0;
  private closed = false;

  constructor(
    private readonly socket: Duplex,
    private readonly onRequest: (request: UnaryRequest) => void,
    private readonly onError: (message: string) => void,
  ) {
    // Our SETTINGS (stream windows as large as allowed) and a connection window as large.
    socket.write(Buffer.concat([frame(FRAME.SETTINGS, 0, 0, setting(SETTING.INITIAL_WINDOW_SIZE, MAX_WINDOW)), windowUpdate(0, MAX_WINDOW - DEFAULT_WINDOW)]));
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    socket.on("error", () => this.close());
    socket.on("end", () => this.close());
    socket.on("close", () => (this.closed = true));
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.end();
  }

  private fail(message: string): void {
    this.onError(`HTTP/2: ${message}`);
    // GOAWAY, PROTOCOL_ERROR (1), with the last stream we saw.
    const payload = Buffer.alloc(8);
    payload.writeUInt32BE(Math.max(0, ...this.streams.keys()), 0);
    payload.writeUInt32BE(1, 4);
    this.socket.write(frame(FRAME.GOAWAY, 0, 0, payload));
    this.close();
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    let data = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    if (!this.prefaceSeen) {
      if (data.length < PREFACE.length) {
        this.buffered = data;
        return;
      }
      if (!data.subarray(0, PREFACE.length).equals(PREFACE)) return this.fail("the client did not open with the HTTP/2 preface");
      this.prefaceSeen = true;
      data = data.subarray(PREFACE.length);
    }
    let at = 0;
    while (!this.closed && data.length - at >= 9) {
      const length = data.readUIntBE(at, 3);
      if (data.length - at < 9 + length) break;
      const type = data[at + 3];
      const flags = data[at + 4];
      const streamId = data.readUInt32BE(at + 5) & 0x7fffffff;
      const payload = data.subarray(at + 9, at + 9 + length);
      at += 9 + length;
      try {
        this.frameReceived(type, flags, streamId, payload);
      } catch (err) {
        return this.fail(err instanceof Error ? err.message : String(err));
      }
    }
    this.buffered = at === data.length ? Buffer.alloc(0) : Buffer.from(data.subarray(at));
  }

  private frameReceived(type: number, flags: number, streamId: number, payload: Buffer): void {
    if (this.headerBlock && type !== FRAME.CONTINUATION) throw new Error("a header block was interrupted by another frame");
    switch (type) {
      case FRAME.DATA:
        return this.dataReceived(flags, streamId, payload);
      case FRAME.HEADERS: {
        let fragment = unpadded(flags, payload);
        if (flags & FLAG.PRIORITY) fragment = fragment.subarray(5);
        this.headerBlock = { streamId, fragments: [fragment], endStream: (flags & FLAG.END_STREAM) !== 0 };
        if (flags & FLAG.END_HEADERS) this.headersReceived();
        return;
      }
      case FRAME.CONTINUATION:
        if (!this.headerBlock || this.headerBlock.streamId !== streamId) throw new Error("CONTINUATION without its HEADERS");
        this.headerBlock.fragments.push(payload);
        if (flags & FLAG.END_HEADERS) this.headersReceived();
        return;
      case FRAME.RST_STREAM:
        this.streams.delete(streamId);
        return;
      case FRAME.SETTINGS:
        if (flags & FLAG.ACK) return;
        for (let i = 0; i + 6 <= payload.length; i += 6) this.settingReceived(payload.readUInt16BE(i), payload.readUInt32BE(i + 2));
        this.socket.write(frame(FRAME.SETTINGS, FLAG.ACK, 0, Buffer.alloc(0)));
        return this.flushPending();
      case FRAME.PING:
        if (!(flags & FLAG.ACK)) this.socket.write(frame(FRAME.PING, FLAG.ACK, 0, payload));
        return;
      case FRAME.GOAWAY:
        // The client opens no new streams; those it has will still be answered.
        return;
      case FRAME.WINDOW_UPDATE: {
        const increment = payload.readUInt32BE(0) & 0x7fffffff;
        if (streamId === 0) this.connectionSendWindow += increment;
        else {
          const stream = this.streams.get(streamId);
          if (stream) stream.sendWindow += increment;
        }
        return this.flushPending();
      }
      default:
        return; // PRIORITY and unknown frame types are ignored, as the RFC asks
    }
  }

  private settingReceived(id: number, value: number): void {
    if (id === SETTING.INITIAL_WINDOW_SIZE) {
      for (const stream of this.streams.values()) stream.sendWindow += value - this.peerInitialWindow;
      this.peerInitialWindow = value;
    } else if (id === SETTING.MAX_FRAME_SIZE) this.peerMaxFrame = value;
  }

  private headersReceived(): void {
    const { streamId, fragments, endStream } = this.headerBlock!;
    this.headerBlock = undefined;
    const headers = this.hpack.decode(fragments.length === 1 ? fragments[0] : Buffer.concat(fragments));
    if (this.streams.has(streamId)) return; // request trailers: gRPC clients send none that matter
    const path = headers.find(([name]) => name === ":path")?.[1] ?? "";
    const stream: Stream = { id: streamId, path, chunks: [], sendWindow: this.peerInitialWindow };
    this.streams.set(streamId, stream);
    if (endStream) this.requestComplete(stream);
  }

  private dataReceived(flags: number, streamId: number, payload: Buffer): void {
    this.receivedSinceUpdate += payload.length;
    if (this.receivedSinceUpdate > MAX_WINDOW / 2) {
      this.socket.write(windowUpdate(0, this.receivedSinceUpdate));
      this.receivedSinceUpdate = 0;
    }
    const stream = this.streams.get(streamId);
    if (!stream) return; // reset or already answered
    stream.chunks.push(unpadded(flags, payload));
    if (flags & FLAG.END_STREAM) this.requestComplete(stream);
  }

  private requestComplete(stream: Stream): void {
    const body = stream.chunks.length === 1 ? stream.chunks[0] : Buffer.concat(stream.chunks);
    stream.chunks = [];
    this.onRequest({
      path: stream.path,
      body,
      respond: (data, trailers, sent) => {
        if (!this.isOpen(stream)) return;
        stream.pending = { data, offset: 0, trailers: encodeHeaders(trailers), sent };
        const headers = frame(FRAME.HEADERS, FLAG.END_HEADERS, stream.id, RESPONSE_HEADERS);
        this.sendPending(stream, [headers]);
      },
      respondHeadersOnly: (headers) => {
        if (!this.isOpen(stream)) return;
        this.streams.delete(stream.id);
        this.socket.write(frame(FRAME.HEADERS, FLAG.END_HEADERS | FLAG.END_STREAM, stream.id, encodeHeaders(headers)));
      },
    });
  }

  private isOpen(stream: Stream): boolean {
    return !this.closed && this.streams.get(stream.id) === stream;
  }

  private flushPending(): void {
    for (const stream of this.streams.values()) if (stream.pending) this.sendPending(stream, []);
  }

  /** Sends as much of the stream's answer as the windows allow, after `frames`; the trailers
   * (and the stream's end) once all DATA is out. */
  private sendPending(stream: Stream, frames: Buffer[]): void {
    const pending = stream.pending!;
    while (pending.offset < pending.data.length) {
      const size = Math.min(pending.data.length - pending.offset, this.peerMaxFrame, this.connectionSendWindow, stream.sendWindow);
      if (size <= 0) break;
      frames.push(frame(FRAME.DATA, 0, stream.id, pending.data.subarray(pending.offset, pending.offset + size)));
      pending.offset += size;
      this.connectionSendWindow -= size;
      stream.sendWindow -= size;
    }
    const done = pending.offset === pending.data.length;
    if (done) {
      frames.push(frame(FRAME.HEADERS, FLAG.END_HEADERS | FLAG.END_STREAM, stream.id, pending.trailers));
      this.streams.delete(stream.id);
      stream.pending = undefined;
    }
    if (frames.length === 0) return;
    const bytes = frames.length === 1 ? frames[0] : Buffer.concat(frames);
    if (done && pending.sent) this.socket.write(bytes, pending.sent);
    else this.socket.write(bytes);
  }
}

const RESPONSE_HEADERS = encodeHeaders([
  [":status", "200"],
  ["content-type", "application/grpc"],
]);

function frame(type: number, flags: number, streamId: number, payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(9 + payload.length);
  out.writeUIntBE(payload.length, 0, 3);
  out[3] = type;
  out[4] = flags;
  out.writeUInt32BE(streamId, 5);
  out.set(payload, 9);
  return out;
}

function setting(id: number, value: number): Buffer {
  const out = Buffer.alloc(6);
  out.writeUInt16BE(id, 0);
  out.writeUInt32BE(value, 2);
  return out;
}

function windowUpdate(streamId: number, increment: number): Buffer {
  const payload = Buffer.alloc(4);
  payload.writeUInt32BE(increment, 0);
  return frame(FRAME.WINDOW_UPDATE, 0, streamId, payload);
}

/** A DATA or HEADERS payload without its padding. */
function unpadded(flags: number, payload: Buffer): Buffer {
  if (!(flags & FLAG.PADDED)) return payload;
  const padding = payload[0];
  if (padding >= payload.length) throw new Error("padding longer than its frame");
  return payload.subarray(1, payload.length - padding);
}
