// Message codecs for tfplugin6.Provider and plugin.GRPCController, built from the precompiled
// JSON descriptor (no .proto parsing at start-up). Messages cross this boundary as plain
// objects with the proto's field names; int64 as numbers, enums as names (proto-codec.ts).
import type { ProviderRpcMessages } from "./messages.generated";
import { ProtoCodecs, type DescriptorNamespace } from "./proto-codec";

// Message codecs are built when first used, not all at once: a process uses a few methods. The
// descriptor is required here, on the first call, not before the handshake.
type Descriptor = DescriptorNamespace & { nested: Record<string, { nested: Record<string, { methods?: Record<string, MethodDefinition> }> }> };
let descriptor: Descriptor | undefined;
let codecs: ProtoCodecs | undefined;
function protocolDescriptor(): Descriptor {
  descriptor ??= require("./descriptor.json") as Descriptor;
  return descriptor;
}
function protocolCodecs(): ProtoCodecs {
  codecs ??= new ProtoCodecs(protocolDescriptor());
  return codecs;
}

/** Encodes a plain object as the named message (full name, e.g. "tfplugin6.DynamicValue"). */
export function encodeMessage(typeName: string, value: object): Buffer {
  return protocolCodecs().encode(typeName, value);
}

/** Decodes the named message into a plain object. */
export function decodeMessage<T = Record<string, unknown>>(typeName: string, bytes: Uint8Array): T {
  return protocolCodecs().decode(typeName, bytes) as T;
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
    const definition = serviceMethods(serviceName)[methodName];
    if (!definition) throw new Error(`${serviceName} has no method ${methodName}`);
    const { requestType, responseType } = messageTypes(serviceName, definition);
    const messages = protocolCodecs();
    method = {
      name: methodName,
      path,
      decodeRequest: (bytes) => messages.decode(requestType, bytes),
      encodeResponse: (value) => messages.encode(responseType, value),
      encodeRequest: (value) => messages.encode(requestType, value),
      decodeResponse: (bytes) => messages.decode(responseType, bytes),
    };
    resolved.set(path, method);
  }
  return method;
}

interface MethodDefinition {
  requestType: string;
  responseType: string;
}

function serviceMethods(serviceName: ServiceName): Record<string, MethodDefinition | undefined> {
  const [pkg, service] = serviceName.split(".");
  return protocolDescriptor().nested[pkg].nested[service].methods ?? {};
}

/** A method's message types by full name (the descriptor names them relative to the package). */
function messageTypes(serviceName: ServiceName, definition: MethodDefinition): MethodDefinition {
  const pkg = serviceName.split(".")[0];
  const full = (name: string) => (protocolCodecs().has(`${pkg}.${name}`) ? `${pkg}.${name}` : name);
  return { requestType: full(definition.requestType), responseType: full(definition.responseType) };
}
