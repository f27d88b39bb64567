// The server core: implements every tfplugin6 RPC (as ProviderServer) over a
// ProviderDefinition. It owns the protocol-facing rules — exact attribute sets, validation,
// plans, consistent apply results, errors as diagnostics — so resources only talk to their API.
// Request fields it does not use yet (provider_meta, client capabilities) arrive and are ignored.
import { Diagnostics, type AttributePath, type Diagnostic } from "./diagnostics";
import { conformObject } from "./conform";
import { diagnosticsFromError } from "./errors";
import { dataSourceState, newStateAfterApply, withoutUnknowns } from "./new-state";
import { applyPlanModifiers, planCreate, planUpdate, replacePaths } from "./plan";
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  ConfigureProviderRequest,
  ConfigureProviderResponse,
  GetMetadataRequest,
  GetMetadataResponse,
  GetProviderSchemaRequest,
  GetProviderSchemaResponse,
  ImportResourceStateRequest,
  ImportResourceStateResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  ProviderServer,
  ReadDataSourceRequest,
  ReadDataSourceResponse,
  ReadResourceRequest,
  ReadResourceResponse,
  StopProviderRequest,
  StopProviderResponse,
  UpgradeResourceStateRequest,
  UpgradeResourceStateResponse,
  ValidateDataResourceConfigRequest,
  ValidateProviderConfigRequest,
  ValidateResourceConfigRequest,
  WithDiagnostics,
} from "./provider-server";
import type { CallContext, DataSource, ProviderDefinition, Resource } from "./resource";
import { schemaProblems } from "./schema-check";
import { validateConfig } from "./validate";
import { isObjectValue, type ObjectValue } from "./values";

type Configured<Client> = { ok: true; client: Client } | { ok: false; reason: string };

export class FrameworkProviderServer<Client = unknown> implements ProviderServer {
  private readonly resources = new Map<string, Resource<Client>>();
  private readonly dataSources = new Map<string, DataSource<Client>>();
  private readonly stop = new AbortController();
  private configured: Configured<Client> = { ok: false, reason: "ConfigureProvider has not been called." };

  constructor(private readonly definition: ProviderDefinition<Client>) {
    const problems = schemaProblems(definition.schema, `provider ${definition.typeName}`);
    const prefix = `${definition.typeName}_`;
    const register = <T extends { typeName: string; schema: ProviderDefinition["schema"] }>(kind: string, items: T[], into: Map<string, T>) => {
      for (const item of items) {
        if (!item.typeName.startsWith(prefix)) problems.push(`${kind} ${item.typeName} does not start with "${prefix}"`);
        if (into.has(item.typeName)) problems.push(`${kind} ${item.typeName} is defined twice`);
        problems.push(...schemaProblems(item.schema, `${kind} ${item.typeName}`));
        into.set(item.typeName, item);
      }
    };
    register("resource", definition.resources, this.resources);
    register("data source", definition.dataSources, this.dataSources);
    if (problems.length > 0) throw new Error(`Invalid provider definition:\n- ${problems.join("\n- ")}`);
  }

  getProviderSchema(_req: GetProviderSchemaRequest): GetProviderSchemaResponse {
    const schemas = <T extends { schema: ProviderDefinition["schema"] }>(m: Map<string, T>) =>
      Object.fromEntries([...m].map(([name, item]) => [name, item.schema]));
    return {
      provider: this.definition.schema,
      resourceSchemas: schemas(this.resources),
      dataSourceSchemas: schemas(this.dataSources),
      diagnostics: [],
    };
  }

  getMetadata(_req: GetMetadataRequest): GetMetadataResponse {
    return { resources: [...this.resources.keys()], dataSources: [...this.dataSources.keys()], diagnostics: [] };
  }

  validateProviderConfig({ config }: ValidateProviderConfigRequest): WithDiagnostics {
    return { diagnostics: validated(this.definition, config) };
  }

  async configureProvider({ config, terraformVersion }: ConfigureProviderRequest): Promise<ConfigureProviderResponse> {
    const diagnostics = new Diagnostics();
    try {
      const client = await this.definition.configure(conformObject(this.definition.schema, config), diagnostics, terraformVersion);
      if (diagnostics.hasErrors()) this.configured = { ok: false, reason: "Its configuration failed; see the errors reported for the provider block." };
      else if (client === undefined)
        this.configured = { ok: false, reason: "Its configuration did not produce a client (are some settings unknown until apply?)." };
      else this.configured = { ok: true, client };
    } catch (error) {
      diagnostics.append(diagnosticsFromError(error));
      this.configured = { ok: false, reason: "Its configuration failed; see the errors reported for the provider block." };
    }
    return { diagnostics: diagnostics.items };
  }

  async stopProvider(_req: StopProviderRequest): Promise<StopProviderResponse> {
    this.stop.abort();
    return {};
  }

  validateResourceConfig({ typeName, config }: ValidateResourceConfigRequest): WithDiagnostics {
    const resource = this.resources.get(typeName);
    if (!resource) return { diagnostics: unknownType("resource", typeName) };
    return { diagnostics: validated(resource, config) };
  }

  validateDataResourceConfig({ typeName, config }: ValidateDataResourceConfigRequest): WithDiagnostics {
    const dataSource = this.dataSources.get(typeName);
    if (!dataSource) return { diagnostics: unknownType("data source", typeName) };
    return { diagnostics: validated(dataSource, config) };
  }

  upgradeResourceState({ typeName, version, rawStateJson }: UpgradeResourceStateRequest): UpgradeResourceStateResponse {
    const resource = this.resources.get(typeName);
    if (!resource) return { diagnostics: unknownType("resource", typeName), upgradedState: null };
    if (version > resource.schema.version) {
      return {
        diagnostics: [
          error(
            "State written by a newer provider",
            `The ${typeName} state has schema version ${version}; this provider knows up to ${resource.schema.version}. Upgrade the provider.`,
          ),
        ],
        upgradedState: null,
      };
    }
    let raw: unknown;
    try {
      raw = rawStateJson.trim() === "" ? null : JSON.parse(rawStateJson);
    } catch {
      // The parser's message quotes the text, and state may hold secrets: say only what failed.
      return { diagnostics: [error("Unreadable state", `The stored ${typeName} state is not valid JSON.`)], upgradedState: null };
    }
    if (raw === null) return { diagnostics: [], upgradedState: null };
    if (!isObjectValue(raw)) return { diagnostics: [error("Unreadable state", `The stored ${typeName} state is not an object.`)], upgradedState: null };
    try {
      return { diagnostics: [], upgradedState: conformObject(resource.schema, raw) };
    } catch (e) {
      return { diagnostics: diagnosticsFromError(e), upgradedState: null };
    }
  }

  async readResource({ typeName, currentState, private: priv }: ReadResourceRequest): Promise<ReadResourceResponse> {
    const diagnostics = new Diagnostics();
    const resource = this.resources.get(typeName);
    if (!resource) return { diagnostics: unknownType("resource", typeName), newState: currentState, private: priv };
    if (currentState === null) return { diagnostics: [], newState: null, private: priv };
    const ctx = this.context(diagnostics);
    if (!ctx) return { diagnostics: diagnostics.items, newState: currentState, private: priv };
    try {
      const state = await resource.read({ state: currentState }, ctx);
      return {
        diagnostics: diagnostics.items,
        newState: state === null ? null : withoutUnknowns(resource.schema, conformObject(resource.schema, state), diagnostics),
        private: priv,
      };
    } catch (e) {
      return { diagnostics: diagnostics.append(diagnosticsFromError(e)).items, newState: currentState, private: priv };
    }
  }

  async planResourceChange({ typeName, priorState, proposedNewState, config, priorPrivate }: PlanResourceChangeRequest): Promise<PlanResourceChangeResponse> {
    const diagnostics = new Diagnostics();
    const resource = this.resources.get(typeName);
    if (!resource) return { diagnostics: unknownType("resource", typeName), plannedState: proposedNewState, requiresReplace: [], plannedPrivate: priorPrivate };
    if (proposedNewState === null) return { diagnostics: [], plannedState: null, requiresReplace: [], plannedPrivate: priorPrivate };
    try {
      const extraReplace: AttributePath[] = [];
      const modify = (planned: ObjectValue): ObjectValue => {
        const modification = resource.modifyPlan?.({ prior: priorState, planned, config: config ?? {} }, diagnostics);
        extraReplace.push(...(modification?.requiresReplace ?? []));
        const adjusted = modification?.planned ? conformObject(resource.schema, modification.planned) : planned;
        return applyPlanModifiers(resource.schema, priorState, adjusted, config ?? {});
      };
      const planned =
        priorState === null
          ? modify(planCreate(resource.schema, proposedNewState, config))
          : planUpdate(resource.schema, priorState, proposedNewState, config, modify);
      const requiresReplace = priorState === null ? [] : uniquePaths([...replacePaths(resource.schema, priorState, planned), ...extraReplace]);
      // Without a configured client (settings unknown until apply) the check waits for the
      // plan Terraform makes again at apply, before any write.
      if (resource.checkPlan && this.configured.ok && !diagnostics.hasErrors()) {
        await resource.checkPlan(
          { prior: priorState, planned, config: config ?? {} },
          { client: this.configured.client, diagnostics, signal: this.stop.signal },
        );
      }
      return { diagnostics: diagnostics.items, plannedState: planned, requiresReplace, plannedPrivate: priorPrivate };
    } catch (e) {
      return {
        diagnostics: diagnostics.append(diagnosticsFromError(e)).items,
        plannedState: proposedNewState,
        requiresReplace: [],
        plannedPrivate: priorPrivate,
      };
    }
  }

  async applyResourceChange({ typeName, priorState, plannedState, config, plannedPrivate }: ApplyResourceChangeRequest): Promise<ApplyResourceChangeResponse> {
    const diagnostics = new Diagnostics();
    const resource = this.resources.get(typeName);
    // Whatever fails, no new state: with an error, Terraform then keeps its own copy of the prior
    // state, sensitive marks included. Returning the prior value instead would be stored without
    // the marks a sensitive variable put on it (a refused delete has no planned value to take
    // them from), and the next plan would show a change of sensitivity alone.
    const failed = () => ({ diagnostics: diagnostics.items, newState: null, private: plannedPrivate });
    if (!resource) return { diagnostics: unknownType("resource", typeName), newState: null, private: plannedPrivate };
    if (plannedState === null && priorState === null) return { diagnostics: [], newState: null, private: plannedPrivate };
    const ctx = this.context(diagnostics);
    if (!ctx) return failed();
    try {
      if (plannedState === null) {
        await resource.delete({ state: priorState as ObjectValue }, ctx);
        return { diagnostics: diagnostics.items, newState: null, private: undefined };
      }
      const result =
        priorState === null
          ? await resource.create({ planned: plannedState, config: config ?? {} }, ctx)
          : await resource.update({ prior: priorState, planned: plannedState, config: config ?? {} }, ctx);
      const newState = newStateAfterApply(resource.schema, result, plannedState, config, diagnostics);
      return { diagnostics: diagnostics.items, newState, private: plannedPrivate };
    } catch (e) {
      diagnostics.append(diagnosticsFromError(e));
      return failed();
    }
  }

  async importResourceState({ typeName, id }: ImportResourceStateRequest): Promise<ImportResourceStateResponse> {
    const diagnostics = new Diagnostics();
    const resource = this.resources.get(typeName);
    if (!resource) return { diagnostics: unknownType("resource", typeName), imported: [] };
    if (!resource.importState) return { diagnostics: [error(`resource ${typeName} does not support import`)], imported: [] };
    const ctx = this.context(diagnostics);
    if (!ctx) return { diagnostics: diagnostics.items, imported: [] };
    try {
      const state = withoutUnknowns(resource.schema, conformObject(resource.schema, resource.importState(id, ctx)), diagnostics);
      return { diagnostics: diagnostics.items, imported: [{ typeName, state }] };
    } catch (e) {
      return { diagnostics: diagnostics.append(diagnosticsFromError(e)).items, imported: [] };
    }
  }

  async readDataSource({ typeName, config }: ReadDataSourceRequest): Promise<ReadDataSourceResponse> {
    const diagnostics = new Diagnostics();
    const dataSource = this.dataSources.get(typeName);
    if (!dataSource) return { diagnostics: unknownType("data source", typeName), state: null };
    const ctx = this.context(diagnostics);
    if (!ctx) return { diagnostics: diagnostics.items, state: null };
    try {
      const conformedConfig = conformObject(dataSource.schema, config);
      const result = await dataSource.read({ config: conformedConfig }, ctx);
      return { diagnostics: diagnostics.items, state: dataSourceState(dataSource.schema, result, conformedConfig, diagnostics) };
    } catch (e) {
      return { diagnostics: diagnostics.append(diagnosticsFromError(e)).items, state: null };
    }
  }

  /** The context for a resource call, or undefined (with an error) before a successful configure. */
  private context(diagnostics: Diagnostics): CallContext<Client> | undefined {
    if (!this.configured.ok) {
      diagnostics.error("Provider not configured", `The ${this.definition.typeName} provider cannot manage resources yet. ${this.configured.reason}`);
      return undefined;
    }
    return { client: this.configured.client, diagnostics, signal: this.stop.signal };
  }
}

/** Schema checks, then the definition's own validate(); thrown errors become diagnostics. */
function validated(target: { schema: ProviderDefinition["schema"]; validate?(config: ObjectValue, d: Diagnostics): void }, config: ObjectValue): Diagnostic[] {
  const diagnostics = new Diagnostics();
  validateConfig(target.schema, config, diagnostics);
  if (target.schema.deprecated) diagnostics.warning("Deprecated", target.schema.deprecated);
  try {
    target.validate?.(config, diagnostics);
  } catch (e) {
    diagnostics.append(diagnosticsFromError(e));
  }
  return diagnostics.items;
}

function error(summary: string, detail?: string): Diagnostic {
  return { severity: "error", summary, detail };
}

function unknownType(kind: string, typeName: string): Diagnostic[] {
  return [error(`Unknown ${kind} type`, `This provider has no ${kind} named "${typeName}".`)];
}

function uniquePaths(paths: AttributePath[]): AttributePath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
