// Every connector field of the catalog says what it is: no description falls back to its name
// ("Hostname setting."), repeats its name, leaves out the unit its key names or carries text the
// docs pages would mangle; and the per-connector tables describe only fields the catalog has,
// so they cannot rot unseen.
import { everyConnector, findField, type CatalogField, type Connector } from "../../../../catalog";
import { connectorSchema } from "../connector-schema";
import { DESTINATIONS } from "../../destinations";
import { SOURCES } from "../../sources";
import { DESTINATION_PURPOSES } from "./destinations";
import { fieldPurpose } from "./index";
import { SOURCE_PURPOSES } from "./sources";

/** Why a purpose tells a reader nothing beyond the field's name, or undefined when it is fine. */
function genericness(purpose: string | undefined, field: CatalogField): string | undefined {
  if (purpose === undefined) return "no purpose";
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  if (/\bsetting$/i.test(purpose)) return "ends in 'setting'";
  if (words(purpose) === words(field.tf_name) || words(purpose) === words(field.api_key)) return "repeats the field's name";
  if (words(purpose).split(" ").length < 4) return "fewer than four words";
  if (/[<>]/.test(purpose)) return "angle brackets, which Markdown hides";
  if (/\]\(/.test(purpose)) return "](, which Markdown reads as a link";
  return undefined;
}

/** The unit a key names, which its purpose must then name too. */
function unitOf(field: CatalogField): RegExp | undefined {
  const key = `${field.api_key}.${field.tf_name}`;
  if (/[._]ms(\.|_|$)/.test(key)) return /millisecond/;
  if (/bytes/.test(key)) return /\bbytes\b/;
  if (/seconds/.test(key)) return /\bseconds?\b/;
  if (/days/.test(key)) return /\bdays?\b/;
  return undefined;
}

/** What is wrong with the purpose of a field, or undefined. */
function problem(connector: Connector, field: CatalogField): string | undefined {
  const purpose = fieldPurpose(connector.kind, connector.id, field.api_key);
  const unit = unitOf(field);
  return genericness(purpose, field) ?? (unit && !unit.test(purpose ?? "") ? `does not name its unit (${unit.source})` : undefined);
}

test("every field of every source and destination says what it is, with the unit its key names", () => {
  const problems = everyConnector().flatMap((c) => c.fields.map((f) => [`${c.kind} ${c.id} ${f.api_key}`, problem(c, f)]).filter(([, p]) => p));
  expect(problems).toEqual([]);
});

test("the check catches a placeholder, a repeated name and a missing unit", () => {
  const field = { api_key: "poll.interval.ms", tf_name: "poll_interval_ms", type: "int" as const, required: false, sensitive: false };
  expect(genericness("Poll interval ms setting", field)).toBe("ends in 'setting'");
  expect(genericness("Poll interval ms", field)).toBe("repeats the field's name");
  expect(genericness("How often to poll, in <unit>", field)).toBe("angle brackets, which Markdown hides");
  expect(genericness("Columns to capture, e.g. public[.]orders[.](id|status)", field)).toBe("](, which Markdown reads as a link");
  expect(unitOf(field)?.test("How often to poll")).toBe(false);
  expect(unitOf({ ...field, api_key: "file.size", tf_name: "file_size" })).toBeUndefined();
});

test("no attribute of a connector schema is described by its name alone", () => {
  for (const connector of everyConnector()) {
    const schema = connectorSchema(connector.kind === "source" ? SOURCES : DESTINATIONS, connector);
    for (const field of connector.fields) expect(schema.attributes[field.tf_name].description).not.toMatch(/ setting \(config key/);
  }
});

test("include lists carry an example in the connector's own naming", () => {
  expect(fieldPurpose("source", "postgresql", "table.include.list.user.defined")).toContain("e.g. public.orders,public.order_items");
  expect(fieldPurpose("source", "mysql", "database.include.list.user.defined")).toContain("e.g. shop");
  expect(fieldPurpose("source", "dynamodb", "table.include.list.user.defined")).toContain("e.g. orders,order_items");
  expect(fieldPurpose("source", "postgresql", "column.include.list.user.defined")).toContain("e.g. public.orders.id,public.orders.status");
});

test("a connector's own entry wins over the shared pattern", () => {
  expect(fieldPurpose("destination", "postgresql", "table.name.prefix")).toMatch(/^Schema/);
  expect(fieldPurpose("destination", "clickhouse", "table.name.prefix")).toMatch(/before every destination table's name/);
});

test.each([
  ["source", SOURCE_PURPOSES],
  ["destination", DESTINATION_PURPOSES],
] as const)("every %s entry names a field the catalog has", (kind, table) => {
  const stale = Object.entries(table).flatMap(([id, entries]) => {
    const connector = everyConnector().find((c) => c.kind === kind && c.id === id);
    return Object.keys(entries)
      .filter((key) => !connector || !findField(connector, key))
      .map((key) => `${id} ${key}`);
  });
  expect(stale).toEqual([]);
});
