// The streamkap_source data source: looks an existing source up by id.
import { findConnector, findField } from "../../catalog";
import { attr, DiagnosticsError } from "../framework/diagnostics";
import type { DataSource } from "../framework/resource";
import type { ObjectValue } from "../framework/values";
import type { SourcesApi } from "./api-types";
import { apiValueToString } from "./config-values";
import { commonState } from "./source-state";

export function sourceDataSource(): DataSource<SourcesApi> {
  return {
    typeName: "streamkap_source",
    schema: {
      version: 0,
      description: "Reads an existing Streamkap source by its id.",
      attributes: {
        id: { type: "string", description: "Identifier of the source to read.", required: true },
        name: { type: "string", description: "Name of the source.", computed: true },
        connector: { type: "string", description: 'Streamkap connector id of the source, e.g. "postgresql".', computed: true },
        connector_status: {
          type: "string",
          description: "State of the source's connector as Streamkap reports it.",
          computed: true,
        },
        topics: { type: { list: "string" }, description: "Kafka topics the source writes to.", computed: true },
        config: {
          type: { map: "string" },
          description: "The source's settings keyed by API config key, values as strings; secret settings are left out.",
          computed: true,
        },
      },
    },

    async read({ config }, ctx) {
      const id = String(config.id);
      const source = await ctx.client.getSource(id, { signal: ctx.signal });
      if (!source) throw DiagnosticsError.single("Source not found", `Streamkap has no source with id "${id}".`, attr("id"));
      return { ...commonState(source), id: source.id, config: plainConfig(source.connector, source.config ?? {}) };
    },
  };
}

/** The non-secret settings as strings. Secrets are dropped by key, in case the API sends them. */
export function plainConfig(connectorId: string, config: Record<string, unknown>): ObjectValue {
  const connector = findConnector(connectorId);
  const out: ObjectValue = {};
  for (const [key, raw] of Object.entries(config)) {
    if (connector && findField(connector, key)?.sensitive) continue;
    if (/password|secret|private\.key|token/i.test(key)) continue;
    const value = apiValueToString(raw);
    if (value !== null) out[key] = value;
  }
  return out;
}
