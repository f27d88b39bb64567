import { SYSTEM_TAGS } from "../../../catalog/system-tags";
import { planEstate } from "./estate";
import { SECRET_SET, type Tenant, type TenantConnector, type TenantPipeline } from "./tenant-reader";
import { postgresApiConfig } from "../../../test/support/source-config";

const id = (n: number) => n.toString(16).padStart(24, "0");

function source(n: number, name: string, extra: Partial<TenantConnector> = {}): TenantConnector {
  return {
    id: id(n),
    name,
    connector: "postgresql",
    // As the API answers: every value a string, the secret replaced.
    config: postgresApiConfig(SECRET_SET, {
      "database.port.user.defined": "5432",
      "heartbeat.enabled": "false",
      "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
    }),
    tags: [],
    ...extra,
  };
}

function destination(n: number, name: string, extra: Partial<TenantConnector> = {}): TenantConnector {
  return {
    id: id(n),
    name,
    connector: "snowflake",
    config: {
      "snowflake.url.name": "acme",
      "snowflake.user.name": "U",
      "snowflake.database.name": "D",
      "snowflake.schema.name": "S",
      "ingestion.mode": "upsert",
      "snowflake.private.key": SECRET_SET,
    },
    tags: [],
    ...extra,
  };
}

function pipeline(n: number, name: string, s: TenantConnector, d: TenantConnector, extra: Partial<TenantPipeline> = {}): TenantPipeline {
  return {
    id: id(n),
    name,
    snapshot_new_tables: true,
    source: { id: s.id, name: s.name, connector: s.connector, topics: ["public.orders"] },
    destination: { id: d.id, name: d.name, connector: d.connector },
    transforms: [],
    topic_auto_discovery_transforms: [],
    tags: [SYSTEM_TAGS.development.id],
    ...extra,
  };
}

function tenant(): Tenant {
  const orders = source(1, "orders-cdc", { tags: [id(100)] });
  const billing = source(2, "billing", { desired_state: "Paused" });
  const warehouse = destination(3, "warehouse");
  const lake = destination(4, "lake");
  return {
    sources: [orders, billing],
    destinations: [warehouse, lake],
    pipelines: [
      pipeline(5, "orders-to-warehouse", orders, warehouse, { tags: [SYSTEM_TAGS.production.id, id(100)] }),
      pipeline(6, "billing-to-lake", billing, lake, { snapshot_new_tables: false }),
    ],
    transforms: [],
    tags: [
      { id: SYSTEM_TAGS.development.id, name: "Development", type: ["environment"], system: true },
      { id: id(100), name: "team-a", description: "Team A", type: ["sources", "pipelines"], system: false },
      { id: id(101), name: "unused", type: ["pipelines"], system: false },
    ],
    topics: [
      { id: `source_${id(1)}.public.orders`, name: "public.orders", entity: { entity_type: "sources", entity_id: id(1) }, partitions: 4, tags: [] },
      { id: `source_${id(2)}.public.orders`, name: "public.orders", entity: { entity_type: "sources", entity_id: id(2) }, partitions: 1, tags: [] },
    ],
  };
}

describe("planEstate", () => {
  test("keeps only settings that differ from the catalog's defaults, secrets as variables, and system tags as references", () => {
    const estate = planEstate(tenant());
    const orders = estate.flows.flatMap((f) => f.sources).find((s) => s.name === "orders-cdc")!;
    const keys = orders.settings.map((s) => s.field.api_key);
    expect(keys).toContain("database.hostname.user.defined");
    expect(keys).not.toContain("database.port.user.defined"); // 5432 is the default
    expect(keys).not.toContain("connector.class"); // not a catalog key
    expect(orders.secrets.map((s) => [s.variable, s.field.api_key])).toEqual([["orders_cdc_database_password", "database.password"]]);
    expect(orders.tags).toEqual([{ kind: "custom", tag: expect.objectContaining({ name: "team-a", ident: "teamATag" }) }]);
    const toWarehouse = estate.flows.flatMap((f) => f.pipelines).find((p) => p.name === "orders-to-warehouse")!;
    expect(toWarehouse.tags).toEqual([{ kind: "system", key: "production" }, expect.objectContaining({ kind: "custom" })]);
    expect("item" in toWarehouse.source && toWarehouse.source.item.ident).toBe("ordersCdcSource");
    // Custom tags only: system ones are never recreated, and an unused one is still exported.
    expect(estate.tags.map((t) => t.name)).toEqual(["team-a", "unused"]);
    // A topic at the default partitions is no setting to write.
    expect(estate.flows.flatMap((f) => f.topics).map((t) => t.partitions)).toEqual([4]);
    const billing = estate.flows.flatMap((f) => f.pipelines).find((p) => p.name === "billing-to-lake")!;
    expect(billing).toMatchObject({ snapshotNewTables: false });
    expect(billing.tags).toBeUndefined();
    expect(estate.flows.flatMap((f) => f.sources).find((s) => s.name === "billing")!.desiredState).toBe("Paused");
  });

  test("groups objects into flows joined by pipelines", () => {
    const estate = planEstate(tenant());
    expect(estate.flows.map((f) => [f.title, f.sources.map((s) => s.name), f.destinations.map((d) => d.name)])).toEqual([
      ["billing-to-lake", ["billing"], ["lake"]],
      ["orders-to-warehouse", ["orders-cdc"], ["warehouse"]],
    ]);
  });

  test("filters pull in what a chosen pipeline needs, with a warning", () => {
    const estate = planEstate(tenant(), { kinds: new Set(["pipelines"]), names: ["orders-*"] });
    expect(estate.flows.flatMap((f) => f.pipelines.map((p) => p.name))).toEqual(["orders-to-warehouse"]);
    expect(estate.flows.flatMap((f) => [...f.sources, ...f.destinations].map((c) => c.name))).toEqual(["orders-cdc", "warehouse"]);
    expect(estate.tags.map((t) => t.name)).toEqual(["team-a"]);
    expect(estate.warnings).toEqual([
      'source "orders-cdc" is outside the filter; exported too, since pipeline "orders-to-warehouse" needs it.',
      'destination "warehouse" is outside the filter; exported too, since pipeline "orders-to-warehouse" needs it.',
    ]);
  });

  test("--tag by name or id; an unknown tag is an error naming the tenant's tags", () => {
    expect(planEstate(tenant(), { tags: ["team-a"] }).flows.flatMap((f) => f.pipelines.map((p) => p.name))).toEqual(["orders-to-warehouse"]);
    expect(planEstate(tenant(), { tags: [id(100)] }).flows).toHaveLength(1);
    expect(() => planEstate(tenant(), { tags: ["team-z"] })).toThrow(
      '--tag "team-z": the tenant has no tag of that name or id; its tags are "Development", "team-a", "unused".',
    );
  });

  test("names that collide once sanitized are numbered and reported", () => {
    const t = tenant();
    t.sources.push(source(7, "orders_cdc"));
    const estate = planEstate(t);
    const idents = estate.flows.flatMap((f) => f.sources.map((s) => s.ident));
    expect(idents).toEqual(expect.arrayContaining(["ordersCdcSource", "ordersCdcSource2"]));
    expect(estate.secrets.map((s) => s.variable)).toEqual(expect.arrayContaining(["orders_cdc_database_password", "orders_cdc_database_password_2"]));
    expect(estate.warnings.join("\n")).toMatch(/"orders-cdc" → ordersCdcSource, "orders_cdc" → ordersCdcSource2/);
  });

  test("a connector the catalog does not know is kept out, and its pipelines refer to it by id", () => {
    const t = tenant();
    t.sources[1] = { ...t.sources[1], connector: "mainframe" };
    const estate = planEstate(t);
    const billing = estate.flows.flatMap((f) => f.pipelines).find((p) => p.name === "billing-to-lake")!;
    expect(billing.source).toEqual({ id: id(2), name: "billing", connector: "mainframe" });
    expect(estate.warnings).toContain(
      'source "billing" uses connector "mainframe", which this version\'s catalog does not know: written as a comment, referred to by id.',
    );
  });
});
