// How a transform module's exports become the implementation Streamkap runs. The catalog says,
// per type, which functions the runtime calls (`_streamkap_transform` from `value_transform`,
// `_streamkap_transform_key` from `key_transform`, `_streamkap_transform_topic` from
// `topic_transform`) and which are required; a user's module exports them under the
// implementation key's camelCase name (`valueTransform`, `keyTransform`, `topicTransform`),
// typed with ValueTransform, KeyTransform, TopicTransform. Checked before anything is deployed.
import { editDistance } from "../../catalog/config-check";
import { entryFunctions, implementationLanguage, transformCatalog, type EntryFunction, type TransformType } from "../../catalog/transform-types";
import { MODULE_GLOBAL, type BundledModule } from "./bundle";

/** The name a module exports an entry function under: value_transform → valueTransform. */
export function exportName(fn: EntryFunction): string {
  return fn.key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** The types whose implementation may be JavaScript code. */
export function javascriptTypes(): TransformType[] {
  return transformCatalog.all().filter((t) => t.implementation_rules.kind === "code" && t.implementation_rules.languages.includes("JAVASCRIPT"));
}

/** Problems with a module's exports for a type: a required function missing, or an export that
 * looks like a misspelt entry function (other exports, such as helpers a test imports, are fine). */
export function exportProblems(type: TransformType, exported: readonly string[]): string[] {
  const functions = entryFunctions(type);
  const known = functions.map(exportName);
  const problems: string[] = [];
  for (const name of exported) {
    if (known.includes(name)) continue;
    const near = known.find((k) => k.toLowerCase() === name.toLowerCase() || editDistance(name, k) <= 3);
    if (near) problems.push(`exports "${name}": did you mean "${near}"?`);
  }
  for (const fn of functions.filter((f) => f.required)) {
    const name = exportName(fn);
    if (exported.includes(name)) continue;
    const found = exported.length > 0 ? `it exports ${exported.map((e) => `"${e}"`).join(", ")}` : "it exports nothing";
    problems.push(
      `must export a function "${name}": a ${type.id} transform calls it with (${fn.params.slice(0, 4).join(", ")}) and expects ${fn.returns}; ${found}`,
    );
  }
  return problems;
}

/** The implementation for the exported entry functions: per function, the bundled code it needs
 * and the one function Streamkap calls, which hands its arguments on to the export. Keys in a
 * fixed order, so the JSON is the same for the same module. */
export function codeImplementation(type: TransformType, bundled: BundledModule): Record<string, string> {
  const implementation: Record<string, string> = { language: implementationLanguage("JavaScript") };
  for (const fn of entryFunctions(type)) {
    const name = exportName(fn);
    if (!bundled.exports.includes(name)) continue;
    const params = fn.params.join(", ");
    implementation[fn.key] = `${bundled.scriptFor(name)}function ${fn.function}(${params}) {\n  return ${MODULE_GLOBAL}.${name}(${params});\n}\n`;
  }
  return implementation;
}
