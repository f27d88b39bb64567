// A tenant of varied flows for the export tests, as an emulator --fixtures file: sources of a
// dozen connectors (some with every field set to a non-default value, some with only what is
// required), destinations of as many, pipelines (one source feeding two destinations), custom
// tags on connectors, pipelines and topics, the system Production tag, a paused source, source
// topics with more partitions, names that collide once made into identifiers, and transforms
// (one a pipeline's auto-discovery uses, one on its own, one of each kind of pattern). Every secret
// has its own value, so a test can look for each in whatever export wrote.
import { catalogFor, type Connector } from "../../catalog";
import { SYSTEM_TAGS } from "../../catalog/system-tags";
import { includeListTopics } from "../../catalog/topic-names";
import { apiConfig, everyFieldValues, requiredOnlyValues } from "./catalog-configs";

const SOURCES = ["postgresql", "mysql", "mongodb", "alloydb", "mariadb", "sqlserveraws", "oracle", "dynamodb", "supabase", "planetscale", "db2", "documentdb"];
const DESTINATIONS = [
  "snowflake",
  "clickhouse",
  "s3",
  "bigquery",
  "postgresql",
  "databricks",
  "iceberg",
  "redshift",
  "motherduck",
  "kafka",
  "azblob",
  "starburst",
];

export interface ExportTenant {
  /** The --fixtures file's content. */
  fixtures: Record<string, Record<string, unknown>[]>;
  /** Each secret's value, by "<source|destination> <object name> <config key>" (the comment
   * .env.example puts beside its variable). */
  secrets: Map<string, string>;
  /** How many flows (pipelines) the tenant has. */
  flows: number;
}

/** An id of 24 hex characters, from a kind digit and a number. */
export function fixtureId(kind: number, n: number): string {
  return `${kind}${n.toString(16).padStart(23, "0")}`;
}

export function exportTenant(flows = 22): ExportTenant {
  const secrets = new Map<string, string>();
  const tags = [
    { id: fixtureId(1, 1), name: "team-a", description: "Team A's flows", type: ["sources", "destinations", "pipelines", "topics"] },
    { id: fixtureId(1, 2), name: "team-b", type: ["pipelines"] },
    { id: fixtureId(1, 3), name: "pii", description: "", type: ["sources", "topics"] },
  ];
  const connector = (kind: "source" | "destination", id: string, name: string, entry: Connector, full: boolean, extra: Record<string, unknown> = {}) => {
    const values = full ? everyFieldValues(entry) : requiredOnlyValues(entry);
    const config = apiConfig(entry, values);
    for (const field of entry.fields.filter((f) => f.sensitive && config[f.api_key] !== undefined)) {
      const secret = `secret-${name}-${field.api_key}-${id.slice(-4)}`.replace(/[^A-Za-z0-9._-]/g, "_");
      config[field.api_key] = secret;
      secrets.set(`${kind} ${name} ${field.api_key}`, secret);
    }
    return { id, name, connector: entry.id, config, ...extra };
  };

  const sources: Record<string, unknown>[] = [];
  const destinations: Record<string, unknown>[] = [];
  const pipelines: Record<string, unknown>[] = [];
  const topics: Record<string, unknown>[] = [];
  for (let n = 0; n < flows; n++) {
    const sourceEntry = catalogFor("source").get(SOURCES[n % SOURCES.length]);
    const destinationEntry = catalogFor("destination").get(DESTINATIONS[n % DESTINATIONS.length]);
    const includeKey = sourceEntry.fields.find((f) => /^(table|collection)\.include\.list/.test(f.api_key))!.api_key;
    const tables = sourceEntry.id === "dynamodb" ? `orders_${n},items_${n}` : `shop${n}.orders,shop${n}.items`;
    // Names a person would give, a few of which are the same once sanitized.
    const sourceName = n === 1 ? "Billing DB" : n === 2 ? "billing_db" : n === 3 ? "çafé-orders" : `${sourceEntry.id}-orders-${n}`;
    const sourceId = fixtureId(2, n);
    const source = connector("source", sourceId, sourceName, sourceEntry, n % 3 === 0, {
      ...(n % 4 === 0 ? { tags: [tags[0].id, ...(n % 8 === 0 ? [tags[2].id] : [])] } : {}),
      ...(n === 5 ? { desired_state: "Paused" } : {}),
    });
    source.config[includeKey] = tables;
    sources.push(source);
    const destinationId = fixtureId(3, n);
    destinations.push(
      connector("destination", destinationId, `${destinationEntry.id}-warehouse-${n}`, destinationEntry, false, n % 4 === 1 ? { tags: [tags[0].id] } : {}),
    );
    const [firstTopic, secondTopic] = includeListTopics(sourceEntry.id, tables);
    pipelines.push({
      id: fixtureId(4, n),
      name: `flow-${n}-${sourceEntry.id}-to-${destinationEntry.id}`,
      snapshot_new_tables: n % 5 !== 0,
      source: { id: sourceId, topics: n % 2 === 0 ? [firstTopic, secondTopic] : [firstTopic] },
      destination: { id: destinationId },
      tags: n % 3 === 0 ? [SYSTEM_TAGS.production.id, tags[n % 2].id] : n % 3 === 1 ? [SYSTEM_TAGS.development.id] : [tags[1].id],
    });
    if (n % 6 === 0) {
      topics.push({
        id: `source_${sourceId}.${firstTopic}`,
        name: firstTopic,
        entity: { entity_type: "sources", entity_id: sourceId },
        kafka: { partitions: { count: 3 + n } },
        ...(n % 12 === 0 ? { tags: [tags[2].id] } : {}),
      });
    }
  }
  // One source feeding a second destination: a flow of two pipelines.
  const fanOut = catalogFor("destination").get("clickhouse");
  destinations.push(connector("destination", fixtureId(3, 999), "clickhouse-archive", fanOut, false));
  const firstSource = sources[0] as { id: string; connector: string; config: Record<string, string> };
  pipelines.push({
    id: fixtureId(4, 999),
    name: "flow-0-archive",
    source: { id: firstSource.id, topics: [includeListTopics(firstSource.connector, firstSource.config["table.include.list.user.defined"])[1]] },
    destination: { id: fixtureId(3, 999) },
    topic_auto_discovery_transforms: [{ transform_id: fixtureId(5, 1), regex: "public\\..*" }],
  });
  const transforms = [
    {
      id: fixtureId(5, 1),
      name: "clean-orders",
      transform_type: "map_filter",
      config: {
        "transforms.input.topic.pattern": `source_${firstSource.id}\\.public\\.(.*)`,
        "transforms.output.topic.pattern": "clean.$1",
        "transforms.input.job.parallelism": 2,
      },
      tags: [],
    },
    {
      id: fixtureId(5, 2),
      name: "route-events",
      transform_type: "topic_router",
      config: { "transforms.input.topic.pattern": "events\\..*", "transforms.output.topic.pattern": "routed.$0" },
      tags: [],
    },
  ];
  return { fixtures: { tags, sources, destinations, transforms, topics, pipelines }, secrets, flows };
}
