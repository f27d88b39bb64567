// The small public interfaces a provider is written against, after terraform-plugin-framework:
// a resource is an object with a schema and create/read/update/delete; optional capabilities
// (validate, modifyPlan, checkPlan, importState) are optional methods. The framework (core.ts) does the
// protocol-facing work: exact attribute sets, defaults, unknowns, requires-replace, errors.
import type { AttributePath, Diagnostics } from "./diagnostics";
import type { Schema } from "./schema";
import type { ObjectValue } from "./values";

/** Passed to every resource and data source call. */
export interface CallContext<Client> {
  /** What the provider's configure() returned. */
  client: Client;
  /** Warnings (and errors) to report with the call's result. */
  diagnostics: Diagnostics;
  /** Aborted when Terraform sends StopProvider. */
  signal: AbortSignal;
}

export interface PlanRequest {
  /** null on create. */
  prior: ObjectValue | null;
  /** The plan as the framework computed it (defaults applied, unknowns set). */
  planned: ObjectValue;
  config: ObjectValue;
}

export interface PlanModification {
  planned?: ObjectValue;
  requiresReplace?: AttributePath[];
}

export interface Resource<Client = unknown> {
  typeName: string;
  schema: Schema;
  /** Checks beyond types and required-ness; values may be unknown during validation. */
  validate?(config: ObjectValue, diagnostics: Diagnostics): void;
  /** Adjusts the framework's plan; requiresReplace paths are added to the framework's own. */
  modifyPlan?(req: PlanRequest, diagnostics: Diagnostics): PlanModification | void;
  /** Checks of the finished plan that need the API (what a referenced object is), reported in
   * ctx.diagnostics; called only once the provider is configured. */
  checkPlan?(req: PlanRequest, ctx: CallContext<Client>): Promise<void>;
  /** Returns the new state; every attribute of the schema need not be present (missing → null). */
  create(req: { planned: ObjectValue; config: ObjectValue }, ctx: CallContext<Client>): Promise<ObjectValue>;
  /** Returns the refreshed state, or null when the remote object is gone. */
  read(req: { state: ObjectValue }, ctx: CallContext<Client>): Promise<ObjectValue | null>;
  update(req: { prior: ObjectValue; planned: ObjectValue; config: ObjectValue }, ctx: CallContext<Client>): Promise<ObjectValue>;
  delete(req: { state: ObjectValue }, ctx: CallContext<Client>): Promise<void>;
  /** Turns an import id into a partial state that read() can complete. Without it, import is refused. */
  importState?(id: string, ctx: CallContext<Client>): ObjectValue;
}

export interface DataSource<Client = unknown> {
  typeName: string;
  schema: Schema;
  validate?(config: ObjectValue, diagnostics: Diagnostics): void;
  read(req: { config: ObjectValue }, ctx: CallContext<Client>): Promise<ObjectValue>;
}

export interface ProviderDefinition<Client = unknown> {
  /** The provider type name, e.g. "streamkap"; resource type names start with it. */
  typeName: string;
  schema: Schema;
  validate?(config: ObjectValue, diagnostics: Diagnostics): void;
  /** Builds the client every resource call receives; report problems in diagnostics. */
  configure(config: ObjectValue, diagnostics: Diagnostics, terraformVersion: string): Promise<Client | undefined>;
  resources: Resource<Client>[];
  dataSources: DataSource<Client>[];
}
