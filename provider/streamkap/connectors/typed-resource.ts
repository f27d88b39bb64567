// A typed connector resource (streamkap_source_<connector>, streamkap_destination_<connector>):
// one attribute per catalog field, mapped to and from the API's flat config keys.
import { findField, type CatalogField, type Connector } from "../../../catalog";
import { attr, type Diagnostics } from "../../framework/diagnostics";
import type { Resource } from "../../framework/resource";
import { isUnknown, isWhollyKnown, type ObjectValue, type Value } from "../../framework/values";
import type { ApiConnector } from "../api/collections/connectors";
import type { StreamkapApi } from "../api/client";
import { fromApiValue, toApiValue } from "./config-values";
import { connectorSchema } from "./connector-schema";
import { validateFieldValue } from "./field-validation";
import { aliasBindings, aliasConfig, aliasState, planWithAliases, retiredAliasState, validateAliases, type AliasBinding } from "./deprecated-aliases";
import { validateConditionalRules, type SettingView } from "./conditional-rules";
import { isFreshImport, warnSecretsNotImported } from "./import-notice";
import { planStatusAndTopics } from "./lifecycle-plan";
import { createAndWait, deleteAndWait, updateAndWait } from "../common/operations";
import { describedCall, requireId, resolvePlanned } from "../common/calls";
import { commonState } from "./state";
import { watchedConnectors, type ConnectorKind } from "./kind";
import { checkTagKinds } from "../common/tags";
import { connectorWrite, connectorWriteRequest, desiredStateFromApi, validateLifecycle } from "./lifecycle-attributes";

export function typedConnectorResource(kind: ConnectorKind, connector: Connector): Resource<StreamkapApi> {
  const schema = connectorSchema(kind, connector);
  const aliases = aliasBindings(connector);
  const topicKeys = kind.topicKeys?.(connector) ?? [];
  const settingNames = connector.fields.filter((f) => topicKeys.includes(f.api_key)).map((f) => f.tf_name);
  return {
    typeName: connector.terraform_resource,
    schema,

    validate(config, diagnostics) {
      for (const field of connector.fields) {
        validateFieldValue(field, config[field.tf_name] ?? null, attr(field.tf_name), diagnostics);
      }
      validateAliases(aliases, config, diagnostics);
      validateLifecycle(config, diagnostics);
      validateConditionalRules(connector, attributeView(connector, config), diagnostics);
    },

    modifyPlan({ prior, planned, config }) {
      const withAliases = planWithAliases(aliases, planned, config) ?? planned;
      return { planned: planStatusAndTopics(schema, prior, withAliases, settingNames) };
    },

    checkPlan: (req, ctx) => checkTagKinds(kind.tagType, req, ctx),

    async create({ planned }, ctx) {
      const created = await createAndWait(ctx, watchedConnectors(kind, ctx.client), connector.terraform_resource, connectorWriteRequest(writeBody(connector, aliases, planned), planned, secretValues(connector, planned)));
      return resolvePlanned(planned, stateFromApi(kind, connector, aliases, created, planned, ctx.diagnostics, ctx.client.secretsReturned));
    },

    async read({ state }, ctx) {
      const found = await describedCall(`Could not read ${kind.noun}`, () => kind.api(ctx.client).get(requireId(state), { signal: ctx.signal }));
      if (!found) return null;
      if (isFreshImport(state) && !ctx.client.secretsReturned) warnSecretsNotImported(connector.fields.filter((f) => f.sensitive).map((f) => f.tf_name), ctx.diagnostics);
      return stateFromApi(kind, connector, aliases, found, state, ctx.diagnostics, ctx.client.secretsReturned);
    },

    async update({ prior, planned }, ctx) {
      const updated = await updateAndWait(ctx, watchedConnectors(kind, ctx.client), requireId(prior), connectorWriteRequest(writeBody(connector, aliases, planned), planned, secretValues(connector, planned)));
      return resolvePlanned({ ...planned, id: prior.id }, stateFromApi(kind, connector, aliases, updated, planned, ctx.diagnostics, ctx.client.secretsReturned));
    },

    async delete({ state }, ctx) {
      await deleteAndWait(ctx, watchedConnectors(kind, ctx.client), state);
    },

    importState(id) {
      return { id };
    },
  };
}

/** Settings seen through the typed attributes; an attribute left out takes its default. */
function attributeView(connector: Connector, config: ObjectValue): SettingView {
  const field = (key: string) => findField(connector, key);
  return {
    value(key) {
      const f = field(key);
      if (!f) return undefined;
      const v = config[f.tf_name] ?? null;
      return v === null ? f.default ?? undefined : v;
    },
    path: (key) => attr(field(key)?.tf_name ?? key),
    label: (key) => field(key)?.tf_name ?? key,
  };
}

/** The API config for planned attribute values: only keys with a known, non-null value, so
 * that the backend's own defaults are never overridden by a null. */
export function configFromAttributes(connector: Pick<Connector, "fields">, values: ObjectValue): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const field of connector.fields) {
    const value = values[field.tf_name];
    if (value === null || value === undefined || !isWhollyKnown(value)) continue;
    config[field.api_key] = toApiValue(field, value);
  }
  return config;
}

/** Attribute values from the API's config: echoed strings in their attribute's type, keys
 * outside the schema ignored. Secrets come from the API when it was asked for them
 * (`secretsReturned`) and returned one; otherwise they are kept from `prior`. */
export function attributesFromConfig(
  connector: Pick<Connector, "fields">,
  config: Record<string, unknown>,
  prior: ObjectValue | null,
  diagnostics: Diagnostics,
  secretsReturned = false
): ObjectValue {
  const out: ObjectValue = {};
  for (const field of connector.fields) {
    const priorValue = prior?.[field.tf_name] ?? null;
    out[field.tf_name] = attributeFromConfig(field, config, priorValue, diagnostics, secretsReturned);
  }
  return out;
}

function attributeFromConfig(
  field: CatalogField,
  config: Record<string, unknown>,
  prior: Value,
  diagnostics: Diagnostics,
  secretsReturned: boolean
): Value {
  const knownPrior = isUnknown(prior) ? null : prior;
  const returned = config[field.api_key];
  if (field.sensitive && (!secretsReturned || returned === undefined || returned === null)) return knownPrior;
  if (!(field.api_key in config) || config[field.api_key] === null) {
    // An absent key means the backend applies its default, or keeps its generated value.
    if (field.placeholder_default) return knownPrior;
    return field.default ?? null;
  }
  const value = fromApiValue(field, config[field.api_key]);
  if (value === undefined) {
    diagnostics.warning(
      `Unexpected value for ${field.tf_name}`,
      `Streamkap returned a value for "${field.api_key}" that is not a valid ${field.type}; the previous value is kept.`,
      attr(field.tf_name)
    );
    return knownPrior;
  }
  return value;
}

function stateFromApi(
  kind: ConnectorKind,
  connector: Connector,
  aliases: AliasBinding[],
  found: ApiConnector,
  prior: ObjectValue | null,
  diagnostics: Diagnostics,
  secretsReturned: boolean
): ObjectValue {
  const attributes = attributesFromConfig(connector, found.config ?? {}, prior, diagnostics, secretsReturned);
  return {
    ...commonState(kind, found),
    connector: connector.id,
    desired_state: desiredStateFromApi(found, prior?.desired_state),
    timeouts: prior?.timeouts ?? null,
    ...attributes,
    ...aliasState(aliases, prior, attributes),
    ...retiredAliasState(connector, prior),
  };
}

function writeBody(connector: Connector, aliases: AliasBinding[], planned: ObjectValue) {
  return connectorWrite(planned, connector.id, { ...configFromAttributes(connector, planned), ...aliasConfig(aliases, planned) });
}

function secretValues(connector: Connector, values: ObjectValue): string[] {
  return connector.fields
    .filter((f) => f.sensitive && typeof values[f.tf_name] === "string")
    .map((f) => values[f.tf_name] as string);
}
