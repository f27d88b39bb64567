// Any configuration Terraform can send, the provider judges without failing: generated values of
// each attribute's type (hostile strings, extreme numbers, unknowns, nulls, empty and odd
// collections) for every resource, through the same validation and plan Terraform asks for.
// Either the configuration is accepted and planned, or each error names the attribute at fault
// (a path, or its name in the message) — never an exception's text such as "Cannot read
// properties of undefined".
import fc from "fast-check";
import { catalogFor, type ConnectorKind } from "../../catalog";
import { requiredOnlyValues } from "../../test/support/catalog-configs";
import { FrameworkProviderServer } from "../framework/core";
import type { Diagnostic } from "../framework/diagnostics";
import { blockEntries, entriesOf, type Attribute, type Block } from "../framework/schema";
import type { AttributeType } from "../framework/types";
import { UNKNOWN, type ObjectValue, type Value } from "../framework/values";
import { streamkapProvider } from "./provider";

const definition = streamkapProvider({});
const server = new FrameworkProviderServer(definition);

const hostileString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "0",
    "-1",
    "true",
    "null",
    "[]",
    "{}",
    "${var.x}",
    "%",
    "é",
    "🔑",
    "a".repeat(5000),
    "\u0000",
    "public.orders",
    "db.internal",
    "Active",
    "Paused",
    "snapshot",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 65535, 65536, 2 ** 31, 2 ** 53, -(2 ** 53), 0.5, 1e308, -1e308, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A value of `type`: any of its kind, sometimes unknown (set by another resource). */
function valueOf(type: AttributeType, depth = 0): fc.Arbitrary<Value> {
  const inner = (t: AttributeType) => valueOf(t, depth + 1);
  const known: fc.Arbitrary<Value> =
    type === "string"
      ? hostileString
      : type === "number"
        ? hostileNumber
        : type === "bool"
          ? fc.boolean()
          : "list" in type
            ? fc.array(depth > 2 ? fc.constant(null) : inner(type.list), { maxLength: 3 })
            : "set" in type
              ? fc.uniqueArray(depth > 2 ? fc.constant(null) : inner(type.set), { maxLength: 3, selector: (v) => JSON.stringify(v) })
              : "map" in type
                ? fc.dictionary(hostileString, depth > 2 ? fc.constant(null) : inner(type.map), { maxKeys: 3 })
                : fc.record(Object.fromEntries(Object.entries(type.object).map(([k, t]) => [k, fc.option(inner(t), { nil: null })])));
  return fc.oneof({ weight: 8, arbitrary: known }, { weight: 1, arbitrary: fc.constant(UNKNOWN) });
}

/** A value for an attribute (nested ones built from their own attributes), or none. */
function attributeValue(attribute: Attribute, depth: number): fc.Arbitrary<Value> {
  if (attribute.computed && !attribute.optional && !attribute.required) return fc.constant(null);
  let value: fc.Arbitrary<Value>;
  if (attribute.nested) {
    const one = objectOf(attribute.nested.attributes, depth + 1);
    value = attribute.nested.nesting === "single" ? one : fc.array(one, { maxLength: 2 });
  } else value = valueOf(attribute.type);
  // A required attribute is left out now and then, an optional one often.
  return fc.oneof({ weight: attribute.required ? 6 : 2, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

function objectOf(attributes: Record<string, Attribute>, depth: number): fc.Arbitrary<ObjectValue> {
  return fc.record(Object.fromEntries(entriesOf(attributes).map(([name, a]) => [name, attributeValue(a, depth)])));
}

function blockValue(block: Block): fc.Arbitrary<Value> {
  const one = objectOf(block.attributes, 1);
  return fc.option(block.nesting === "single" ? one : (fc.array(one, { maxLength: 2 }) as fc.Arbitrary<Value>), { nil: null });
}

/** A valid configuration to start from, where the catalog gives one (a connector's required
 * fields), so that generated values are judged one at a time as well as all at once. */
function baseConfig(typeName: string): ObjectValue {
  const m = /^streamkap_(source|destination)_(\w+)$/.exec(typeName);
  const connector = m ? catalogFor(m[1] as ConnectorKind).find(m[2]) : undefined;
  return connector ? { name: "hostile-config", ...requiredOnlyValues(connector) } : {};
}

const resources = definition.resources.map((resource) => {
  const container = resource.schema;
  const base = baseConfig(resource.typeName);
  // Up to four attributes get generated values (none: the base as it is); the rest keep theirs.
  const generated = Object.fromEntries(entriesOf(container.attributes).map(([name, a]) => [name, attributeValue(a, 0)]));
  const attributes = fc
    .subarray(Object.keys(generated), { maxLength: Math.min(4, Object.keys(generated).length) })
    .chain((chosen) => fc.record(Object.fromEntries(chosen.map((name) => [name, generated[name]]))))
    .map((values) => ({ ...Object.fromEntries(Object.keys(generated).map((name) => [name, base[name] ?? null])), ...values }));
  const config = fc
    .tuple(attributes, fc.record(Object.fromEntries(blockEntries(container).map(([name, block]) => [name, blockValue(block)]))))
    .map(([values, blocks]) => ({ ...values, ...blocks }));
  return { typeName: resource.typeName, config };
});

/** Each resource's attribute and block names, which an error may name instead of a path. */
const namesOf = new Map(definition.resources.map((r) => [r.typeName, [...Object.keys(r.schema.attributes), ...Object.keys(r.schema.blocks ?? {})]]));

/** An error that names no attribute: neither a path nor an attribute's name in its text. */
function anonymousErrors(diagnostics: Diagnostic[], names: string[]): Diagnostic[] {
  return diagnostics.filter(
    (d) => d.severity === "error" && !(d.path && d.path.length > 0) && !names.some((n) => `${d.summary} ${d.detail ?? ""}`.includes(n)),
  );
}

/** The new state Terraform proposes for a create: the configuration, computed values null. */
const proposed = (config: ObjectValue): ObjectValue => ({ ...config });

test("property: any configuration of any resource is validated and planned, or refused naming the attribute", async () => {
  const tried = { validated: 0, planned: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...resources).chain((r) => r.config.map((config) => ({ typeName: r.typeName, config }))),
      async ({ typeName, config }) => {
        const names = namesOf.get(typeName)!;
        const validated = server.validateResourceConfig({ typeName, config, clientCapabilities: { deferralAllowed: false } } as Parameters<
          typeof server.validateResourceConfig
        >[0]);
        tried.validated++;
        expect(anonymousErrors(validated.diagnostics, names)).toEqual([]);
        if (validated.diagnostics.some((d) => d.severity === "error")) {
          tried.refused++;
          return;
        }
        const plan = await server.planResourceChange({
          typeName,
          priorState: null,
          proposedNewState: proposed(config),
          config,
          priorPrivate: undefined,
          providerMeta: null,
          clientCapabilities: { deferralAllowed: false },
        } as Parameters<typeof server.planResourceChange>[0]);
        tried.planned++;
        expect(anonymousErrors(plan.diagnostics, names)).toEqual([]);
      },
    ),
    { numRuns: 1500 },
  );
  // Both ways were taken: the property is not only about refusals.
  expect(tried.planned).toBeGreaterThan(0);
  expect(tried.refused).toBeGreaterThan(0);
  if (process.env.FUZZ_FIGURES) process.stderr.write(`hostile configs: ${JSON.stringify({ resources: resources.length, ...tried })}\n`);
});
