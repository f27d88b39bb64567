// The one resource body every connector resource shares, typed or generic: create, read,
// update, delete and import, each an API call through the kind's collection and a wait for
// the connector's status. What differs between the two shapes of resource — the schema, the
// checks beyond the attributes' own, the write request made from the plan and the state made
// from the API's answer — is passed in as a ConnectorShape.
import type { Diagnostics } from "../../framework/diagnostics";
import type { PlanRequest, Resource } from "../../framework/resource";
import type { Schema } from "../../framework/schema";
import type { ObjectValue } from "../../framework/values";
import type { ApiConnector } from "../api/collections/connectors";
import type { StreamkapApi } from "../api/client";
import { describedCall, requireId, resolvePlanned } from "../common/calls";
import { createAndWait, deleteAndWait, updateAndWait } from "../common/operations";
import { checkTagKinds } from "../common/tags";
import { isFreshImport, warnSecretsNotImported } from "./import-notice";
import { watchedConnectors, type ConnectorKind } from "./kind";
import { connectorWrite, connectorWriteRequest } from "./lifecycle-attributes";

/** How the API's answer is read: where warnings go, and whether secrets were asked for. */
export interface AnswerContext {
  diagnostics: Diagnostics;
  /** The client asked Streamkap for secret values (read_secrets): a missing one is absent. */
  secretsReturned: boolean;
}

/** What a connector write sends besides the attributes every connector has. */
export interface ConnectorSettings {
  /** The API's connector id, e.g. "postgresql". */
  connector: string;
  /** The API's flat config. */
  config: Record<string, unknown>;
  /** The secret values among them, never to be printed. */
  secrets: string[];
}

export interface ConnectorShape {
  typeName: string;
  schema: Schema;
  /** Checks of a configuration that concern several attributes (each attribute's own are on
   * it, in the schema); values may be unknown. */
  validate(config: ObjectValue, diagnostics: Diagnostics): void;
  /** The shape's own plan changes, before the attributes' plan modifiers run. */
  modifyPlan?(req: PlanRequest): ObjectValue | undefined;
  /** The connector and config a write sends for a plan. */
  settingsToWrite(planned: ObjectValue): ConnectorSettings;
  /** The state after a write, from the API's answer; the plan's known values are kept over it. */
  stateAfterWrite(found: ApiConnector, planned: ObjectValue, answer: AnswerContext): ObjectValue;
  /** The state after a read; `state` is the prior one (only an id right after an import). */
  stateAfterRead(found: ApiConnector, state: ObjectValue, answer: AnswerContext): ObjectValue;
  /** The attributes that hold secrets for this connector, named in the warning that an import
   * did not read them. */
  secretAttributes(found: ApiConnector): string[];
}

export function connectorResource(kind: ConnectorKind, shape: ConnectorShape): Resource<StreamkapApi> {
  const { typeName, schema } = shape;
  const writeRequest = (planned: ObjectValue) => {
    const { connector, config, secrets } = shape.settingsToWrite(planned);
    return connectorWriteRequest(connectorWrite(planned, connector, config), planned, secrets);
  };
  return {
    typeName,
    schema,

    validate: (config, diagnostics) => shape.validate(config, diagnostics),

    modifyPlan(req) {
      const planned = shape.modifyPlan?.(req);
      return planned ? { planned } : undefined;
    },

    checkPlan: (req, ctx) => checkTagKinds(kind.tagType, req, ctx),

    async create({ planned }, ctx) {
      const created = await createAndWait(ctx, watchedConnectors(kind, ctx.client), typeName, writeRequest(planned));
      return resolvePlanned(planned, shape.stateAfterWrite(created, planned, answerContext(ctx)));
    },

    async read({ state }, ctx) {
      const found = await describedCall(`Could not read ${kind.noun}`, () => kind.api(ctx.client).get(requireId(state), { signal: ctx.signal }));
      if (!found) return null;
      if (isFreshImport(state) && !ctx.client.secretsReturned) warnSecretsNotImported(shape.secretAttributes(found), ctx.diagnostics);
      return shape.stateAfterRead(found, state, answerContext(ctx));
    },

    async update({ prior, planned }, ctx) {
      const updated = await updateAndWait(ctx, watchedConnectors(kind, ctx.client), requireId(prior), writeRequest(planned));
      return resolvePlanned({ ...planned, id: prior.id }, shape.stateAfterWrite(updated, planned, answerContext(ctx)));
    },

    async delete({ state }, ctx) {
      await deleteAndWait(ctx, watchedConnectors(kind, ctx.client), state);
    },

    importState(id) {
      return { id };
    },
  };
}

function answerContext(ctx: { client: StreamkapApi; diagnostics: Diagnostics }): AnswerContext {
  return { diagnostics: ctx.diagnostics, secretsReturned: ctx.client.secretsReturned };
}
