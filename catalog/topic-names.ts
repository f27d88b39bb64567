// How a source's captured table becomes a topic name: "public.orders" stays "public.orders",
// and a table of a connector whose tables have no schema (DynamoDB) is named under "default."
// ("orders" → "default.orders"), as Streamkap names them. The emulator names topics with it,
// StreamkapPipeline checks a pipeline's topics with it, and each source's docs page states
// it (capturedNaming).
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

/** How a source connector names what it captures, and so its topics: the container its
 * include list names first (a schema, a database) and example entries of its table (or
 * collection) include list, each of which is a topic name once topicName() has been applied. */
export interface CapturedNaming {
  /** "<schema>.<table>", "<database>.<table>", "<database>.<collection>", "default.<table>". */
  form: string;
  container: string;
  examples: string[];
}

const NAMING: Record<string, CapturedNaming> = {};
const name = (ids: string[], naming: CapturedNaming) => ids.forEach((id) => (NAMING[id] = naming));
name(["postgresql", "alloydb", "supabase"], { form: "<schema>.<table>", container: "public", examples: ["public.orders", "public.order_items"] });
name(["sqlserveraws"], { form: "<schema>.<table>", container: "dbo", examples: ["dbo.orders", "dbo.order_items"] });
name(["oracle", "oracleaws", "db2", "informix"], { form: "<schema>.<table>", container: "SHOP", examples: ["SHOP.ORDERS", "SHOP.ORDER_ITEMS"] });
name(["mysql", "mariadb"], { form: "<database>.<table>", container: "shop", examples: ["shop.orders", "shop.order_items"] });
name(["mongodb", "mongodbhosted", "documentdb"], { form: "<database>.<collection>", container: "shop", examples: ["shop.orders", "shop.customers"] });
name(["dynamodb"], { form: "default.<table>", container: "default", examples: ["orders", "order_items"] });

/** The naming of a source connector's captured tables and topics; undefined for connectors
 * whose topics are not named after captured tables (webhooks, Kafka, S3, ...). */
export function capturedNaming(connectorId: string): CapturedNaming | undefined {
  return NAMING[connectorId];
}
