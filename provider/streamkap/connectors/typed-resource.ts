// A typed connector resource (streamkap_source_<connector>, streamkap_destination_<connector>):
// one attribute per catalog field, mapped to and from the API's flat config keys. The resource
// body is the one every connector shares (connector-resource.ts); this is its typed shape.
import { findField, type Connector } from "../../../catalog";
import { attr } from "../../framework/diagnostics";
import type { Resource } from "../../framework/resource";
import type { ObjectValue } from "../../framework/values";
import type { ApiConnector } from "../api/collections/connectors";
import type { StreamkapApi } from "../api/client";
import { attributesFromConfig, configFromAttributes } from "./config-values";
import { connectorSchema } from "./connector-schema";
import { connectorResource, type AnswerContext } from "./connector-resource";
import { aliasBindings, aliasConfig, aliasState, planWithAliases, retiredAliasState, validateAliases, type AliasBinding } from "./deprecated-aliases";
import { validateConditionalRules, type SettingView } from "./conditional-rules";
import { commonState } from "./state";
import type { ConnectorKind } from "./kind";
import { desiredStateFromApi } from "./lifecycle-attributes";

export function typedConnectorResource(kind: ConnectorKind, connector: Connector): Resource<StreamkapApi> {
  const aliases = aliasBindings(connector);
  const secretNames = connector.fields.filter((f) => f.sensitive).map((f) => f.tf_name);
  const state = (found: ApiConnector, prior: ObjectValue | null, answer: AnswerContext) => stateFromApi(kind, connector, aliases, found, prior, answer);
  return connectorResource(kind, {
    typeName: connector.terraform_resource,
    schema: connectorSchema(kind, connector),

    validate(config, diagnostics) {
      validateAliases(aliases, config, diagnostics);
      validateConditionalRules(connector, attributeView(connector, config), diagnostics);
    },

    modifyPlan: ({ planned, config }) => planWithAliases(aliases, planned, config),

    settingsToWrite: (planned) => ({
      connector: connector.id,
      config: { ...configFromAttributes(connector, planned), ...aliasConfig(aliases, planned) },
      secrets: secretNames.map((name) => planned[name]).filter((v): v is string => typeof v === "string"),
    }),
    stateAfterWrite: state,
    stateAfterRead: state,
    secretAttributes: () => secretNames,
  });
}

/** Settings seen through the typed attributes; an attribute left out takes its default. */
function attributeView(connector: Connector, config: ObjectValue): SettingView {
  const field = (key: string) => findField(connector, key);
  return {
    value(key) {
      const f = field(key);
      if (!f) return undefined;
      const v = config[f.tf_name] ?? null;
      return v === null ? (f.default ?? undefined) : v;
    },
    path: (key) => attr(field(key)?.tf_name ?? key),
    label: (key) => field(key)?.tf_name ?? key,
  };
}

function stateFromApi(
  kind: ConnectorKind,
  connector: Connector,
  aliases: AliasBinding[],
  found: ApiConnector,
  prior: ObjectValue | null,
  answer: AnswerContext,
): ObjectValue {
  const attributes = attributesFromConfig(connector, found.config ?? {}, prior, answer.diagnostics, answer.secretsReturned);
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
