// Writes messages.generated.ts: a TypeScript interface for every tfplugin6 message, as
// grpc-services.ts decodes it (proto field names, int64 as number, enums as their names, every
// field optional since absent fields stay absent), and the request and response of each
// tfplugin6.Provider method. Types only: nothing of it exists at run time. Written with
// descriptor.json by `npx tsx provider/protocol/descriptor-source.ts`; a test fails when stale.
import { join } from "node:path";
import * as protobuf from "protobufjs";

export const MESSAGE_TYPES_FILE = join(__dirname, "messages.generated.ts");

const SCALARS: Record<string, string> = {
  string: "string",
  bool: "boolean",
  bytes: "Uint8Array",
  int32: "number",
  int64: "number",
  uint32: "number",
  uint64: "number",
  double: "number",
  float: "number",
};

/** The TypeScript name of a message or enum: its full name inside tfplugin6, dots dropped
 * (tfplugin6.PlanResourceChange.Request → PlanResourceChangeRequest). */
function typeName(type: protobuf.ReflectionObject): string {
  return type.fullName.replace(/^\.tfplugin6\./, "").replace(/\./g, "");
}

export function messageTypesText(descriptor: protobuf.INamespace): string {
  const root = protobuf.Root.fromJSON(descriptor);
  root.resolveAll();
  const namespace = root.lookup("tfplugin6") as protobuf.Namespace;
  const out: string[] = [
    "// Generated from tfplugin6.proto by provider/protocol/message-types-source.ts; never edited by hand.",
    "// The tfplugin6 messages as grpc-services.ts decodes them: proto field names, int64 as number,",
    "// enums as names, every field optional (an absent field stays absent).",
  ];
  const seen = new Map<string, string>();
  const visit = (ns: protobuf.NamespaceBase) => {
    for (const item of ns.nestedArray) {
      if (item instanceof protobuf.Type || item instanceof protobuf.Enum) {
        const name = typeName(item);
        if (seen.has(name)) throw new Error(`${item.fullName} and ${seen.get(name)} both become ${name}`);
        seen.set(name, item.fullName);
        out.push("", item instanceof protobuf.Enum ? enumText(name, item) : messageText(name, item));
      }
      if (item instanceof protobuf.Namespace || item instanceof protobuf.Type) visit(item);
    }
  };
  visit(namespace);
  const service = namespace.lookupService("Provider");
  out.push("", "/** The request and response of each tfplugin6.Provider method. */", "export interface ProviderRpcMessages {");
  for (const method of service.methodsArray) {
    method.resolve();
    out.push(`  ${method.name}: { request: ${typeName(method.resolvedRequestType!)}; response: ${typeName(method.resolvedResponseType!)} };`);
  }
  out.push("}", "");
  return out.join("\n");
}

function enumText(name: string, type: protobuf.Enum): string {
  return `export type ${name} = ${Object.keys(type.values)
    .map((v) => JSON.stringify(v))
    .join(" | ")};`;
}

function messageText(name: string, type: protobuf.Type): string {
  const fields = type.fieldsArray.map((field) => {
    const value = field.resolvedType ? typeName(field.resolvedType) : SCALARS[field.type];
    if (!value) throw new Error(`${type.fullName}.${field.name}: no TypeScript type for ${field.type}`);
    const shape = field.map ? `Record<string, ${value}>` : field.repeated ? `${value}[]` : value;
    return `  ${field.name}?: ${shape};`;
  });
  return fields.length === 0 ? `export type ${name} = Record<string, never>;` : [`export interface ${name} {`, ...fields, "}"].join("\n");
}
