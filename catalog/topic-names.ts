// How a source's captured table becomes a topic name: "public.orders" stays "public.orders",
// and a table of a connector whose tables have no schema (DynamoDB) is named under "default."
// ("orders" → "default.orders"), as Streamkap names them. The emulator names topics with it,
// and StreamkapPipeline checks a pipeline's topics with it.
/** The partitions a topic has unless someone changed them (what the emulator gives a new
 * topic, and what export leaves out as the default). */
export const DEFAULT_TOPIC_PARTITIONS = 1;

const DEFAULT_SCHEMA_CONNECTORS: readonly string[] = ["dynamodb"];

export function topicName(connectorId: string, tableEntry: string): string {
  return DEFAULT_SCHEMA_CONNECTORS.includes(connectorId) && !tableEntry.includes(".") ? `default.${tableEntry}` : tableEntry;
}

/** The topic names of a comma-separated include list ("public.orders, public.items"). */
export function includeListTopics(connectorId: string, includeList: string): string[] {
  return includeList
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => topicName(connectorId, entry));
}
