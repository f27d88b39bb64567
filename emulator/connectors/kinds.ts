// What differs between the emulator's two kinds of connector, and nothing else: where each
// lives, its Kafka Connect class, the config keys the backend derives and the topics it
// shows. Everything else (store, validation, status, views, routes) is written once and
// takes one of these.
import { catalogFor, type ConnectorCatalog, type ConnectorKind } from "../../catalog";
import { includeListTopics } from "../../catalog/topic-names";
import type { StoredConnector } from "../store/model";

export interface KindRules {
  kind: ConnectorKind;
  catalog: ConnectorCatalog;
  /** The collection's path, e.g. "/sources". */
  path: string;
  /** The kind as a message opens with it: "Source". */
  title: string;
  /** The Kafka Connect class that runs a connector of this kind. */
  connectorClass(connectorId: string): string;
  /** Keys the backend sets itself when a write leaves them out. */
  derivedConfig(id: string): Record<string, string>;
  /** Entry (table, collection) → topic name. */
  topics(record: StoredConnector): Record<string, string>;
  /** Whether answers show `service_id` (sources' objects have it, destinations' do not). */
  showsServiceId: boolean;
}

/** Debezium classes for the source connectors that have one; the rest run Streamkap's own. */
const DEBEZIUM_CLASSES: Record<string, string> = {
  postgresql: "io.debezium.connector.postgresql.PostgresConnector",
  alloydb: "io.debezium.connector.postgresql.PostgresConnector",
  supabase: "io.debezium.connector.postgresql.PostgresConnector",
  mysql: "io.debezium.connector.mysql.MySqlConnector",
  mariadb: "io.debezium.connector.mariadb.MariaDbConnector",
  mongodb: "io.debezium.connector.mongodb.MongoDbConnector",
  mongodbhosted: "io.debezium.connector.mongodb.MongoDbConnector",
  documentdb: "io.debezium.connector.mongodb.MongoDbConnector",
  sqlserveraws: "io.debezium.connector.sqlserver.SqlServerConnector",
  oracle: "io.debezium.connector.oracle.OracleConnector",
  oracleaws: "io.debezium.connector.oracle.OracleConnector",
  db2: "io.debezium.connector.db2.Db2Connector",
  informix: "io.debezium.connector.informix.InformixConnector",
  vitess: "io.debezium.connector.vitess.VitessConnector",
  planetscale: "io.debezium.connector.vitess.VitessConnector",
};

/** Source config keys whose comma-separated entries each become a topic. */
const TOPIC_LIST_KEYS = ["table.include.list.user.defined", "collection.include.list.user.defined"];

/** The name Kafka Connect knows a connector by, which also prefixes a source's topics. */
export function kafkaConnectName(kind: ConnectorKind, id: string): string {
  return `${kind}_${id}`;
}

/** A source's topic id from its plain name: "public.orders" → "source_<id>.public.orders". */
export function sourceTopicId(sourceId: string, name: string): string {
  return `${kafkaConnectName("source", sourceId)}.${name}`;
}

const SOURCE: KindRules = {
  kind: "source",
  catalog: catalogFor("source"),
  path: "/sources",
  title: "Source",
  connectorClass: (connectorId) => DEBEZIUM_CLASSES[connectorId] ?? `com.streamkap.connect.${connectorId}.SourceConnector`,
  derivedConfig: (id) => ({ "topic.prefix": kafkaConnectName("source", id) }),
  topics(record) {
    const topics: Record<string, string> = {};
    for (const key of TOPIC_LIST_KEYS) {
      const list = record.config[key];
      if (!list) continue;
      for (const entry of includeListTopics(record.connector, list)) topics[entry] = sourceTopicId(record.id, entry);
    }
    return topics;
  },
  showsServiceId: true,
};

const DESTINATION: KindRules = {
  kind: "destination",
  catalog: catalogFor("destination"),
  path: "/destinations",
  title: "Destination",
  connectorClass: (connectorId) => `com.streamkap.connect.${connectorId}.SinkConnector`,
  derivedConfig: () => ({}),
  // A destination reads the topics of the pipelines that lead to it: none until pipelines exist.
  topics: () => ({}),
  showsServiceId: false,
};

export const KINDS: readonly KindRules[] = [SOURCE, DESTINATION];

export function rulesFor(kind: ConnectorKind): KindRules {
  return kind === "source" ? SOURCE : DESTINATION;
}
