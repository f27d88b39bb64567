// The streamkap_source data source: looks an existing source up by id or by exact name.
import { attr, DiagnosticsError } from "../framework/diagnostics";
import type { DataSource } from "../framework/resource";
import type { ObjectValue } from "../framework/values";
import type { ApiSource, SourcesApi } from "./api-types";
import { apiValueToString } from "./config-values";
import { isSensitiveKey } from "./redaction";
import { findSourceNamed } from "./source-lookup";
import { commonState } from "./source-state";

export function sourceDataSource(): DataSource<SourcesApi> {
  return {
    typeName: "streamkap_source",
    schema: {
      version: 0,
      description: "Reads an existing Streamkap source, found by its id or by its exact name (set one of the two).",
      attributes: {
        id: { type: "string", description: "Identifier of the source to read. Set either id or name.", optional: true, computed: true },
        name: { type: "string", description: "Exact name of the source to read (names are unique per account). Set either id or name.", optional: true, computed: true },
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

    validate(config, diagnostics) {
      const given = ["id", "name"].filter((k) => (config[k] ?? null) !== null);
      if (given.length === 2) diagnostics.error("Conflicting lookup", "Set either id or name, not both.", attr("name"));
      if (given.length === 0) diagnostics.error("Missing lookup", "Set id or name to say which source to read.", attr("id"));
    },

    async read({ config }, ctx) {
      const source = typeof config.id === "string" ? await byId(ctx.client, config.id, ctx.signal) : await byName(ctx.client, String(config.name), ctx.signal);
      return { ...commonState(source), config: plainConfig(source.config ?? {}) };
    },
  };
}

async function byId(api: SourcesApi, id: string, signal: AbortSignal): Promise<ApiSource> {
  const source = await api.getSource(id, { signal });
  if (!source) throw DiagnosticsError.single("Source not found", `Streamkap has no source with id "${id}".`, attr("id"));
  return source;
}

async function byName(api: SourcesApi, name: string, signal: AbortSignal): Promise<ApiSource> {
  const source = await findSourceNamed(api, name, { signal });
  if (source) return source;
  throw DiagnosticsError.single("Source not found", `Streamkap has no source named "${name}" (names are matched exactly, case included).`, attr("name"));
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
