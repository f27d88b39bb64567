// The generic streamkap_source: any catalog connector, configured with maps keyed exactly
// as the API's config keys — `config` for plain settings, sensitive `secret_config` for
// secrets — and checked against the catalog before anything is sent.
import { sourceCatalog, findField, type CatalogField, type Connector } from "../../catalog";
import { attr, type AttributePath, type Diagnostics } from "../framework/diagnostics";
import type { Resource } from "../framework/resource";
import type { Schema } from "../framework/schema";
import { isObjectValue, isUnknown, type ObjectValue, type Value } from "../framework/values";
import type { SourcesApi } from "./api-types";
import { apiValueToString, sameMeaning, stringToApiValue } from "./config-values";
import { validateFieldValue } from "./field-validation";
import { connectorStatusAttribute, idAttribute, nameAttribute, topicsAttribute } from "./source-attributes";
import { validateConditionalRules, type SettingView } from "./conditional-rules";
import { isFreshImport, warnSecretsNotImported } from "./import-notice";
import { planStatusAndTopics } from "./lifecycle-plan";
import { createAndWait, deleteAndWait, updateAndWait } from "./source-operations";
import { commonState, describedCall, requireId, resolvePlanned } from "./source-state";
import {
  desiredStateAttribute,
  desiredStateFromApi,
  desiredStateToSend,
  timeoutsBlock,
  validateLifecycle,
} from "./lifecycle-attributes";

export const GENERIC_SOURCE_TYPE = "streamkap_source";

export const genericSourceSchema: Schema = {
  version: 0,
  description: "A Streamkap source of any connector, configured with the API's own config keys.",
  attributes: {
    id: idAttribute,
    name: nameAttribute,
    connector: {
      type: "string",
      description: `Streamkap connector id, e.g. "postgresql". Changing it replaces the source. Known connectors: ${sourceCatalog.ids().join(
        ", "
      )}.`,
      required: true,
      requiresReplace: true,
    },
    config: {
      type: { map: "string" },
      description:
        'Connector settings keyed exactly as the Streamkap API\'s config keys (e.g. "database.hostname.user.defined"), values as strings. Secret settings belong in secret_config.',
      optional: true,
    },
    secret_config: {
      type: { map: "string" },
      description:
        'Secret connector settings (e.g. "database.password"), keyed like config. Hidden in plans and logs; Streamkap never returns them, so Terraform keeps the configured values.',
      optional: true,
      sensitive: true,
    },
    desired_state: desiredStateAttribute,
    connector_status: connectorStatusAttribute,
    topics: topicsAttribute,
  },
  blocks: { timeouts: timeoutsBlock },
};

export function genericSourceResource(): Resource<SourcesApi> {
  return {
    typeName: GENERIC_SOURCE_TYPE,
    schema: genericSourceSchema,
    validate(config, diagnostics) {
      validateGenericConfig(config, diagnostics);
      validateLifecycle(config, diagnostics);
    },

    modifyPlan({ prior, planned }) {
      return { planned: planStatusAndTopics(genericSourceSchema, prior, planned, ["connector", "config", "secret_config"]) };
    },

    async create({ planned }, ctx) {
      const source = await createAndWait(ctx, GENERIC_SOURCE_TYPE, writeBody(planned), planned, secretValues(planned));
      return resolvePlanned(planned, commonState(source));
    },

    async read({ state }, ctx) {
      const source = await describedCall("Could not read source", () =>
        ctx.client.getSource(requireId(state), { signal: ctx.signal })
      );
      if (!source) return null;
      const connector = sourceCatalog.find(source.connector);
      const apiConfig = source.config ?? {};
      const imported = isFreshImport(state);
      if (imported && connector?.fields.some((f) => f.sensitive)) warnSecretsNotImported(["secret_config"], ctx.diagnostics);
      return {
        ...commonState(source),
        config: imported ? importedConfig(connector, apiConfig) : refreshConfig(connector, knownMap(state.config), apiConfig),
        secret_config: knownMap(state.secret_config),
        desired_state: desiredStateFromApi(source, state.desired_state),
        timeouts: state.timeouts ?? null,
      };
    },

    async update({ prior, planned }, ctx) {
      const source = await updateAndWait(ctx, requireId(prior), writeBody(planned), planned, secretValues(planned));
      return resolvePlanned({ ...planned, id: prior.id }, commonState(source));
    },

    async delete({ state }, ctx) {
      await deleteAndWait(ctx, state);
    },

    importState(id) {
      return { id };
    },
  };
}

/** Catalog checks of a generic source's configuration, each on the path of the offending key. */
export function validateGenericConfig(config: ObjectValue, diagnostics: Diagnostics): void {
  const connectorId = config.connector;
  if (typeof connectorId !== "string") return;
  const connector = sourceCatalog.find(connectorId);
  if (!connector) {
    diagnostics.error(
      "Unknown connector",
      `connector "${connectorId}" is not a Streamkap source connector; known connectors: ${sourceCatalog.ids().join(", ")}.`,
      attr("connector")
    );
    return;
  }
  checkMap(connector, "config", config.config ?? null, diagnostics);
  checkMap(connector, "secret_config", config.secret_config ?? null, diagnostics);
  checkRequired(connector, config, diagnostics);
  const plain = config.config ?? null;
  if (!isUnknown(plain)) validateConditionalRules(connector, mapView(connector, isObjectValue(plain) ? plain : {}), diagnostics);
}

/** Settings seen through the config map; a key left out takes its catalog default. */
function mapView(connector: Connector, map: ObjectValue): SettingView {
  return {
    value(key) {
      if (key in map) return map[key];
      const d = findField(connector, key)?.default;
      return d === undefined ? undefined : String(d);
    },
    path: (key) => attr("config", { key }),
    label: (key) => `config[${JSON.stringify(key)}]`,
  };
}

function checkMap(connector: Connector, mapName: "config" | "secret_config", map: Value, diagnostics: Diagnostics): void {
  if (!isObjectValue(map)) return;
  const wantsSecret = mapName === "secret_config";
  for (const [key, value] of Object.entries(map)) {
    const path: AttributePath = attr(mapName, { key });
    const where = `${mapName}[${JSON.stringify(key)}]`;
    const field = findField(connector, key);
    if (!field) {
      diagnostics.error(
        `Unknown config key for connector ${connector.id}`,
        `${where}: "${key}" is not a setting of the ${connector.display_name} connector; see the ${connector.terraform_resource} documentation for the keys it takes.`,
        path
      );
    } else if (field.sensitive !== wantsSecret) {
      diagnostics.error(
        field.sensitive ? "Secret setting in config" : "Plain setting in secret_config",
        field.sensitive
          ? `${where}: "${key}" is a secret; put it in secret_config so that it stays out of plans and logs.`
          : `${where}: "${key}" is not a secret; put it in config.`,
        path
      );
    } else {
      validateFieldValue(field, value, path, diagnostics);
    }
  }
}

/** Required settings missing from both maps; skipped while either map is unknown. */
function checkRequired(connector: Connector, config: ObjectValue, diagnostics: Diagnostics): void {
  const plain = config.config ?? null;
  const secret = config.secret_config ?? null;
  if (isUnknown(plain) || isUnknown(secret)) return;
  const given = new Set([...Object.keys(isObjectValue(plain) ? plain : {}), ...Object.keys(isObjectValue(secret) ? secret : {})]);
  const missing = connector.fields.filter((f) => f.required && !given.has(f.api_key));
  if (missing.length === 0) return;
  const describe = (f: CatalogField) => `"${f.api_key}"${f.sensitive ? " (in secret_config)" : ""}`;
  diagnostics.error(
    `Missing required settings for connector ${connector.id}`,
    `The ${connector.display_name} connector needs ${missing.map(describe).join(", ")}.`,
    attr(missing.every((f) => f.sensitive) ? "secret_config" : "config")
  );
}

/** The config to send: both maps merged, each value in its catalog type ("5432" → 5432). */
function writeBody(planned: ObjectValue) {
  const connector = sourceCatalog.find(String(planned.connector));
  const config: Record<string, unknown> = {};
  for (const map of [planned.config, planned.secret_config]) {
    for (const [key, value] of Object.entries(knownMap(map ?? null) ?? {})) {
      if (typeof value !== "string") continue;
      config[key] = stringToApiValue(connector && findField(connector, key), value);
    }
  }
  return { name: String(planned.name), connector: String(planned.connector), config, desired_state: desiredStateToSend(planned) };
}

function secretValues(planned: ObjectValue): string[] {
  return Object.values(knownMap(planned.secret_config ?? null) ?? {}).filter((v): v is string => typeof v === "string");
}

function knownMap(value: Value | undefined): ObjectValue | null {
  return value !== undefined && isObjectValue(value) ? value : null;
}

/** The user's config keys refreshed from the API: a value equal in meaning keeps the user's
 * spelling, a different one shows as drift, a key the API dropped disappears (unless the
 * user's value is the default the backend applies when the key is absent). */
export function refreshConfig(
  connector: Connector | undefined,
  userConfig: ObjectValue | null,
  apiConfig: Record<string, unknown>
): ObjectValue | null {
  if (userConfig === null) return null;
  const out: ObjectValue = {};
  for (const [key, userValue] of Object.entries(userConfig)) {
    const field = connector && findField(connector, key);
    const mine = typeof userValue === "string" ? userValue : null;
    const theirs = apiValueToString(apiConfig[key]);
    if (theirs === null) {
      const fallback = field?.default !== undefined ? String(field.default) : null;
      if (mine !== null && fallback !== null && sameMeaning(field, mine, fallback)) out[key] = mine;
      continue;
    }
    out[key] = mine !== null && sameMeaning(field, mine, theirs) ? mine : theirs;
  }
  return out;
}

/** After an import there is no user config to follow: show the catalog's non-secret keys
 * whose values differ from their defaults, which is what a user would have written. */
export function importedConfig(connector: Connector | undefined, apiConfig: Record<string, unknown>): ObjectValue | null {
  if (!connector) return null;
  const out: ObjectValue = {};
  for (const field of connector.fields) {
    if (field.sensitive) continue;
    const value = apiValueToString(apiConfig[field.api_key]);
    if (value === null) continue;
    if (field.default !== undefined && sameMeaning(field, String(field.default), value)) continue;
    out[field.api_key] = value;
  }
  return out;
}
