// grpc-js client definitions for tests: the provider called over a gRPC library of its own,
// as Terraform calls it, with the same message codecs the provider serves.
import type * as grpc from "@grpc/grpc-js";
import { unaryMethod, type ServiceName } from "../../protocol/grpc-services";

export function clientDefinition(serviceName: ServiceName, methodNames: string[]): grpc.ServiceDefinition {
  const definition: Record<string, grpc.MethodDefinition<object, object>> = {};
  for (const name of methodNames) {
    const method = unaryMethod(serviceName, name);
    definition[name] = {
      path: method.path,
      requestStream: false,
      responseStream: false,
      requestSerialize: (value) => method.encodeRequest(value),
      requestDeserialize: (bytes) => method.decodeRequest(bytes),
      responseSerialize: (value) => method.encodeResponse(value),
      responseDeserialize: (bytes) => method.decodeResponse(bytes),
    };
  }
  return definition;
}
