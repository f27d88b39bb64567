// A test-only ProviderServer with one resource, echo_thing: a required `message` (changing it
// replaces the thing), an optional+computed `label` ("echo-default" when unset) and a computed
// `id`. It exists to drive the plugin and protocol layers with the real terraform binary.
import { randomUUID } from "node:crypto";
import type {
  ApplyResourceChangeRequest,
  ImportResourceStateRequest,
  PlanResourceChangeRequest,
  ProviderServer,
  ReadDataSourceRequest,
  ReadResourceRequest,
  UpgradeResourceStateRequest,
  ValidateDataResourceConfigRequest,
  ValidateResourceConfigRequest,
} from "../../framework/provider-server";
import type { Schema } from "../../framework/schema";
import { isObjectValue, isUnknown, UNKNOWN, valuesEqual, type ObjectValue } from "../../framework/values";

export const ECHO_THING_SCHEMA: Schema = {
  version: 0,
  description: "A thing that echoes its message.",
  attributes: {
    id: { type: "string", description: "Identifier.", computed: true },
    message: { type: "string", description: "What to echo.", required: true, requiresReplace: true },
    label: { type: "string", description: "A label.", optional: true, computed: true },
  },
};

const PROVIDER_SCHEMA: Schema = {
  version: 0,
  description: "Echo test provider.",
  attributes: { prefix: { type: "string", description: "Unused setting.", optional: true } },
};

function checkType(typeName: string): void {
  if (typeName !== "echo_thing") throw new Error(`unknown resource type ${typeName}`);
}

export class EchoProviderServer implements ProviderServer {
  getProviderSchema() {
    return { provider: PROVIDER_SCHEMA, resourceSchemas: { echo_thing: ECHO_THING_SCHEMA }, dataSourceSchemas: {}, diagnostics: [] };
  }
  getMetadata() {
    // A stray console.log, as any layer might have: serve() must keep it off stdout.
    console.log("echo: metadata requested");
    return { resources: ["echo_thing"], dataSources: [], diagnostics: [] };
  }
  validateProviderConfig() {
    return { diagnostics: [] };
  }
  async configureProvider() {
    return { diagnostics: [] };
  }
  async stopProvider() {
    return {};
  }
  validateResourceConfig({ typeName, config }: ValidateResourceConfigRequest) {
    checkType(typeName);
    if (config.message === "") {
      return { diagnostics: [{ severity: "error" as const, summary: "message must not be empty", path: [{ attribute: "message" }] }] };
    }
    return { diagnostics: [] };
  }
  upgradeResourceState({ typeName, rawStateJson }: UpgradeResourceStateRequest) {
    checkType(typeName);
    const raw = JSON.parse(rawStateJson) as ObjectValue;
    return { upgradedState: { id: raw.id ?? null, message: raw.message ?? null, label: raw.label ?? null }, diagnostics: [] };
  }
  async readResource({ typeName, currentState }: ReadResourceRequest) {
    checkType(typeName);
    return { newState: currentState, diagnostics: [] };
  }
  async planResourceChange({ typeName, priorState: prior, proposedNewState: proposed, config }: PlanResourceChangeRequest) {
    checkType(typeName);
    if (proposed === null || !isObjectValue(config)) return { plannedState: null, requiresReplace: [], diagnostics: [] };
    const replace = prior !== null && !valuesEqual(prior.message, proposed.message);
    const planned: ObjectValue = {
      ...proposed,
      label: config.label ?? "echo-default",
      id: prior === null || replace ? UNKNOWN : prior.id,
    };
    return { plannedState: planned, requiresReplace: replace ? [[{ attribute: "message" }]] : [], diagnostics: [] };
  }
  async applyResourceChange({ typeName, plannedState: planned }: ApplyResourceChangeRequest) {
    checkType(typeName);
    if (planned === null) return { newState: null, diagnostics: [] };
    const id = isUnknown(planned.id) ? `echo-${randomUUID()}` : planned.id;
    return { newState: { ...planned, id }, diagnostics: [] };
  }
  async importResourceState({ typeName, id }: ImportResourceStateRequest) {
    checkType(typeName);
    return { imported: [{ typeName, state: { id, message: null, label: null } }], diagnostics: [] };
  }
  validateDataResourceConfig({ typeName }: ValidateDataResourceConfigRequest): { diagnostics: [] } {
    throw new Error(`no data source ${typeName}`);
  }
  async readDataSource({ typeName }: ReadDataSourceRequest): Promise<{ state: null; diagnostics: [] }> {
    throw new Error(`no data source ${typeName}`);
  }
}
