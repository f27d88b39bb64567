import { readFileSync } from "node:fs";
import * as protobuf from "protobufjs";
import { DESCRIPTOR_FILE, buildDescriptor, descriptorText } from "./descriptor-source";
import { MESSAGE_TYPES_FILE, messageTypesText } from "./message-types-source";

describe("protocol descriptor", () => {
  test("descriptor.json is generated from the .proto files (run descriptor-source.ts when this fails)", () => {
    expect(readFileSync(DESCRIPTOR_FILE, "utf8")).toBe(descriptorText());
  });

  test("messages.generated.ts holds the messages' types (run descriptor-source.ts when this fails)", () => {
    expect(readFileSync(MESSAGE_TYPES_FILE, "utf8")).toBe(messageTypesText(buildDescriptor()));
  });

  const root = protobuf.Root.fromJSON(buildDescriptor());
  const fieldId = (message: string, field: string) => root.lookupType(message).fields[field]?.id;

  // Numbers from the official tfplugin6.proto (protocol 6.x); a wrong one silently drops data.
  test.each<[string, string, number]>([
    ["tfplugin6.DynamicValue", "msgpack", 1],
    ["tfplugin6.DynamicValue", "json", 2],
    ["tfplugin6.Diagnostic", "attribute", 4],
    ["tfplugin6.AttributePath.Step", "element_key_int", 3],
    ["tfplugin6.ValidateProviderConfig.Response", "diagnostics", 2],
    ["tfplugin6.GetProviderSchema.Response", "provider", 1],
    ["tfplugin6.GetProviderSchema.Response", "resource_schemas", 2],
    ["tfplugin6.GetProviderSchema.Response", "data_source_schemas", 3],
    ["tfplugin6.GetProviderSchema.Response", "diagnostics", 4],
    ["tfplugin6.GetProviderSchema.Response", "provider_meta", 5],
    ["tfplugin6.GetProviderSchema.Response", "server_capabilities", 6],
    ["tfplugin6.Schema.Attribute", "nested_type", 10],
    ["tfplugin6.Schema.Attribute", "deprecated", 9],
    ["tfplugin6.Schema.Attribute", "write_only", 11],
    ["tfplugin6.Schema.Attribute", "type", 2],
    ["tfplugin6.Schema.Object", "attributes", 1],
    ["tfplugin6.Schema.Object", "nesting", 3],
    ["tfplugin6.Schema.Block", "block_types", 3],
    ["tfplugin6.Schema.NestedBlock", "max_items", 5],
    ["tfplugin6.ServerCapabilities", "plan_destroy", 1],
    ["tfplugin6.ServerCapabilities", "move_resource_state", 3],
    ["tfplugin6.UpgradeResourceState.Request", "raw_state", 3],
    ["tfplugin6.ReadResource.Response", "private", 3],
    ["tfplugin6.PlanResourceChange.Request", "prior_private", 5],
    ["tfplugin6.PlanResourceChange.Response", "planned_state", 1],
    ["tfplugin6.PlanResourceChange.Response", "requires_replace", 2],
    ["tfplugin6.PlanResourceChange.Response", "planned_private", 3],
    ["tfplugin6.PlanResourceChange.Response", "diagnostics", 4],
    ["tfplugin6.ApplyResourceChange.Response", "new_state", 1],
    ["tfplugin6.ApplyResourceChange.Response", "private", 2],
    ["tfplugin6.ApplyResourceChange.Response", "diagnostics", 3],
    ["tfplugin6.ImportResourceState.Response", "imported_resources", 1],
    ["tfplugin6.ReadDataSource.Response", "state", 1],
    ["tfplugin6.ConfigureProvider.Request", "config", 2],
    ["tfplugin6.ConfigureProvider.Request", "terraform_version", 1],
    ["tfplugin6.ConfigureProvider.Request", "client_capabilities", 3],
    ["tfplugin6.ClientCapabilities", "deferral_allowed", 1],
    ["tfplugin6.ClientCapabilities", "write_only_attributes_allowed", 2],
    ["tfplugin6.ValidateResourceConfig.Request", "client_capabilities", 3],
    ["tfplugin6.ReadResource.Request", "provider_meta", 4],
    ["tfplugin6.ReadResource.Request", "client_capabilities", 5],
    ["tfplugin6.PlanResourceChange.Request", "provider_meta", 6],
    ["tfplugin6.PlanResourceChange.Request", "client_capabilities", 7],
    ["tfplugin6.ApplyResourceChange.Request", "provider_meta", 6],
    ["tfplugin6.ImportResourceState.Request", "client_capabilities", 3],
    ["tfplugin6.ReadDataSource.Request", "provider_meta", 3],
    ["tfplugin6.ReadDataSource.Request", "client_capabilities", 4],
    ["tfplugin6.StopProvider.Response", "Error", 1],
  ])("%s.%s = %i", (message, field, id) => {
    expect(fieldId(message, field)).toBe(id);
  });

  test("Schema.Object.NestingMode numbers: SINGLE 1, LIST 2, SET 3", () => {
    expect(root.lookupEnum("tfplugin6.Schema.Object.NestingMode").values).toMatchObject({ INVALID: 0, SINGLE: 1, LIST: 2, SET: 3, MAP: 4 });
  });

  test("services: tfplugin6.Provider and plugin.GRPCController/Shutdown", () => {
    expect(Object.keys(root.lookupService("tfplugin6.Provider").methods)).toEqual(
      expect.arrayContaining(["GetProviderSchema", "PlanResourceChange", "ApplyResourceChange", "UpgradeResourceState", "StopProvider"]),
    );
    expect(Object.keys(root.lookupService("plugin.GRPCController").methods)).toEqual(["Shutdown"]);
  });
});
