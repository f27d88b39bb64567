// Derives a typed resource schema from the connector catalog: one attribute per config
// field, with the official provider's attribute name, and a description written from the
// field's facts. Adding a field to the catalog adds it to the schema.
import { mapValueType, type CatalogField, type Connector } from "../../../catalog";
import type { Attribute, Schema } from "../../framework/schema";
import { attributeType } from "./attribute-types";
import { fieldPurpose } from "./field-purposes";
import { fieldValidator } from "./field-validation";
import { aliasAttribute, aliasBindings, retiredAliasAttribute, retiredAliases } from "./deprecated-aliases";
import { connectorAttribute, connectorStatusAttribute, idAttribute, nameAttribute, topicsAttribute } from "./common-attributes";
import { hasTopics, type ConnectorKind } from "./kind";
import { tagsAttribute } from "../common/tags";
import { timeoutsBlock } from "../common/timeouts";
import { desiredStateAttribute } from "./lifecycle-attributes";

export function connectorSchema(kind: ConnectorKind, connector: Connector): Schema {
  const topicKeys = kind.topicKeys?.(connector) ?? [];
  const topicSettings = connector.fields.filter((f) => topicKeys.includes(f.api_key)).map((f) => f.tf_name);
  const attributes: Record<string, Attribute> = {
    id: idAttribute(kind),
    name: nameAttribute(kind),
    connector: connectorAttribute(kind, connector.id),
    connector_status: connectorStatusAttribute(kind),
    ...(hasTopics(kind) ? { topics: topicsAttribute(kind, topicSettings) } : {}),
    desired_state: desiredStateAttribute,
    tags: tagsAttribute(kind.noun),
  };
  for (const field of connector.fields) {
    if (field.tf_name in attributes) throw new Error(`catalog field ${field.api_key} of ${connector.id} reuses the name ${field.tf_name}`);
    attributes[field.tf_name] = fieldAttribute(field, connector);
  }
  for (const binding of aliasBindings(connector)) {
    const name = binding.alias.tf_name;
    if (name in attributes) throw new Error(`deprecated name ${name} of ${connector.id} clashes with an attribute`);
    attributes[name] = aliasAttribute(binding);
  }
  for (const alias of retiredAliases(connector)) {
    if (alias.tf_name in attributes) throw new Error(`deprecated name ${alias.tf_name} of ${connector.id} clashes with an attribute`);
    attributes[alias.tf_name] = retiredAliasAttribute(alias);
  }
  return {
    version: 0,
    description: `A Streamkap ${connector.display_name} ${kind.noun} (connector "${connector.id}"): ${kind.purpose(connector)}. Attribute names follow the official Streamkap provider.`,
    attributes,
    blocks: { timeouts: timeoutsBlock },
  };
}

/** The connector a field belongs to, as far as its description needs it. */
export type FieldOwner = Pick<Connector, "kind" | "id">;

export function fieldAttribute(field: CatalogField, owner: FieldOwner): Attribute {
  const attribute: Attribute = { type: attributeType(field), description: describeField(field, owner), validators: [fieldValidator(field)] };
  if (field.required) attribute.required = true;
  else if (field.placeholder_default) {
    // The backend puts a generated value in place of the placeholder: read it back.
    attribute.optional = true;
    attribute.computed = true;
    attribute.useStateForUnknown = true;
  } else if (field.default !== undefined) {
    attribute.optional = true;
    attribute.computed = true;
    attribute.default = field.default;
  } else attribute.optional = true;
  if (field.sensitive) attribute.sensitive = true;
  if (field.set_once) attribute.requiresReplace = true;
  return attribute;
}

/** A description in plain words: what the field sets (with its unit and an example), its
 * kind, range, allowed values, default, and what Terraform does specially with it. */
export function describeField(field: CatalogField, owner: FieldOwner): string {
  const kind = owner.kind;
  const purpose = fieldPurpose(owner.kind, owner.id, field.api_key) ?? `${sentenceName(field.tf_name)} setting`;
  const parts = [`${purpose} (config key "${field.api_key}").`];
  parts.push(kindSentence(field));
  if (field.enum) parts.push(`One of ${field.enum.map((v) => JSON.stringify(v)).join(", ")}.`);
  if (field.required) parts.push("Required.");
  else if (field.placeholder_default) parts.push("When left out, Streamkap generates a value, which is read back.");
  else if (field.default !== undefined) parts.push(`Defaults to ${JSON.stringify(field.default)}.`);
  else parts.push("Optional; when left out it is not sent and Streamkap's own default applies.");
  if (field.sensitive) parts.push("Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.");
  if (field.set_once) parts.push(`Streamkap fixes it when the ${kind} is created, so changing it replaces the ${kind}.`);
  return parts.join(" ");
}

function kindSentence(field: CatalogField): string {
  switch (field.type) {
    case "int":
      return `A whole number${rangeText(field.min, field.max)}.`;
    case "bool":
      return "True or false.";
    case "string":
      return "Text.";
    case "list":
      return "A list of strings.";
    case "map": {
      if (!field.map_value_fields) return "A map of strings.";
      const inner = (field.map_value_fields ?? [])
        .map((vf) => `${vf.tf_name} (${[mapValueType(vf), vf.required ? "required" : "", rangeText(vf.min, vf.max).trim()].filter(Boolean).join(", ")})`)
        .join(", ");
      return `A map keyed by table name, each entry an object with ${inner || "no fields"}.`;
    }
  }
}

function rangeText(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return "";
}

function sentenceName(tfName: string): string {
  const words = tfName.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
