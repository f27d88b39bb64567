// A snapshot of every resource's and data source's schema: names, types, required/optional/
// computed, sensitive and deprecated. A catalog or schema change shows up here for review
// (update with `npx jest -u` when intended).
import type { Attribute, AttributeType, Schema } from "../framework/schema";
import { streamkapProvider } from "./provider";

function typeText(type: AttributeType): string {
  if (typeof type === "string") return type;
  if ("list" in type) return `list(${typeText(type.list)})`;
  if ("map" in type) return `map(${typeText(type.map)})`;
  if ("object" in type)
    return `object({${Object.entries(type.object)
      .map(([k, t]) => `${k}=${typeText(t)}`)
      .join(",")}})`;
  return JSON.stringify(type);
}

function attributeLine(a: Attribute): string {
  const mode = a.required ? "required" : a.optional && a.computed ? "optional+computed" : a.optional ? "optional" : "computed";
  return [typeText(a.type), mode, a.sensitive ? "sensitive" : "", a.deprecated ? "deprecated" : "", a.requiresReplace ? "replace" : ""]
    .filter(Boolean)
    .join(" ");
}

function summary(schema: Schema): Record<string, string> {
  return Object.fromEntries(
    Object.entries(schema.attributes)
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([n, a]) => [n, attributeLine(a)]),
  );
}

const provider = streamkapProvider({});

test("resource schemas", () => {
  expect(Object.fromEntries(provider.resources.map((r) => [r.typeName, summary(r.schema)]))).toMatchSnapshot();
});

test("data source schemas", () => {
  expect(Object.fromEntries(provider.dataSources.map((d) => [d.typeName, summary(d.schema)]))).toMatchSnapshot();
});

test("every attribute of every resource has a description", () => {
  const missing = provider.resources.flatMap((r) =>
    Object.entries(r.schema.attributes)
      .filter(([, a]) => !(a.description ?? "").trim())
      .map(([n]) => `${r.typeName}.${n}`),
  );
  expect(missing).toEqual([]);
});
