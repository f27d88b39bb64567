// A test-only ProviderServer with one resource, echo_thing: a required `message` (changing it
// replaces the thing), an optional+computed `label` ("echo-default" when unset) and a computed
// `id`. It exists to drive the plugin and protocol layers with the real terraform binary.
// Beside it, when asked (ECHO_NESTED=1), echo_nested, served by the framework's
// FrameworkProviderServer, has one nested attribute of each nesting, so that the framework's
// nested plans meet the real binary too.
import { randomUUID } from "node:crypto";
import { FrameworkProviderServer } from "../../framework/core";
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
import { nestedType, type Attribute, type NestedAttributes, type Schema } from "../../framework/schema";
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

const nested = (n: NestedAttributes, flags: Partial<Attribute>): Attribute => ({ type: nestedType(n), nested: n, description: "Nested.", ...flags });
const topics: Attribute = { type: { set: "string" }, description: "Topics.", optional: true, computed: true, default: [] };

export const ECHO_NESTED_SCHEMA: Schema = {
  version: 0,
  description: "Echoes nested attributes of each nesting.",
  attributes: {
    id: { type: "string", description: "Identifier.", computed: true, useStateForUnknown: true },
    source: nested(
      {
        nesting: "single",
        attributes: {
          id: { type: "string", description: "Id.", required: true, requiresReplace: true },
          topics,
          kind: { type: "string", description: "Computed.", computed: true },
        },
      },
      { required: true },
    ),
    transforms: nested(
      {
        nesting: "list",
        attributes: {
          id: { type: "string", description: "Id.", required: true },
          topics,
          status: { type: "string", description: "Computed.", computed: true, useStateForUnknown: true },
        },
      },
      { optional: true, computed: true, default: [] },
    ),
    rules: nested(
      {
        nesting: "set",
        attributes: {
          regex: { type: "string", description: "Regex.", required: true },
          label: { type: "string", description: "Label.", optional: true, computed: true, default: "auto" },
        },
      },
      { optional: true },
    ),
    tags: { type: { set: "string" }, description: "Tags.", optional: true, computed: true, default: ["b", "a"] },
  },
};

/** echo_nested: the API's computed values are `kind` and each transform's `status`. */
const nestedFramework = new FrameworkProviderServer<true>({
  typeName: "echo",
  schema: { version: 0, description: "Echo test provider.", attributes: {} },
  configure: async () => true,
  dataSources: [],
  resources: [
    {
      typeName: "echo_nested",
      schema: ECHO_NESTED_SCHEMA,
      create: async ({ planned }) => settle({ ...planned, id: `nested-${randomUUID()}` }),
      update: async ({ planned }) => settle(planned),
      read: async ({ state }) => state,
      delete: async () => undefined,
    },
  ],
});

function settle(planned: ObjectValue): ObjectValue {
  const transforms = Array.isArray(planned.transforms) ? planned.transforms : [];
  return {
    ...planned,
    source: { ...(planned.source as ObjectValue), kind: "echoed" },
    transforms: transforms.map((t, i) => ({ ...(t as ObjectValue), status: `running-${i}` })),
  };
}

function checkType(typeName: string): void {
  if (typeName !== "echo_thing") throw new Error(`unknown resource type ${typeName}`);
}

export class EchoProviderServer implements ProviderServer {
  constructor(private readonly withNested = false) {}
  private isNested(typeName: string): boolean {
    return this.withNested && typeName === "echo_nested";
  }
  getProviderSchema() {
    const resourceSchemas: Record<string, Schema> = this.withNested
      ? { echo_thing: ECHO_THING_SCHEMA, echo_nested: ECHO_NESTED_SCHEMA }
      : { echo_thing: ECHO_THING_SCHEMA };
    return { provider: PROVIDER_SCHEMA, resourceSchemas, dataSourceSchemas: {}, diagnostics: [] };
  }
  getMetadata() {
    // A stray console.log, as any layer might have: serve() must keep it off stdout.
    console.log("echo: metadata requested");
    process.stdout.write("echo: a stray write to stdout\n");
    return { resources: ["echo_thing"], dataSources: [], diagnostics: [] };
  }
  validateProviderConfig() {
    return { diagnostics: [] };
  }
  async configureProvider() {
    return nestedFramework.configureProvider({
      config: {},
      terraformVersion: "",
      clientCapabilities: { deferralAllowed: false, writeOnlyAttributesAllowed: false },
    });
  }
  async stopProvider() {
    return {};
  }
  validateResourceConfig(req: ValidateResourceConfigRequest) {
    if (this.isNested(req.typeName)) return nestedFramework.validateResourceConfig(req);
    const { typeName, config } = req;
    checkType(typeName);
    if (config.message === "") {
      return { diagnostics: [{ severity: "error" as const, summary: "message must not be empty", path: [{ attribute: "message" }] }] };
    }
    return { diagnostics: [] };
  }
  upgradeResourceState(req: UpgradeResourceStateRequest) {
    if (this.isNested(req.typeName)) return nestedFramework.upgradeResourceState(req);
    const { typeName, rawStateJson } = req;
    checkType(typeName);
    const raw = JSON.parse(rawStateJson) as ObjectValue;
    return { upgradedState: { id: raw.id ?? null, message: raw.message ?? null, label: raw.label ?? null }, diagnostics: [] };
  }
  async readResource(req: ReadResourceRequest) {
    if (this.isNested(req.typeName)) return nestedFramework.readResource(req);
    const { typeName, currentState } = req;
    checkType(typeName);
    return { newState: currentState, diagnostics: [] };
  }
  async planResourceChange(req: PlanResourceChangeRequest) {
    if (this.isNested(req.typeName)) return nestedFramework.planResourceChange(req);
    const { typeName, priorState: prior, proposedNewState: proposed, config } = req;
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
  async applyResourceChange(req: ApplyResourceChangeRequest) {
    if (this.isNested(req.typeName)) return nestedFramework.applyResourceChange(req);
    const { typeName, plannedState: planned } = req;
    checkType(typeName);
    if (planned === null) return { newState: null, diagnostics: [] };
    const id = isUnknown(planned.id) ? `echo-${randomUUID()}` : planned.id;
    return { newState: { ...planned, id }, diagnostics: [] };
  }
  async importResourceState(req: ImportResourceStateRequest) {
    if (this.isNested(req.typeName)) return nestedFramework.importResourceState(req);
    const { typeName, id } = req;
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
