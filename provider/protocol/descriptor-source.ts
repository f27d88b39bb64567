// Turns the .proto files beside this module into the protobufjs JSON descriptor the provider
// loads at start-up (descriptor.json): parsing .proto text costs start-up time on every one of
// the several provider processes Terraform starts per command, reading JSON costs almost none.
// Regenerate with `npx tsx provider/protocol/descriptor-source.ts` (which also writes the
// messages' TypeScript types, message-types-source.ts); a test fails when either is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as protobuf from "protobufjs";
import { MESSAGE_TYPES_FILE, messageTypesText } from "./message-types-source";

export const PROTO_FILES = ["tfplugin6.proto", "plugin.proto"];
export const DESCRIPTOR_FILE = join(__dirname, "descriptor.json");

export function buildDescriptor(): protobuf.INamespace {
  const root = new protobuf.Root();
  for (const file of PROTO_FILES) {
    protobuf.parse(readFileSync(join(__dirname, file), "utf8"), root, { keepCase: true });
  }
  return root.toJSON();
}

export function descriptorText(): string {
  return JSON.stringify(buildDescriptor(), null, 1) + "\n";
}

if (require.main === module) {
  writeFileSync(DESCRIPTOR_FILE, descriptorText());
  writeFileSync(MESSAGE_TYPES_FILE, messageTypesText(buildDescriptor()));
}
