// Whether an implementation can run here, by the catalog's one rule for what an implementation
// holds (catalog/transform-types.ts: entry functions per type, their fixed names) plus what only
// this runtime adds: it runs JavaScript, not Python or SQL. Problems are listed all at once,
// each naming its key, so a caller shows them together.
import { checkImplementation, entryFunctions, transformCatalog } from "../catalog/transform-types";

/** A code key of the implementation JSON and the function its source must define. */
export const TRANSFORM_FUNCTIONS = Object.fromEntries(
  transformCatalog.all().flatMap((type) => entryFunctions(type).map((fn) => [fn.key, fn.function])),
) as Record<FunctionField, string>;

export type FunctionField = "value_transform" | "key_transform" | "topic_transform";
/** In the order they are called on a record. */
export const FUNCTION_FIELDS: readonly FunctionField[] = ["value_transform", "key_transform", "topic_transform"];

/** Whether transforms of this API type can run JavaScript here: the code types that accept it,
 *  and topic_router (which routes by its patterns, and may add a topic function). */
export function runsJavaScript(transformType: string): boolean {
  const rules = transformCatalog.find(transformType)?.implementation_rules;
  return rules !== undefined && (rules.kind === "none" || (rules.kind === "code" && rules.languages.includes("JAVASCRIPT")));
}

/** Every reason this implementation cannot run as a transform of this type; [] when it can. */
export function implementationProblems(transformType: string, implementation: unknown): string[] {
  const type = transformCatalog.find(transformType);
  if (!type) return [`unknown transform type ${JSON.stringify(transformType)}; known types: ${transformCatalog.ids().join(", ")}`];
  if (!runsJavaScript(transformType)) {
    const runnable = transformCatalog.ids().filter(runsJavaScript);
    return [
      `${transformType} transforms are ${type.implementation_rules.kind === "sql" ? "SQL" : "not JavaScript"}; only ${runnable.join(", ")} transforms run here`,
    ];
  }
  if (implementation === undefined || implementation === null) implementation = {};
  if (typeof implementation !== "object" || Array.isArray(implementation)) return ["the implementation must be a JSON object"];
  const impl = implementation as Record<string, unknown>;
  const problems = checkImplementation(type, impl).map((p) => `${p.path.join(".") || "the implementation"} ${p.message}`);
  if (typeof impl.language === "string" && impl.language.toUpperCase() !== "JAVASCRIPT" && problems.length === 0) {
    problems.push(`language ${JSON.stringify(impl.language)} does not run here; only JAVASCRIPT implementations do`);
  }
  if (typeof impl.common_transform !== "undefined" && impl.common_transform !== null && typeof impl.common_transform !== "string") {
    problems.push("common_transform must be a string of source code");
  }
  return problems;
}

/** The code keys present in a checked implementation, in calling order. */
export function presentFunctions(implementation: unknown): FunctionField[] {
  const impl = (implementation ?? {}) as Record<string, unknown>;
  return FUNCTION_FIELDS.filter((field) => typeof impl[field] === "string" && impl[field] !== "");
}
