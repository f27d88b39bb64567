// A gRPC server for unary calls, on Node's own http2: all a Terraform provider needs. Loading
// a general gRPC library costs more at start-up than everything else the handshake needs, and
// Terraform starts the provider several times per command.
//
// gRPC over HTTP/2, as far as unary calls go: a POST to /<service>/<method> whose body is one
// length-prefixed message (1 byte "compressed" flag, 4 bytes big-endian length, the bytes);
// the answer is the same framing followed by trailers carrying grpc-status (0 = OK).
import * as http2 from "node:http2";

export type UnaryHandler = (request: Buffer) => Promise<Buffer>;

export interface TlsMaterial {
  keyPem: string;
  certPem: string;
  /** The only certificate a client may present (Terraform's, from PLUGIN_CLIENT_CERT). */
  clientCertPem: string;
}

/** gRPC status codes this server answers with. */
export const GrpcStatus = { OK: 0, INVALID_ARGUMENT: 3, INTERNAL: 13, UNIMPLEMENTED: 12 } as const;

export function createUnaryGrpcServer(
  handlers: ReadonlyMap<string, UnaryHandler>,
  tls: TlsMaterial | undefined,
  onError: (message: string) => void,
  /** Called once a successful answer has been sent and its stream closed. */
  onAnswered: (path: string) => void = () => {},
): http2.Http2Server {
  const server = tls
    ? http2.createSecureServer({
        key: tls.keyPem,
        cert: tls.certPem,
        ca: tls.clientCertPem,
        // mTLS: a client without Terraform's certificate is refused during the handshake.
        requestCert: true,
        rejectUnauthorized: true,
        allowHTTP1: false,
      })
    : http2.createServer();
  server.on("stream", (stream, headers) => {
    const path = String(headers[":path"] ?? "");
    const handler = handlers.get(path);
    if (!handler) return endWithStatus(stream, GrpcStatus.UNIMPLEMENTED, `unknown method ${path}`);
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const request = unframe(Buffer.concat(chunks));
      if (typeof request === "string") return endWithStatus(stream, GrpcStatus.INVALID_ARGUMENT, request);
      handler(request).then(
        (response) => {
          stream.once("close", () => onAnswered(path));
          respond(stream, response);
        },
        (err: unknown) => {
          const message = err instanceof Error ? err.message : String(err);
          onError(`${path}: ${message}`);
          endWithStatus(stream, GrpcStatus.INTERNAL, message);
        },
      );
    });
    stream.on("error", (err) => onError(`${path}: ${err.message}`));
  });
  return server;
}

/** The one message of a unary request, or a sentence saying what is wrong with the body. */
export function unframe(body: Buffer): Buffer | string {
  if (body.length < 5) return "request body is not a gRPC message";
  if (body[0] !== 0) return "compressed gRPC messages are not supported";
  const length = body.readUInt32BE(1);
  if (body.length !== 5 + length) return "request body is not exactly one gRPC message";
  return body.subarray(5);
}

export function frame(message: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt32BE(message.length, 1);
  return Buffer.concat([header, message]);
}

function respond(stream: http2.ServerHttp2Stream, message: Buffer): void {
  if (stream.destroyed) return;
  stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
  stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": String(GrpcStatus.OK) }));
  stream.end(frame(message));
}

/** A "trailers-only" answer: the status travels in the only header block. */
function endWithStatus(stream: http2.ServerHttp2Stream, status: number, message: string): void {
  if (stream.destroyed) return;
  stream.respond(
    { ":status": 200, "content-type": "application/grpc", "grpc-status": String(status), "grpc-message": encodeURIComponent(message) },
    { endStream: true },
  );
}
