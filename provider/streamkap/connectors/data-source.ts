// The data source of a connector kind (streamkap_source, streamkap_destination): looks an
// existing connector up by id or by exact name.
import { attr, DiagnosticsError } from "../../framework/diagnostics";
import type { DataSource } from "../../framework/resource";
import type { ObjectValue } from "../../framework/values";
import { textOf } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { findNamed } from "../api/collections/find-named";
import { isSensitiveKey } from "../api/transport/redaction";
import { apiValueToString } from "./config-values";
import { hasTopics, type ConnectorKind } from "./kind";
import { capitalized } from "../common/calls";
import { commonState } from "./state";

export function connectorDataSource(kind: ConnectorKind): DataSource<StreamkapApi> {
  const noun = kind.noun;
  return {
    typeName: kind.genericTypeName,
    schema: {
      version: 0,
      description: `Reads an existing Streamkap ${noun}, found by its id or by its exact name (set one of the two).`,
      attributes: {
        id: { type: "string", description: `Identifier of the ${noun} to read. Set either id or name.`, optional: true, computed: true },
        name: {
          type: "string",
          description: `Exact name of the ${noun} to read (names are unique per account). Set either id or name.`,
          optional: true,
          computed: true,
        },
        connector: { type: "string", description: `Streamkap connector id of the ${noun}, e.g. "postgresql".`, computed: true },
        connector_status: {
          type: "string",
          description: `State of the ${noun}'s connector as Streamkap reports it.`,
          computed: true,
        },
        tags: { type: { set: "string" }, description: `Ids of the ${noun}'s tags.`, computed: true },
        ...(hasTopics(kind) ? { topics: { type: { list: "string" }, description: `Kafka topics the ${noun} writes to.`, computed: true } } : {}),
        config: {
          type: { map: "string" },
          description: `The ${noun}'s settings keyed by API config key, values as strings; secret settings are left out.`,
          computed: true,
        },
      },
    },

    validate(config, diagnostics) {
      const given = ["id", "name"].filter((k) => (config[k] ?? null) !== null);
      if (given.length === 2) diagnostics.error("Conflicting lookup", "Set either id or name, not both.", attr("name"));
      if (given.length === 0) diagnostics.error("Missing lookup", `Set id or name to say which ${noun} to read.`, attr("id"));
    },

    async read({ config }, ctx) {
      const api = kind.api(ctx.client);
      const found =
        typeof config.id === "string" ? await api.get(config.id, { signal: ctx.signal }) : await findNamed(api, textOf(config.name), { signal: ctx.signal });
      if (!found) throw notFound(noun, config);
      return { ...commonState(kind, found), config: plainConfig(found.config ?? {}) };
    },
  };
}

function notFound(noun: string, config: ObjectValue): DiagnosticsError {
  return typeof config.id === "string"
    ? DiagnosticsError.single(`${capitalized(noun)} not found`, `Streamkap has no ${noun} with id "${config.id}".`, attr("id"))
    : DiagnosticsError.single(
        `${capitalized(noun)} not found`,
        `Streamkap has no ${noun} named "${textOf(config.name)}" (names are matched exactly, case included).`,
        attr("name"),
      );
}

/** The non-secret settings as strings. Secrets (by the catalog or by name) are dropped, in
 * case the API sends them. */
export function plainConfig(config: Record<string, unknown>): ObjectValue {
  const out: ObjectValue = {};
  for (const [key, raw] of Object.entries(config)) {
    if (isSensitiveKey(key)) continue;
    const value = apiValueToString(raw);
    if (value !== null) out[key] = value;
  }
  return out;
}
