import { sourceCatalog } from "../../../catalog";
import { attributeType } from "./attribute-types";
import { connectorSchema, describeField } from "./connector-schema";
import { SOURCES } from "../sources";

describe("connectorSchema(SOURCES, postgresql)", () => {
  const schema = connectorSchema(SOURCES, sourceCatalog.get("postgresql"));
  const a = schema.attributes;

  test("has the common attributes", () => {
    expect(a.id).toMatchObject({ type: "string", computed: true, useStateForUnknown: true });
    expect(a.name).toMatchObject({ type: "string", required: true });
    expect(a.connector).toMatchObject({ type: "string", computed: true, useStateForUnknown: true });
    expect(a.connector_status).toMatchObject({ type: "string", computed: true });
    expect(a.topics).toMatchObject({ type: { list: "string" }, computed: true });
  });

  test("names and types follow the catalog", () => {
    expect(a.database_hostname).toMatchObject({ type: "string", required: true });
    expect(a.database_port).toMatchObject({ type: "number", optional: true, computed: true, default: 5432 });
    expect(a.heartbeat_enabled).toMatchObject({ type: "bool", optional: true, computed: true, default: true });
    expect(a.column_include_list).toEqual(expect.objectContaining({ type: "string", optional: true }));
    expect(a.column_include_list.computed).toBeUndefined();
    expect(a.column_include_list.default).toBeUndefined();
    // Every catalog field and deprecated name, and nothing else besides the seven common attributes.
    const pg = sourceCatalog.get("postgresql");
    expect(Object.keys(a).length).toBe(pg.fields.length + pg.deprecated_aliases.length + 7);
    expect(a.desired_state).toEqual(expect.objectContaining({ optional: true, computed: true, default: "Active" }));
  });

  test("secrets are sensitive, everything else is not", () => {
    expect(a.database_password).toMatchObject({ sensitive: true, required: true });
    const sensitive = Object.entries(a)
      .filter(([, v]) => v.sensitive)
      .map(([k]) => k);
    expect(sensitive).toEqual(["database_password"]);
  });

  test("set-once fields require replacement", () => {
    expect(a.slot_name).toMatchObject({ requiresReplace: true, default: "streamkap_pgoutput_slot" });
    expect(a.publication_name.requiresReplace).toBe(true);
    expect(a.database_hostname.requiresReplace).toBeUndefined();
  });

  test("every attribute has a description saying what it sets", () => {
    for (const attribute of Object.values(a)) expect(attribute.description.length).toBeGreaterThan(10);
    expect(a.database_port.description).toContain('"database.port.user.defined"');
    expect(a.database_port.description).toContain("Defaults to 5432");
    expect(a.streamkap_snapshot_parallelism.description).toContain("from 1 to 10");
    expect(a.database_sslmode.description).toContain('One of "require", "disable"');
    expect(a.slot_name.description).toContain("replaces the source");
    expect(a.database_password.description).toContain("Secret");
  });

  test("deprecated names stay usable, typed like their replacement", () => {
    expect(a.insert_static_key_field_1).toMatchObject({ type: "string", optional: true });
    expect(a.insert_static_key_field_1.deprecated).toContain("transforms_insert_static_key1_static_field");
    expect(a.insert_static_key_field_1.default).toBeUndefined();
  });

  test("a placeholder default is computed without a default", () => {
    const field = {
      api_key: "k.a",
      tf_name: "k_a",
      type: "string" as const,
      required: false,
      sensitive: false,
      default: "gen",
      placeholder_default: true,
    };
    const c = { ...sourceCatalog.get("postgresql"), fields: [field] };
    const attribute = connectorSchema(SOURCES, c).attributes.k_a;
    expect(attribute).toMatchObject({ optional: true, computed: true });
    expect(attribute.default).toBeUndefined();
    expect(describeField(field, { kind: "source", id: "postgresql" })).not.toContain("Defaults to");
  });

  test("the sqlserver snapshot table config is a map of objects", () => {
    const field = sourceCatalog.get("sqlserveraws").fields.find((f) => f.tf_name === "snapshot_custom_table_config")!;
    expect(attributeType(field)).toEqual({ map: { object: { chunks: "number" } } });
  });
});

describe("every catalog connector", () => {
  test.each(sourceCatalog.all().map((c) => [c.id, c] as const))("%s: a schema with every field, described, and its aliases", (_id, c) => {
    const schema = connectorSchema(SOURCES, c);
    for (const field of c.fields) {
      expect(schema.attributes[field.tf_name].description).toContain(`"${field.api_key}"`);
    }
    // Every alias whose API key the catalog knows becomes a deprecated attribute.
    const bound = c.deprecated_aliases.filter((a) => c.fields.some((f) => f.api_key === a.api_key));
    for (const alias of bound) expect(schema.attributes[alias.tf_name].deprecated).toContain("deprecated");
  });
});
