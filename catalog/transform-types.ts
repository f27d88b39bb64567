// The transform catalog: one description of Streamkap's seven transform types (map_filter,
// enrich, enrich_async, sql_join, rollup, fan_out, topic_router), read from
// transform-types.json beside it, for the provider (resource schemas, plan checks), the
// emulator (request checks, defaults, which functions to load) and the constructs (synth
// checks). It offers, per type: its config fields (API key, official attribute name, type,
// default, enum, range) — the same shape as a connector's fields, so `checkFieldValue` from
// ./index judges their values —; the languages its config accepts and the ones its
// implementation JSON spells (JavaScript ↔ JAVASCRIPT); the entry functions each code
// implementation must define (value, key, topic: name, parameters, required, may be async), or
// the keys a SQL implementation must hold; and `checkImplementation`, the one rule for what an
// implementation must contain, with the path of each problem. Adding a field is a data change.
import raw from "./transform-types.json";
import type { CatalogField } from "./index";

export const TRANSFORM_TYPE_IDS = ["map_filter", "enrich", "enrich_async", "sql_join", "rollup", "fan_out", "topic_router"] as const;
export type TransformTypeId = (typeof TRANSFORM_TYPE_IDS)[number];

/** A type-specific config field: a connector field's shape (string or int) and its text. */
export interface TransformField extends CatalogField {
  type: "string" | "int";
  description: string;
}

/** One function a code implementation defines, in the source held by `key`. */
export interface EntryFunction {
  /** Key of the implementation JSON holding the source, e.g. value_transform. */
  key: string;
  /** Name the source must define, e.g. _streamkap_transform. */
  function: string;
  required: boolean;
  may_be_async: boolean;
  /** What the runtime passes, in order (the last ones may be left out by the function). */
  params: string[];
  returns: string;
}

export type SqlKeyShape = "table" | "tables" | "sql" | "strings";

/** What an implementation of the type must hold. */
export type ImplementationRules =
  | { kind: "code"; languages: string[]; functions: EntryFunction[] }
  | { kind: "sql"; keys: Record<string, { shape: SqlKeyShape; required: boolean }>; server_added?: Record<string, unknown> }
  | { kind: "none" };

export interface TransformType {
  /** API transform type: `transform` on writes, `transform_type` in answers. */
  id: TransformTypeId;
  display_name: string;
  /** Terraform resource type name, e.g. streamkap_transform_map_filter. */
  terraform_resource: string;
  engine: "flink" | "kafka_connect";
  /** Whether a deploy goes through deploy-job-preview before deploy-job-live. */
  preview_deploy: boolean;
  /** Values of config transforms.language; empty when the type has no language field. */
  languages: string[];
  /** Product docs page, when there is one. */
  docs: string | null;
  fields: TransformField[];
  implementation_rules: ImplementationRules;
}

/** An attribute every transform resource has (id, name, tags, implementation_json, ...). */
export interface TransformCommonAttribute {
  tf_name: string;
  type: string;
  tf_mode: string;
  description: string;
  default?: unknown;
  enum?: string[];
}

/** Statuses GET /transforms/{id}/job_status may answer. */
export const TRANSFORM_JOB_STATUSES = [
  "RUNNING",
  "INITIALIZING",
  "DEPLOYING",
  "CANCELLING",
  "CANCELED",
  "CREATED",
  "RESTARTING",
  "FAILING",
  "FAILED",
  "STOPPED",
  "UNKNOWN",
] as const;
export type TransformJobStatus = (typeof TRANSFORM_JOB_STATUSES)[number];

/** Job statuses that will not become RUNNING without a new deploy. */
export const TRANSFORM_JOB_ENDS: readonly TransformJobStatus[] = ["FAILED", "CANCELED", "STOPPED"];

/** The config key holding a transform's name (the answer has it at the top level too). */
export const TRANSFORM_NAME_KEY = "transforms.name";
/** The config key holding a transform's language. */
export const TRANSFORM_LANGUAGE_KEY = "transforms.language";

export class TransformCatalog {
  private readonly types: TransformType[];
  private readonly byId: Map<string, TransformType>;
  /** The attributes every transform resource has, as the official provider declares them. */
  readonly commonAttributes: TransformCommonAttribute[];

  constructor(data: Record<string, unknown>) {
    this.types = TRANSFORM_TYPE_IDS.map((id) => {
      const entry = data[id] as Omit<TransformType, "id"> | undefined;
      if (!entry) throw new Error(`transform-types.json lacks the type "${id}"`);
      return { ...entry, id };
    });
    this.byId = new Map(this.types.map((t) => [t.id, t]));
    this.commonAttributes = (data._about as { common_attributes: TransformCommonAttribute[] }).common_attributes;
  }

  /** Every transform type, in catalog order. */
  all(): readonly TransformType[] {
    return this.types;
  }

  /** The type with this API id, or undefined. */
  find(id: string): TransformType | undefined {
    return this.byId.get(id);
  }

  /** The type with this API id; throws with the list of known ids otherwise. */
  get(id: string): TransformType {
    const t = this.byId.get(id);
    if (!t) throw new Error(`unknown transform type "${id}"; known types: ${this.ids().join(", ")}`);
    return t;
  }

  ids(): TransformTypeId[] {
    return this.types.map((t) => t.id);
  }

  /** The values a common attribute accepts (e.g. replay_window), from the catalog. */
  commonEnum(tfName: string): string[] | undefined {
    return this.commonAttributes.find((a) => a.tf_name === tfName)?.enum;
  }
}

export const transformCatalog = new TransformCatalog(raw);

/** The config a type gets when nothing is set: every field with a default, by API key. */
export function transformDefaults(type: TransformType): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const f of type.fields) if (f.default !== undefined) out[f.api_key] = f.default;
  return out;
}

/** Top-level keys the backend adds to an implementation that leaves them out, with the values
 * it gives them (rollup's sourceIdleTimeoutMs and stateTTLMs). */
export function serverAddedKeys(type: TransformType): Record<string, unknown> {
  return type.implementation_rules.kind === "sql" ? (type.implementation_rules.server_added ?? {}) : {};
}

/** How an implementation spells a config language: "JavaScript" → "JAVASCRIPT". */
export function implementationLanguage(configLanguage: string): string {
  return configLanguage.toUpperCase();
}

/** The entry functions of a code type (empty for SQL types and topic_router). */
export function entryFunctions(type: TransformType): EntryFunction[] {
  return type.implementation_rules.kind === "code" ? type.implementation_rules.functions : [];
}

/** One thing wrong with an implementation, at a path inside it (empty: the whole). A
 * `language` problem means the type cannot run the code at all; a `content` problem means a
 * function or key the runtime needs is missing (consumers may weigh it by whether the code is
 * about to run). */
export interface ImplementationProblem {
  path: (string | number)[];
  message: string;
  rule: "language" | "content";
}

/** Parses implementation_json text: the object, or the problem with it. */
export function parseImplementationJson(text: string): { value: Record<string, unknown> } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problem: `is not valid JSON: ${(e as Error).message}` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { problem: "must be a JSON object" };
  return { value: value as Record<string, unknown> };
}

/**
 * Everything wrong with an implementation of `type`, all at once. A code implementation needs
 * a language the type accepts (agreeing with `configuredLanguage` when that is known; without
 * one, the configured language is assumed) and, in each code key, the function the runtime
 * calls; a SQL implementation needs its tables and statement; topic_router takes any object.
 */
export function checkImplementation(type: TransformType, implementation: Record<string, unknown>, configuredLanguage?: string): ImplementationProblem[] {
  const rules = type.implementation_rules;
  if (rules.kind === "none") return [];
  if (rules.kind === "sql") return sqlProblems(rules.keys, implementation);

  const problems: ImplementationProblem[] = [];
  const given = implementation.language;
  let language = configuredLanguage ? implementationLanguage(configuredLanguage) : "JAVASCRIPT";
  if (given !== undefined && given !== null) {
    if (typeof given !== "string" || !rules.languages.includes(given.toUpperCase())) {
      problems.push({
        rule: "language",
        path: ["language"],
        message: `must be one of ${rules.languages.join(", ")} for a ${type.id} transform, got ${JSON.stringify(given)}`,
      });
      return problems;
    }
    if (configuredLanguage && given.toUpperCase() !== language) {
      problems.push({
        rule: "language",
        path: ["language"],
        message: `is ${JSON.stringify(given)} but transforms_language is ${JSON.stringify(configuredLanguage)}; make them the same language`,
      });
      return problems;
    }
    language = given.toUpperCase();
  }
  for (const fn of rules.functions) {
    const source = implementation[fn.key];
    if (source === undefined || source === null || source === "") {
      if (fn.required)
        problems.push({
          rule: "content",
          path: [fn.key],
          message: `is required for a ${type.id} transform: source code defining ${fn.function}(${fn.params.join(", ")})`,
        });
      continue;
    }
    if (typeof source !== "string") {
      problems.push({ rule: "content", path: [fn.key], message: "must be a string of source code" });
      continue;
    }
    if (!definesFunction(language, source, fn.function)) {
      problems.push({
        rule: "content",
        path: [fn.key],
        message: `must define the function ${fn.function}(${fn.params.join(", ")}), which the transform calls; it is not defined in this code`,
      });
    }
  }
  return problems;
}

/** Whether source code in a language defines a function of this name (a declaration, or a
 * variable or global assigned to it, as bundlers write). A textual check, made without running
 * the code. */
export function definesFunction(language: string, source: string, name: string): boolean {
  if (language.toUpperCase() === "PYTHON") return new RegExp(`^\\s*(?:async\\s+)?def\\s+${name}\\s*\\(`, "m").test(source);
  const declared = new RegExp(`\\bfunction\\s*\\*?\\s*${name}\\s*\\(`);
  const assigned = new RegExp(`(?:\\b(?:var|let|const)\\s+|\\b(?:globalThis|this|self)\\s*\\.\\s*|^\\s*|[;,{]\\s*)${name}\\s*=(?!=)`, "m");
  return declared.test(source) || assigned.test(source);
}

function sqlProblems(keys: Record<string, { shape: SqlKeyShape; required: boolean }>, impl: Record<string, unknown>): ImplementationProblem[] {
  const problems: ImplementationProblem[] = [];
  for (const [key, rule] of Object.entries(keys)) {
    const value = impl[key];
    if (value === undefined || value === null) {
      if (rule.required) problems.push({ rule: "content", path: [key], message: `is required: ${SHAPE_TEXT[rule.shape]}` });
      continue;
    }
    problems.push(...shapeProblems(rule.shape, value, [key]));
  }
  return problems;
}

const SHAPE_TEXT: Record<SqlKeyShape, string> = {
  table: "an object {name, topicMatcherRegex, createTableSQL}",
  tables: "a non-empty list of {name, topicMatcherRegex, createTableSQL}",
  sql: "a SQL statement",
  strings: "a list of column names",
};

function shapeProblems(shape: SqlKeyShape, value: unknown, path: (string | number)[]): ImplementationProblem[] {
  switch (shape) {
    case "sql":
      return typeof value === "string" && value.trim() !== "" ? [] : [{ rule: "content", path, message: `must be ${SHAPE_TEXT.sql} (a non-empty string)` }];
    case "strings":
      return Array.isArray(value) && value.every((v) => typeof v === "string") ? [] : [{ rule: "content", path, message: `must be ${SHAPE_TEXT.strings}` }];
    case "tables":
      if (!Array.isArray(value) || value.length === 0) return [{ rule: "content", path, message: `must be ${SHAPE_TEXT.tables}` }];
      return value.flatMap((table, i) => shapeProblems("table", table, [...path, i]));
    case "table": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return [{ rule: "content", path, message: `must be ${SHAPE_TEXT.table}` }];
      const table = value as Record<string, unknown>;
      return ["name", "topicMatcherRegex", "createTableSQL"]
        .filter((k) => typeof table[k] !== "string" || table[k].trim() === "")
        .map((k) => ({ rule: "content" as const, path: [...path, k], message: "is required (a non-empty string)" }));
    }
  }
}
