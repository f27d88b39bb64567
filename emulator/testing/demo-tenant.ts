// A tenant of N complete flows for --fixtures, used by the console's browser tests and its
// benchmark: per flow a PostgreSQL source (with a password the page must never show), a
// ClickHouse destination, the pipeline joining them over two topics, and a tag; one topic of
// the first flow declared with partitions of its own. Ids are fixed, so a run is repeatable.
export const DEMO_PASSWORD = "pg-Secret-7f3a91c2";
export const DEMO_DESTINATION_PASSWORD = "ch-Secret-0d4e8b16";

const hex = (kind: number, i: number) => `65c0${kind.toString(16).padStart(2, "0")}${i.toString(16).padStart(18, "0")}`;

export function demoIds(i: number) {
  return { tag: hex(1, i), source: hex(2, i), destination: hex(3, i), pipeline: hex(4, i) };
}

export function demoTenant(flows = 1, secrets = { source: DEMO_PASSWORD, destination: DEMO_DESTINATION_PASSWORD }) {
  const tenant = { tags: [] as object[], sources: [] as object[], destinations: [] as object[], topics: [] as object[], pipelines: [] as object[] };
  for (let i = 0; i < flows; i++) {
    const ids = demoIds(i);
    const n = flows === 1 ? "" : `-${i + 1}`;
    tenant.tags.push({ id: ids.tag, name: `team-orders${n}`, description: "Orders team", type: ["sources", "destinations", "pipelines", "topics"] });
    tenant.sources.push({
      id: ids.source,
      name: `orders-db${n}`,
      connector: "postgresql",
      created_from: "terraform",
      config: {
        "database.hostname.user.defined": "db.internal",
        "database.port.user.defined": 5432,
        "database.user": "cdc",
        "database.password": secrets.source,
        "database.dbname": "shop",
        "schema.include.list": "public",
        "table.include.list.user.defined": "public.orders,public.items",
      },
      tags: [ids.tag],
    });
    tenant.destinations.push({
      id: ids.destination,
      name: `warehouse${n}`,
      connector: "clickhouse",
      created_from: "terraform",
      config: {
        hostname: "ch.internal",
        "connection.username": "loader",
        "connection.password": secrets.destination,
        database: "analytics",
        port: 9440,
        ssl: false,
      },
      tags: [ids.tag],
    });
    if (i === 0) {
      const topic = `source_${ids.source}.public.orders`;
      tenant.topics.push({
        id: topic,
        name: "public.orders",
        entity: { entity_type: "sources", entity_id: ids.source },
        kafka: { partitions: { count: 6 } },
        tags: [ids.tag],
      });
    }
    tenant.pipelines.push({
      id: ids.pipeline,
      name: `orders-to-warehouse${n}`,
      snapshot_new_tables: true,
      source: { id: ids.source, name: `orders-db${n}`, connector: "postgresql", topics: ["public.orders", "public.items"] },
      destination: { id: ids.destination, name: `warehouse${n}`, connector: "clickhouse" },
      transforms: [],
      topic_auto_discovery_transforms: [],
      created_from: "terraform",
      tags: [ids.tag],
    });
  }
  return tenant;
}
