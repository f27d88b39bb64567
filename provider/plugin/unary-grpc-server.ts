// A gRPC server for unary calls: all a Terraform provider needs. Loading a general gRPC library
// costs more at start-up than everything else the handshake needs, and Terraform starts the
// provider several times per command; and Node's own http2 spends more CPU per call than the
// provider's work for it (see http2-connection.ts), so calls are served on a plain (TLS) socket.
//
// gRPC over HTTP/2, as far as unary calls go: a POST to /<service>/<method> whose body is one
// length-prefixed message (1 byte "compressed" flag, 4 bytes big-endian length, the bytes);
// the answer is the same framing followed by trailers carrying grpc-status (0 = OK).
import * as net from "node:net";
import type * as tls from "node:tls";
import { Http2ServerConnection, type UnaryRequest } from "./http2-connection";

export type UnaryHandler = (request: Buffer) => Promise<Buffer>;

export interface TlsMaterial {
  keyPem: string;
  certPem: string;
  /** The only certificate a client may present (Terraform's, from PLUGIN_CLIENT_CERT). */
  clientCertPem: string;
}

/** gRPC status codes this server answers with. */
export const GrpcStatus = { OK: 0, INVALID_ARGUMENT: 3, INTERNAL: 13, UNIMPLEMENTED: 12 } as const;

const OK_TRAILERS = [["grpc-status", String(GrpcStatus.OK)]] as const;

export function createUnaryGrpcServer(
  handlers: ReadonlyMap<string, UnaryHandler>,
  tlsMaterial: TlsMaterial | undefined,
  onError: (message: string) => void,
  /** Called once a successful answer has been handed to the socket. */
  onAnswered: (path: string) => void = () => {},
): net.Server {
  const answer = (request: UnaryRequest) => {
    const { path } = request;
    const handler = handlers.get(path);
    if (!handler) return endWithStatus(request, GrpcStatus.UNIMPLEMENTED, `unknown method ${path}`);
    const message = unframe(request.body);
    if (typeof message === "string") return endWithStatus(request, GrpcStatus.INVALID_ARGUMENT, message);
    handler(message).then(
      (response) => request.respond(frame(response), OK_TRAILERS, () => onAnswered(path)),
      (err: unknown) => {
        const text = err instanceof Error ? err.message : String(err);
        onError(`${path}: ${text}`);
        endWithStatus(request, GrpcStatus.INTERNAL, text);
      },
    );
  };
  const serveConnection = (socket: net.Socket) => new Http2ServerConnection(socket, answer, onError);
  if (!tlsMaterial) return net.createServer(serveConnection);
  // Terraform dials only once it has read the handshake line, which is written when the socket
  // listens: node:tls and the secure context are made just after that (or by the first
  // connection, should it come sooner), so they overlap Terraform's own work instead of
  // delaying the line. Connections are handed to a TLS server that never listens itself.
  let secureServer: tls.Server | undefined;
  const secure = () => (secureServer ??= createTlsServer(tlsMaterial, serveConnection));
  const server = net.createServer((socket) => secure().emit("connection", socket));
  server.once("listening", () => setImmediate(secure));
  return server;
}

function createTlsServer(material: TlsMaterial, serveConnection: (socket: net.Socket) => void): tls.Server {
  const { createServer } = require("node:tls") as typeof import("node:tls");
  return createServer(
    {
      key: material.keyPem,
      cert: material.certPem,
      ca: material.clientCertPem,
      // mTLS: a client without Terraform's certificate is refused during the handshake.
      requestCert: true,
      rejectUnauthorized: true,
      // gRPC clients insist on HTTP/2 being negotiated.
      ALPNProtocols: ["h2"],
    },
    serveConnection,
  );
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

/** A "trailers-only" answer: the status travels in the only header block. */
function endWithStatus(request: UnaryRequest, status: number, message: string): void {
  request.respondHeadersOnly([
    [":status", "200"],
    ["content-type", "application/grpc"],
    ["grpc-status", String(status)],
    ["grpc-message", encodeURIComponent(message)],
  ]);
}
