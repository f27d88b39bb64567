// GetProviderSchema: every schema the provider serves, encoded, and the capabilities it
// announces to Terraform.
import type { ProviderServer } from "../../framework/provider-server";
import type { Schema } from "../../framework/schema";
import { toDiagnostics } from "../diagnostics";
import { toSchema } from "../schema";
import type { SchemaMessage } from "../wire";
import type { GetProviderSchemaRequest } from "../messages.generated";

/** plan_destroy: Terraform plans destroys through PlanResourceChange with a null proposed state.
 * get_provider_schema_optional: Terraform (>= 1.6) then reuses the schema it got from the first
 * provider process of a command instead of asking each of the next 2-4 processes again, which
 * saves building and encoding every resource schema per process (~0.1-0.2 s each). */
export const SERVER_CAPABILITIES = { plan_destroy: true, get_provider_schema_optional: true, move_resource_state: false };

function toSchemaMap(schemas: Record<string, Schema>): Record<string, SchemaMessage> {
  const out: Record<string, SchemaMessage> = {};
  for (const [name, schema] of Object.entries(schemas)) out[name] = toSchema(schema);
  return out;
}

export function getProviderSchema(server: ProviderServer, _req: GetProviderSchemaRequest) {
  const res = server.getProviderSchema({});
  return {
    provider: toSchema(res.provider),
    resource_schemas: toSchemaMap(res.resourceSchemas),
    data_source_schemas: toSchemaMap(res.dataSourceSchemas),
    diagnostics: toDiagnostics(res.diagnostics),
    server_capabilities: SERVER_CAPABILITIES,
  };
}
