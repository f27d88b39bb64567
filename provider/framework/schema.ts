// Attribute schemas: what a resource, data source or provider configuration looks like.
// protocol/ turns these into tfplugin6 Schema messages; plan.ts reads the plan modifiers and
// validate.ts runs the validators, so that a check or plan rule is declared once, on the
// attribute, wherever the attribute is used.
import type { AttributePath, Diagnostics } from "./diagnostics";
import type { AttributeType } from "./types";
import type { ObjectValue, Value } from "./values";

export type { AttributeType };

export interface Attribute {
  type: AttributeType;
  /** Plain-text description for users; also drives generated docs and binding comments. */
  description: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  /** A deprecation message; the attribute still works. */
  deprecated?: string;
  /** Value planned when the configuration leaves the attribute null (requires optional + computed). */
  default?: Value;
  /** Changing the value plans a replacement. */
  requiresReplace?: boolean;
  /** A computed attribute that keeps its prior value on update instead of becoming unknown. */
  useStateForUnknown?: boolean;
  /** A nested attribute (`source = { id = ..., topics = [...] }`): its inner attributes, each
   * with its own flags and defaults. `type` is then the value shape that nestedType() derives. */
  nested?: NestedAttributes;
  /** Checks of a configured value beyond its type (terraform-plugin-framework's Validators). */
  validators?: readonly AttributeValidator[];
  /** Rules that adjust the attribute's planned value (the framework's PlanModifiers). */
  planModifiers?: readonly AttributePlanModifier[];
}

/** What a validator is given: a configured value that is neither null nor unknown as a whole
 * (elements inside may be unknown) and of the attribute's type, with its path. */
export interface ValidatorRequest {
  value: Value;
  path: AttributePath;
  /** The object the attribute belongs to: the configuration, or a nested object or block. */
  config: ObjectValue;
  diagnostics: Diagnostics;
}

/** Reports what is wrong with a value as errors or warnings on `path`; messages name the
 * attribute and the fix, and never quote a value that may be secret. */
export type AttributeValidator = (req: ValidatorRequest) => void;

/** What a plan modifier is given: the plan of the whole object as far as it is made (the
 * framework's rules, then the resource's own modifyPlan), the prior state (null on create)
 * and the configuration. */
export interface PlanModifierRequest {
  /** The attribute's name in `attributes`. */
  name: string;
  attributes: Record<string, Attribute>;
  prior: ObjectValue | null;
  planned: ObjectValue;
  config: ObjectValue;
}

/** Returns the attribute's planned value. */
export type AttributePlanModifier = (req: PlanModifierRequest) => Value;

/** The inner attributes of a nested attribute and how they nest: one object, or a list or
 * set of objects (tfplugin6 Schema.Object). */
export interface NestedAttributes {
  nesting: "single" | "list" | "set";
  attributes: Record<string, Attribute>;
}

// Schemas are built once and never changed afterwards, and every RPC walks its resource's
// schema several times (conform, plan, state): what is derived from a schema is derived once.
const derived = new WeakMap<object, unknown>();
function once<K extends object, V>(key: K, derive: (key: K) => V): V {
  if (!derived.has(key)) derived.set(key, derive(key));
  return derived.get(key) as V;
}

/** `Object.entries` of a schema's attributes (or blocks), computed once per schema. */
export function entriesOf<T>(record: Record<string, T>): readonly [string, T][] {
  return once(record, (r) => Object.entries(r));
}

const NO_BLOCKS: Record<string, Block> = {};

/** A container's blocks as entries (none when it has none), computed once per schema. */
export function blockEntries(container: { blocks?: Record<string, Block> }): readonly [string, Block][] {
  return entriesOf(container.blocks ?? NO_BLOCKS);
}

/** The value shape of a nested attribute: an object, or a list or set of objects. */
export function nestedType(nested: NestedAttributes): AttributeType {
  return once(nested, deriveNestedType);
}

function deriveNestedType(nested: NestedAttributes): AttributeType {
  const object: AttributeType = { object: Object.fromEntries(Object.entries(nested.attributes).map(([name, a]) => [name, a.type])) };
  if (nested.nesting === "single") return object;
  return nested.nesting === "list" ? { list: object } : { set: object };
}

/** A nested attribute: its inner attributes, their nesting, and its own flags. */
export function nestedAttribute(
  nesting: NestedAttributes["nesting"],
  attributes: Record<string, Attribute>,
  rest: Omit<Attribute, "type" | "nested">,
): Attribute {
  const spec: NestedAttributes = { nesting, attributes };
  return { ...rest, type: nestedType(spec), nested: spec };
}

/** A nested block such as `timeouts { create = "30m" }`. */
export interface Block {
  nesting: "single" | "list";
  description: string;
  attributes: Record<string, Attribute>;
  maxItems?: number;
}

export interface Schema {
  version: number;
  description: string;
  attributes: Record<string, Attribute>;
  blocks?: Record<string, Block>;
  deprecated?: string;
}
