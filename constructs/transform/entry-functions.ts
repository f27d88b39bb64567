// How a transform module's exports become the implementation Streamkap runs. A user's file
// exports `valueTransform`, `keyTransform` and/or `topicTransform` (typed with
// ValueTransform, KeyTransform, TopicTransform); Streamkap wants, per function, one script
// defining `_streamkap_transform`, `_streamkap_transform_key` or `_streamkap_transform_topic`
// under the implementation keys `value_transform`, `key_transform`, `topic_transform`.
// Which of them a transform type needs is checked here, before anything is deployed.
import { editDistance } from "../../catalog/config-check";
import { MODULE_GLOBAL, type BundledModule } from "./bundle";

export interface EntryFunction {
  /** What the user's module exports. */
  readonly exportName: string;
  /** The key of the implementation JSON holding its script. */
  readonly implementationKey: "value_transform" | "key_transform" | "topic_transform";
  /** The function the script must define, as Streamkap's runtime calls it. */
  readonly streamkapName: string;
  /** The arguments the runtime passes, in order. */
  readonly params: readonly string[];
}

export const ENTRY_FUNCTIONS: readonly EntryFunction[] = [
  {
    exportName: "valueTransform",
    implementationKey: "value_transform",
    streamkapName: "_streamkap_transform",
    params: ["valueObject", "keyObject", "topic", "timestamp", "commonObject"],
  },
  {
    exportName: "keyTransform",
    implementationKey: "key_transform",
    streamkapName: "_streamkap_transform_key",
    params: ["valueObject", "keyObject", "topic", "timestamp"],
  },
  {
    exportName: "topicTransform",
    implementationKey: "topic_transform",
    streamkapName: "_streamkap_transform_topic",
    params: ["valueObject", "keyObject", "topic", "timestamp", "commonObject", "valueSchema", "keySchema"],
  },
];

/** What a transform type written in code needs from the module. */
export interface CodeTypeRules {
  /** Exports the type cannot run without. */
  readonly required: readonly string[];
  /** Whether valueTransform may be async (it may await lookups). */
  readonly asyncValue: boolean;
  /** What the type does with the functions, for error messages. */
  readonly purpose: string;
}

/** The transform types whose implementation is JavaScript code. */
export const CODE_TYPES: Readonly<Record<string, CodeTypeRules>> = {
  map_filter: { required: ["valueTransform"], asyncValue: false, purpose: "returns each record's new value, or null to drop it" },
  enrich_async: { required: ["valueTransform"], asyncValue: true, purpose: "returns (or resolves to) each record's enriched value" },
  fan_out: { required: ["topicTransform"], asyncValue: false, purpose: "returns the topic, or the list of topics, each record goes to" },
};

/** The implementation JSON of code types, with its keys in a fixed order. */
export interface CodeImplementation {
  language: "JAVASCRIPT";
  value_transform?: string;
  key_transform?: string;
  topic_transform?: string;
}

/** Problems with a module's exports for a type: a required function missing, or an export that
 * looks like a misspelt entry function (other exports, such as helpers a test imports, are fine). */
export function exportProblems(type: string, exported: readonly string[]): string[] {
  const rules = CODE_TYPES[type];
  if (!rules) return [`transform type "${type}" does not run JavaScript code; the types that do are ${Object.keys(CODE_TYPES).join(", ")}`];
  const known = ENTRY_FUNCTIONS.map((f) => f.exportName);
  const problems: string[] = [];
  for (const name of exported) {
    if (known.includes(name)) continue;
    const near = known.find((k) => k.toLowerCase() === name.toLowerCase() || editDistance(name, k) <= 3);
    if (near) problems.push(`exports "${name}": did you mean "${near}"?`);
  }
  for (const name of rules.required) {
    if (!exported.includes(name)) {
      const found = exported.length > 0 ? `it exports ${exported.map((e) => `"${e}"`).join(", ")}` : "it exports nothing";
      problems.push(`must export a function "${name}" (${type} ${rules.purpose}); ${found}`);
    }
  }
  return problems;
}

/** The implementation for the exported entry functions: per function, the bundled module and
 * the one function Streamkap calls, which hands its arguments to the export. */
export function codeImplementation(bundled: BundledModule): CodeImplementation {
  const implementation: CodeImplementation = { language: "JAVASCRIPT" };
  for (const fn of ENTRY_FUNCTIONS) {
    if (!bundled.exports.includes(fn.exportName)) continue;
    const params = fn.params.join(", ");
    implementation[fn.implementationKey] = `${bundled.script}function ${fn.streamkapName}(${params}) {\n  return ${MODULE_GLOBAL}.${fn.exportName}(${params});\n}\n`;
  }
  return implementation;
}
