import { destinationCatalog, sourceCatalog } from "./index";
import { checkConfig, nearestKey } from "./config-check";

const postgres = sourceCatalog.get("postgresql");
const required = {
  "database.hostname.user.defined": "db",
  "database.user": "u",
  "database.password": "p",
  "database.dbname": "d",
  "schema.include.list": "public",
  "table.include.list.user.defined": "public.orders",
};

const summary = (config: Record<string, unknown>, options = {}) => checkConfig(postgres, config, options).map((p) => `${p.kind}:${p.key}`);

test("unknown keys come with the nearest known key", () => {
  const [problem] = checkConfig(postgres, { ...required, "database.hostname": "x" });
  expect(problem).toMatchObject({ kind: "unknown-key", key: "database.hostname", suggestion: "database.hostname.user.defined" });
  expect(problem.message).toContain('did you mean "database.hostname.user.defined"');
  expect(nearestKey(postgres, "zzzzzzzzzzzzzzzzzzzzzzzz")).toBeUndefined();
});

test("values out of range, missing required keys and rules between settings", () => {
  const { "database.dbname": _left, ...rest } = required;
  expect(summary({ ...rest, "database.port.user.defined": "fifty", "ssh.enabled": true, "ssh.host": "" })).toEqual([
    "invalid:database.port.user.defined",
    "missing:database.dbname",
    "conditional:ssh.host",
  ]);
});

test("undecided values are not judged, and keys given elsewhere are not missing", () => {
  const undecided = (v: unknown) => v === "TOKEN";
  expect(summary({ ...required, "database.port.user.defined": "TOKEN", "ssh.enabled": "TOKEN" }, { undecided })).toEqual([]);
  const { "database.password": _secret, ...plain } = required;
  expect(summary(plain)).toEqual(["missing:database.password"]);
  expect(summary(plain, { alsoGiven: new Set(["database.password"]) })).toEqual([]);
  expect(summary({}, { alsoGiven: "all" })).toEqual([]);
});

test("the same connector id is a different connector in each kind", () => {
  const source = sourceCatalog.get("postgresql");
  const destination = destinationCatalog.get("postgresql");
  expect(source.kind).toBe("source");
  expect(destination.kind).toBe("destination");
  expect(destination.terraform_resource).toBe("streamkap_destination_postgresql");
  expect(destination.fields.map((f) => f.api_key)).not.toEqual(source.fields.map((f) => f.api_key));
  expect(() => destinationCatalog.get("alloydb")).toThrow(/unknown destination connector "alloydb"/);
});
