import { sourceCatalog } from "../../../catalog";
import { Diagnostics } from "../../framework/diagnostics";
import { apiValueToString, fromApiValue, sameMeaning, stringToApiValue, toApiValue } from "./config-values";
import { attributesFromConfig, configFromAttributes } from "./config-values";
import { UNKNOWN } from "../../framework/values";

const pg = sourceCatalog.get("postgresql");
const field = (tf: string) => pg.fields.find((f) => f.tf_name === tf)!;

describe("fromApiValue", () => {
  test("restores numbers and booleans echoed as strings", () => {
    expect(fromApiValue(field("database_port"), "5432")).toBe(5432);
    expect(fromApiValue(field("database_port"), 5432)).toBe(5432);
    expect(fromApiValue(field("heartbeat_enabled"), "true")).toBe(true);
    expect(fromApiValue(field("heartbeat_enabled"), "False")).toBe(false);
    expect(fromApiValue(field("heartbeat_enabled"), false)).toBe(false);
    expect(fromApiValue(field("database_hostname"), 42)).toBe("42");
  });
  test("null for absent, undefined for unreadable", () => {
    expect(fromApiValue(field("database_port"), null)).toBeNull();
    expect(fromApiValue(field("database_port"), "five")).toBeUndefined();
    expect(fromApiValue(field("heartbeat_enabled"), "yes")).toBeUndefined();
  });
  test("map of objects from JSON text or an object", () => {
    const f = sourceCatalog.get("sqlserveraws").fields.find((x) => x.type === "map")!;
    expect(fromApiValue(f, '{"dbo.orders": {"chunks": "4"}}')).toEqual({ "dbo.orders": { chunks: 4 } });
    expect(fromApiValue(f, { t: { chunks: 2 } })).toEqual({ t: { chunks: 2 } });
    expect(fromApiValue(f, "not json")).toBeUndefined();
  });
});

describe("writing values", () => {
  test("strings from the generic maps take their catalog type", () => {
    expect(stringToApiValue(field("database_port"), "5432")).toBe(5432);
    expect(stringToApiValue(field("heartbeat_enabled"), "true")).toBe(true);
    expect(stringToApiValue(field("database_port"), "abc")).toBe("abc");
    expect(stringToApiValue(undefined, "5432")).toBe("5432");
  });
  test("typed values are sent as they are", () => {
    expect(toApiValue(field("database_port"), 5433)).toBe(5433);
    expect(toApiValue(field("heartbeat_enabled"), false)).toBe(false);
  });
  test("only known, non-null attributes become config keys", () => {
    const config = configFromAttributes(pg, {
      database_hostname: "db",
      database_port: 5432,
      database_password: "pw",
      column_include_list: null,
      heartbeat_enabled: UNKNOWN,
      name: "ignored",
    });
    expect(config).toEqual({
      "database.hostname.user.defined": "db",
      "database.port.user.defined": 5432,
      "database.password": "pw",
    });
  });
});

describe("reading values", () => {
  test("normalises echoes, ignores unknown keys, keeps secrets from prior state, defaults absent keys", () => {
    const d = new Diagnostics();
    const state = attributesFromConfig(
      pg,
      { "database.port.user.defined": "5433", "heartbeat.enabled": "false", "some.derived.key": "x", "database.password": null },
      { database_password: "pw" },
      d,
    );
    expect(state.database_port).toBe(5433);
    expect(state.heartbeat_enabled).toBe(false);
    expect(state.database_password).toBe("pw");
    expect(state.snapshot_read_only).toBe("Yes");
    expect(state.column_include_list).toBeNull();
    expect(Object.keys(state)).not.toContain("some.derived.key");
    expect(d.items).toEqual([]);
  });
  test("an unreadable echo keeps the prior value with a warning", () => {
    const d = new Diagnostics();
    const state = attributesFromConfig(pg, { "database.port.user.defined": "n/a" }, { database_port: 5432 }, d);
    expect(state.database_port).toBe(5432);
    expect(d.items[0]).toMatchObject({ severity: "warning", path: [{ attribute: "database_port" }] });
  });
  test("a secret comes from the API only when it was asked for secrets (read_secrets)", () => {
    const notAsked = attributesFromConfig(pg, { "database.password": "from-api" }, null, new Diagnostics());
    expect(notAsked.database_password).toBeNull();
    const asked = attributesFromConfig(pg, { "database.password": "from-api" }, { database_password: "old" }, new Diagnostics(), true);
    expect(asked.database_password).toBe("from-api");
    // Asked, but not returned: the configured value stands.
    const missing = attributesFromConfig(pg, {}, { database_password: "old" }, new Diagnostics(), true);
    expect(missing.database_password).toBe("old");
  });
});

describe("sameMeaning and apiValueToString", () => {
  const port = field("database_port");
  test("compares by type", () => {
    expect(sameMeaning(port, "5432", "05432")).toBe(true);
    expect(sameMeaning(port, "5432", "5433")).toBe(false);
    expect(sameMeaning(field("heartbeat_enabled"), "TRUE", "true")).toBe(true);
    expect(sameMeaning(field("database_hostname"), "Db", "db")).toBe(false);
    expect(sameMeaning(undefined, "1", "01")).toBe(false);
  });
  test("stringifies echoes", () => {
    expect(apiValueToString(5432)).toBe("5432");
    expect(apiValueToString(true)).toBe("true");
    expect(apiValueToString({ a: 1 })).toBe('{"a":1}');
    expect(apiValueToString(null)).toBeNull();
  });
});
