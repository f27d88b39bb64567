// The generic connector resource (streamkap_source, streamkap_destination): any catalog
// connector of its kind, configured with maps keyed exactly as the API's config keys —
// `config` for plain settings, sensitive `secret_config` for secrets — and checked against
// the catalog (catalog/config-check.ts) before anything is sent. The resource body is the one
// every connector shares (connector-resource.ts); this is its generic shape.
import { findField, type Connector } from "../../../catalog";
import { checkConfig, type ConfigProblem } from "../../../catalog/config-check";
import { attr, type AttributePath, type Diagnostics } from "../../framework/diagnostics";
import type { Resource } from "../../framework/resource";
import type { Schema } from "../../framework/schema";
import { isObjectValue, isUnknown, type ObjectValue, type Value, textOf } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { connectorStatusAttribute, idAttribute, nameAttribute, topicsAttribute } from "./common-attributes";
import { nonDefaultSettings } from "../../../catalog/config-values";
import { apiValueToString, sameMeaning, stringToApiValue } from "./config-values";
import { connectorResource } from "./connector-resource";
import { isFreshImport } from "./import-notice";
import { hasTopics, type ConnectorKind } from "./kind";
import { tagsAttribute } from "../common/tags";
import { timeoutsBlock } from "../common/timeouts";
import { desiredStateAttribute, desiredStateFromApi } from "./lifecycle-attributes";
import { commonState } from "./state";

/** The attributes whose change may change the topics a connector writes. */
const SETTINGS = ["connector", "config", "secret_config"];

export function genericConnectorSchema(kind: ConnectorKind): Schema {
  return {
    version: 0,
    description: `A Streamkap ${kind.noun} of any connector, configured with the API's own config keys.`,
    attributes: {
      id: idAttribute(kind),
      name: nameAttribute(kind),
      connector: {
        type: "string",
        description: `Streamkap connector id, e.g. "postgresql". Changing it replaces the ${kind.noun}. Known connectors: ${kind.catalog.ids().join(", ")}.`,
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
      tags: tagsAttribute(kind.noun),
      connector_status: connectorStatusAttribute(kind),
      ...(hasTopics(kind) ? { topics: topicsAttribute(kind, SETTINGS) } : {}),
    },
    blocks: { timeouts: timeoutsBlock },
  };
}

export function genericConnectorResource(kind: ConnectorKind): Resource<StreamkapApi> {
  return connectorResource(kind, {
    typeName: kind.genericTypeName,
    schema: genericConnectorSchema(kind),
    validate: (config, diagnostics) => validateGenericConfig(kind, config, diagnostics),
    settingsToWrite: (planned) => ({ connector: textOf(planned.connector), config: configToWrite(kind, planned), secrets: secretValues(planned) }),
    // What the write sent stands; only the computed attributes come from the answer.
    stateAfterWrite: (found) => commonState(kind, found),
    stateAfterRead: (found, state, { secretsReturned }) => {
      const connector = kind.catalog.find(found.connector);
      const apiConfig = found.config ?? {};
      const imported = isFreshImport(state);
      return {
        ...commonState(kind, found),
        config: imported ? importedConfig(connector, apiConfig, false) : refreshConfig(connector, knownMap(state.config), apiConfig),
        secret_config: !secretsReturned
          ? knownMap(state.secret_config)
          : imported
            ? importedConfig(connector, apiConfig, true)
            : refreshConfig(connector, knownMap(state.secret_config), apiConfig, { keepWhenAbsent: true }),
        desired_state: desiredStateFromApi(found, state.desired_state),
        timeouts: state.timeouts ?? null,
      };
    },
    secretAttributes: (found) => (kind.catalog.find(found.connector)?.fields.some((f) => f.sensitive) ? ["secret_config"] : []),
  });
}

/** Catalog checks of a generic resource's configuration, each on the path of the offending
 * key: the catalog's one config check over both maps, and each key in the right map. */
export function validateGenericConfig(kind: ConnectorKind, config: ObjectValue, diagnostics: Diagnostics): void {
  const connectorId = config.connector;
  if (typeof connectorId !== "string") return;
  const connector = kind.catalog.find(connectorId);
  if (!connector) {
    diagnostics.error(
      "Unknown connector",
      `connector "${connectorId}" is not a Streamkap ${kind.noun} connector; known connectors: ${kind.catalog.ids().join(", ")}.`,
      attr("connector"),
    );
    return;
  }
  const plain = config.config ?? null;
  const secret = config.secret_config ?? null;
  const given: Record<string, unknown> = {};
  const mapOf = new Map<string, "config" | "secret_config">();
  for (const [mapName, map] of [
    ["config", plain],
    ["secret_config", secret],
  ] as const) {
    if (!isObjectValue(map)) continue;
    for (const [key, value] of Object.entries(map)) {
      checkPlacement(connector, key, mapName, diagnostics);
      if (mapOf.has(key)) continue;
      given[key] = value;
      mapOf.set(key, mapName);
    }
  }
  // A map not known yet may hold any key: nothing can be called missing.
  const anyMapUnknown = isUnknown(plain) || isUnknown(secret);
  const problems = checkConfig(connector, given, { undecided: (v) => isUnknown(v), alsoGiven: anyMapUnknown ? "all" : undefined });
  for (const problem of problems) report(connector, problem, mapOf.get(problem.key) ?? "config", diagnostics);
}

/** A secret belongs in secret_config, anything else in config. */
function checkPlacement(connector: Connector, key: string, mapName: "config" | "secret_config", diagnostics: Diagnostics): void {
  const field = findField(connector, key);
  if (!field || field.sensitive === (mapName === "secret_config")) return;
  const where = `${mapName}[${JSON.stringify(key)}]`;
  diagnostics.error(
    field.sensitive ? "Secret setting in config" : "Plain setting in secret_config",
    field.sensitive
      ? `${where}: "${key}" is a secret; put it in secret_config so that it stays out of plans and logs.`
      : `${where}: "${key}" is not a secret; put it in config.`,
    attr(mapName, { key }),
  );
}

function report(connector: Connector, problem: ConfigProblem, mapName: "config" | "secret_config", diagnostics: Diagnostics): void {
  const label = (map: string) => `${map}[${JSON.stringify(problem.key)}]`;
  const path = (map: string): AttributePath => attr(map, { key: problem.key });
  switch (problem.kind) {
    case "unknown-key":
      diagnostics.error(
        `Unknown config key for ${connector.kind} connector ${connector.id}`,
        `${label(mapName)}: "${problem.key}" ${problem.message}`,
        path(mapName),
      );
      return;
    case "invalid":
      // Secrets are checked too; checkFieldValue never quotes their values.
      diagnostics.error(`Invalid value for ${label(mapName)}`, `${label(mapName)} ${problem.message}.`, path(mapName));
      return;
    case "missing": {
      const map = problem.field.sensitive ? "secret_config" : "config";
      diagnostics.error(
        `Missing required setting for connector ${connector.id}`,
        `The ${connector.display_name} ${connector.kind} needs ${label(map)} (${problem.field.tf_name}).`,
        attr(map),
      );
      return;
    }
    case "conditional":
      diagnostics.error(`Missing ${label("config")}`, `${label("config")} ${problem.message}.`, path("config"));
  }
}

/** The config to send: both maps merged, each value in its catalog type ("5432" → 5432). */
function configToWrite(kind: ConnectorKind, planned: ObjectValue): Record<string, unknown> {
  const connector = kind.catalog.find(textOf(planned.connector));
  const config: Record<string, unknown> = {};
  for (const map of [planned.config, planned.secret_config]) {
    for (const [key, value] of Object.entries(knownMap(map ?? null) ?? {})) {
      if (typeof value !== "string") continue;
      config[key] = stringToApiValue(connector && findField(connector, key), value);
    }
  }
  return config;
}

function secretValues(planned: ObjectValue): string[] {
  return Object.values(knownMap(planned.secret_config ?? null) ?? {}).filter((v): v is string => typeof v === "string");
}

function knownMap(value: Value | undefined): ObjectValue | null {
  return value !== undefined && isObjectValue(value) ? value : null;
}

/** The user's config keys refreshed from the API: a value equal in meaning keeps the user's
 * spelling, a different one shows as drift, a key the API dropped disappears (unless the
 * user's value is the default the backend applies when the key is absent, or — for secrets,
 * `keepWhenAbsent` — the API simply did not return it). */
export function refreshConfig(
  connector: Connector | undefined,
  userConfig: ObjectValue | null,
  apiConfig: Record<string, unknown>,
  options: { keepWhenAbsent?: boolean } = {},
): ObjectValue | null {
  if (userConfig === null) return null;
  const out: ObjectValue = {};
  for (const [key, userValue] of Object.entries(userConfig)) {
    const field = connector && findField(connector, key);
    const mine = typeof userValue === "string" ? userValue : null;
    const theirs = apiValueToString(apiConfig[key]);
    if (theirs === null && options.keepWhenAbsent) {
      out[key] = userValue;
      continue;
    }
    if (theirs === null) {
      const fallback = field?.default !== undefined ? String(field.default) : null;
      if (mine !== null && fallback !== null && sameMeaning(field, mine, fallback)) out[key] = mine;
      continue;
    }
    out[key] = mine !== null && sameMeaning(field, mine, theirs) ? mine : theirs;
  }
  return out;
}

/** After an import there is no user config to follow: show the catalog's keys (the secret
 * ones for secret_config, the others for config) whose values differ from their defaults,
 * which is what a user would have written (the rule export writes code by, too). */
export function importedConfig(connector: Connector | undefined, apiConfig: Record<string, unknown>, secrets: boolean): ObjectValue | null {
  if (!connector) return null;
  const out = nonDefaultSettings(connector, apiConfig, secrets);
  // No secret map rather than an empty one: what a configuration without secrets says.
  return secrets && Object.keys(out).length === 0 ? null : out;
}
