// What a connector's config key means, in a few plain words with its unit and an example where
// one helps: the connector's own entry first (sources.ts, destinations.ts), then the patterns
// shared by many connectors (shared.ts), with include lists given an example in the naming of
// the connector's captured tables (catalog/topic-names.ts, the rule the docs pages state).
import type { ConnectorKind } from "../../../../catalog";
import { capturedNaming } from "../../../../catalog/topic-names";
import { DESTINATION_PURPOSES } from "./destinations";
import { SHARED_PURPOSES } from "./shared";
import { SOURCE_PURPOSES } from "./sources";

const OWN_PURPOSES = { source: SOURCE_PURPOSES, destination: DESTINATION_PURPOSES };

/** What the key sets, or undefined when no table describes it (a test keeps that from happening). */
export function fieldPurpose(kind: ConnectorKind, connectorId: string, apiKey: string): string | undefined {
  const purpose = OWN_PURPOSES[kind][connectorId]?.[apiKey] ?? SHARED_PURPOSES.find(([pattern]) => pattern.test(apiKey))?.[1];
  if (purpose === undefined || / e\.g\. /.test(purpose)) return purpose;
  const example = includeListExample(connectorId, apiKey);
  return example ? `${purpose}, e.g. ${example}` : purpose;
}

/** An example value of an include list in the connector's own naming: public.orders for a
 * PostgreSQL table, shop for a MySQL database, public.orders.id,public.orders.status for columns. */
function includeListExample(connectorId: string, apiKey: string): string | undefined {
  const naming = capturedNaming(connectorId);
  if (!naming) return undefined;
  if (/^(table|collection)\.include\.list/.test(apiKey)) return naming.examples.join(",");
  if (/^(schema|database)\.include\.list/.test(apiKey)) return naming.container;
  if (/^column\.(include|exclude)\.list\.user\.defined$/.test(apiKey)) return `${naming.examples[0]}.id,${naming.examples[0]}.status`;
  return undefined;
}
