// The schema of a streamkap_transform_<type> resource, derived from the transform catalog: the
// attributes every transform has (id, name, transform_type, tags, implementation_json, deploy,
// replay_window, connector_status, timeouts), then one attribute per config field of the
// type, with the official provider's names, defaults and modes, so that its HCL plans clean
// here. Adding a field to catalog/transform-types.json adds it here.
import { transformCatalog, type TransformField, type TransformType } from "../../../catalog/transform-types";
import { statusAfterWrite } from "../../framework/plan-modifiers";
import type { Attribute, AttributeValidator, Schema } from "../../framework/schema";
import { oneOf } from "../../framework/validators";
import { fieldValidator } from "../connectors/field-validation";
import { implementationValidator } from "./implementation";
import { attributeType } from "../connectors/attribute-types";
import { tagsAttribute } from "../common/tags";
import { timeoutsBlock } from "../common/timeouts";

export const REPLAY_WINDOWS = transformCatalog.commonEnum("replay_window") ?? [];

/** A replay window on a type that deploys without a preview, where it applies: a warning. */
function ignoredWithoutPreview(type: TransformType): AttributeValidator {
  return ({ value, path, diagnostics }) => {
    if (typeof value !== "string" || !REPLAY_WINDOWS.includes(value)) return;
    diagnostics.warning(
      "replay_window has no effect",
      `A ${type.id} transform deploys without a preview, which is where the replay window applies; it is ignored.`,
      path,
    );
  };
}

export function transformSchema(type: TransformType): Schema {
  const attributes: Record<string, Attribute> = {
    id: {
      type: "string",
      description: "Identifier Streamkap gave the transform (24 hexadecimal characters); the import id.",
      computed: true,
      useStateForUnknown: true,
    },
    name: {
      type: "string",
      description: "Name of the transform, unique among the transforms of the Streamkap account. Renaming updates it in place.",
      required: true,
    },
    transform_type: { type: "string", description: `Kind of transform as Streamkap reports it ("${type.id}").`, computed: true, useStateForUnknown: true },
    tags: tagsAttribute("transform"),
    implementation_json: {
      type: "string",
      description:
        `The transform's implementation as a JSON document (jsonencode({...})); ${implementationText(type)} ` +
        "Checked when planning. Whitespace and key order do not matter. When left out, the implementation is managed in Streamkap's app and read back; " +
        "when set, a change made outside Terraform shows as drift.",
      optional: true,
      computed: true,
      useStateForUnknown: true,
      validators: [implementationValidator(type)],
    },
    deploy: {
      type: "bool",
      description:
        "Whether to deploy the transform's job after each create or update that changes it. When true, the apply waits until the job is RUNNING " +
        "(within timeouts) and fails with the job's reason if it fails. False never stops a running job. Defaults to false.",
      optional: true,
      computed: true,
      default: false,
    },
    replay_window: {
      type: "string",
      description:
        `How much history a deploy reprocesses: one of ${REPLAY_WINDOWS.map((w) => JSON.stringify(w)).join(", ")} ("0" continues from where the job stopped). ` +
        `Used only when deploy is true${type.preview_deploy ? "" : "; a topic router has no preview deploy and ignores it"}.`,
      optional: true,
      computed: true,
      useStateForUnknown: true,
      validators: [oneOf(REPLAY_WINDOWS), ...(type.preview_deploy ? [] : [ignoredWithoutPreview(type)])],
    },
    connector_status: {
      type: "string",
      description: "State of the transform's job as Streamkap reports it: RUNNING, DEPLOYING, FAILED, STOPPED, ...; UNKNOWN when it was never deployed.",
      computed: true,
      useStateForUnknown: true,
      planModifiers: [statusAfterWrite()],
    },
  };
  for (const field of type.fields) {
    if (field.tf_name in attributes) throw new Error(`transform field ${field.api_key} of ${type.id} reuses the name ${field.tf_name}`);
    attributes[field.tf_name] = fieldAttribute(field);
  }
  return {
    version: 0,
    description:
      `A Streamkap ${type.display_name} transform (type "${type.id}", run by ${type.engine === "flink" ? "Apache Flink" : "Kafka Connect"}) ` +
      "between a source's topics and a destination. Attribute names follow the official Streamkap provider.",
    attributes,
    blocks: { timeouts: timeoutsBlock },
  };
}

/** A config field as the official schema has it: required, or optional with a static default
 * (placeholders included: they are sent as they are). */
function fieldAttribute(field: TransformField): Attribute {
  const attribute: Attribute = { type: attributeType(field), description: describe(field), validators: [fieldValidator(field)] };
  if (field.required) attribute.required = true;
  else {
    attribute.optional = true;
    attribute.computed = true;
    if (field.default !== undefined) attribute.default = field.default;
  }
  return attribute;
}

function describe(field: TransformField): string {
  const text = field.description
    .replace(/\s*\(inferred\)/g, "")
    .replace(/\s*Sent as a JSON number; may be echoed as a string\./, "")
    .replace(/\.$/, "");
  const parts = [`${text} (config key "${field.api_key}").`];
  if (field.enum) parts.push(`One of ${field.enum.map((v) => JSON.stringify(v)).join(", ")}.`);
  if (field.min !== undefined && field.max !== undefined) parts.push(`From ${field.min} to ${field.max}.`);
  if (field.required) parts.push("Required.");
  else if (field.placeholder_default)
    parts.push(`Defaults to the placeholder ${JSON.stringify(field.default)}, which matches no topic: set it before deploying.`);
  else if (field.default !== undefined) parts.push(`Defaults to ${JSON.stringify(field.default)}.`);
  return parts.join(" ");
}

function implementationText(type: TransformType): string {
  const rules = type.implementation_rules;
  if (rules.kind === "none") return "a topic router routes by its patterns, so any JSON object is accepted.";
  if (rules.kind === "sql") {
    const keys = Object.entries(rules.keys).map(([k, r]) => `${k}${r.required ? "" : " (optional)"}`);
    return `for a ${type.id} transform the keys ${keys.join(", ")}.`;
  }
  const fns = rules.functions.map(
    (f) => `${f.key} defining ${f.may_be_async ? "(async) " : ""}${f.function}(${f.params.join(", ")})${f.required ? "" : " (optional)"}`,
  );
  return `for a ${type.id} transform {language (${rules.languages.join(" or ")}), ${fns.join(", ")}}.`;
}
