// Message codecs for tfplugin6.Provider and plugin.GRPCController, built from the precompiled
// JSON descriptor (no .proto parsing at start-up). Messages cross this boundary as plain
// objects with the proto's field names; int64 as numbers, enums as names.
import type * as protobuf from "protobufjs/light";
import type { ProviderRpcMessages } from "./messages.generated";

const CONVERSION: protobuf.IConversionOptions = { longs: Number, enums: String, defaults: false };

// Types resolve their fields when first used, not all at once: a process uses a few methods.
// protobufjs (with long.js, which instantiates WebAssembly as it loads) and the descriptor are
// required here, on the first call, not before the handshake: they were a fifth of start-up.
let root: protobuf.Root | undefined;
function protocolRoot(): protobuf.Root {
  if (!root) {
    const { Root } = require("protobufjs/light") as typeof import("protobufjs/light");
    root = Root.fromJSON(require("./descriptor.json") as protobuf.INamespace);
  }
  return root;
}

/** Encodes a plain object as the named message (full name, e.g. "tfplugin6.DynamicValue"). */
export function encodeMessage(typeName: string, value: object): Buffer {
  const type = protocolRoot().lookupType(typeName);
  return Buffer.from(type.encode(type.fromObject(value)).finish());
}

/** Decodes the named message into a plain object. */
export function decodeMessage<T = Record<string, unknown>>(typeName: string, bytes: Uint8Array): T {
  const type = protocolRoot().lookupType(typeName);
  return type.toObject(type.decode(bytes), CONVERSION) as T;
}

/** One unary method of a service: its HTTP/2 path and its message codecs; a tfplugin6.Provider
 * method named in the code decodes its own request type (messages.generated.ts). */
export interface UnaryMethod<Request extends object = object> {
  name: string;
  path: string;
  decodeRequest(bytes: Uint8Array): Request;
  encodeResponse(value: object): Buffer;
  /** The client's side, for tests that call the provider as Terraform does. */
  encodeRequest(value: Request): Buffer;
  decodeResponse(bytes: Uint8Array): Record<string, unknown>;
}

export type ServiceName = "tfplugin6.Provider" | "plugin.GRPCController";

/** The HTTP/2 path of a method, known without loading the descriptor (before the handshake). */
export function methodPath(serviceName: ServiceName, methodName: string): string {
  return `/${serviceName}/${methodName}`;
}

const resolved = new Map<string, UnaryMethod>();

/** A method's codecs, built from the descriptor on first use. */
export function unaryMethod<M extends keyof ProviderRpcMessages>(
  serviceName: "tfplugin6.Provider",
  methodName: M,
): UnaryMethod<ProviderRpcMessages[M]["request"]>;
export function unaryMethod(serviceName: ServiceName, methodName: string): UnaryMethod;
export function unaryMethod(serviceName: ServiceName, methodName: string): UnaryMethod {
  const path = methodPath(serviceName, methodName);
  let method = resolved.get(path);
  if (!method) {
    const definition = protocolRoot().lookupService(serviceName).methods[methodName];
    if (!definition) throw new Error(`${serviceName} has no method ${methodName}`);
    definition.resolve();
    const requestType = definition.resolvedRequestType!;
    const responseType = definition.resolvedResponseType!;
    method = {
      name: methodName,
      path,
      decodeRequest: (bytes) => requestType.toObject(requestType.decode(bytes), CONVERSION),
      encodeResponse: (value) => Buffer.from(responseType.encode(responseType.fromObject(value)).finish()),
      encodeRequest: (value) => Buffer.from(requestType.encode(requestType.fromObject(value)).finish()),
      decodeResponse: (bytes) => responseType.toObject(responseType.decode(bytes), CONVERSION),
    };
    resolved.set(path, method);
  }
  return method;
}
