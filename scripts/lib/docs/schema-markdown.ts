// A block's attributes as Markdown in the layout of the Terraform registry (the one
// tfplugindocs writes): Required, Optional and Read-Only lists, then a "Nested Schema"
// section for each nested block or object type.
import type { AttributeJson, BlockJson, TypeJson } from "./schema-json";

interface Entry {
  name: string;
  line: string;
  nested?: { anchor: string; title: string; markdown: string };
}

export function blockMarkdown(block: BlockJson, level = "###", anchorPrefix = ""): string {
  const entries = { required: [] as Entry[], optional: [] as Entry[], readOnly: [] as Entry[] };
  for (const [name, attribute] of sorted(block.attributes ?? {})) {
    const entry = attributeEntry(name, attribute, anchorPrefix);
    if (attribute.required) entries.required.push(entry);
    else if (attribute.optional) entries.optional.push(entry);
    else entries.readOnly.push(entry);
  }
  for (const [name, nested] of sorted(block.block_types ?? {})) {
    const anchor = `${anchorPrefix}nestedblock--${name}`;
    entries.optional.push({
      name,
      line: `- \`${name}\` (Block, ${nested.nesting_mode === "single" ? "Optional" : `${nested.nesting_mode}, Optional`}) ${text(nested.block.description)} (see [below for nested schema](#${anchor}))`,
      nested: { anchor, title: name, markdown: blockMarkdown(nested.block, level, `${anchor}--`) },
    });
  }
  const sections: string[] = [];
  for (const [title, list] of [
    ["Required", entries.required],
    ["Optional", entries.optional],
    ["Read-Only", entries.readOnly],
  ] as const) {
    if (list.length > 0) sections.push(`${level} ${title}\n\n${list.map((e) => e.line).join("\n")}`);
  }
  for (const e of [...entries.required, ...entries.optional, ...entries.readOnly]) {
    if (!e.nested) continue;
    sections.push(`<a id="${e.nested.anchor}"></a>\n${level} Nested Schema for \`${e.nested.title}\`\n\n${e.nested.markdown}`);
  }
  return sections.join("\n\n");
}

function attributeEntry(name: string, attribute: AttributeJson, anchorPrefix: string): Entry {
  if (attribute.nested_type) return nestedAttributeEntry(name, attribute, attribute.nested_type, anchorPrefix);
  const flags = [typeName(attribute.type!)];
  if (attribute.sensitive) flags.push("Sensitive");
  if (attribute.deprecated) flags.push("Deprecated");
  const objectType = innerObject(attribute.type!);
  if (!objectType) return { name, line: `- \`${name}\` (${flags.join(", ")}) ${text(attribute.description)}` };
  // A collection of objects: its fields are listed below like a nested block's.
  const anchor = `${anchorPrefix}nestedatt--${name}`;
  // The schema gives object fields no required/optional flags: the description says which are required.
  const fields = sorted(objectType).map(([field, type]) => `- \`${field}\` (${typeName(type)})`);
  return {
    name,
    line: `- \`${name}\` (${flags.join(", ")}) ${text(attribute.description)} (see [below for nested schema](#${anchor}))`,
    nested: { anchor, title: name, markdown: fields.join("\n") },
  };
}

/** A nested attribute (tfplugin6 nested_type): "Attributes", "Attributes List", "Attributes Set",
 * its inner attributes listed below with their own Required/Optional/Read-Only. */
function nestedAttributeEntry(name: string, attribute: AttributeJson, nested: NonNullable<AttributeJson["nested_type"]>, anchorPrefix: string): Entry {
  const kind = nested.nesting_mode === "single" ? "Attributes" : `Attributes ${capitalise(nested.nesting_mode)}`;
  const flags = [kind, ...(attribute.sensitive ? ["Sensitive"] : []), ...(attribute.deprecated ? ["Deprecated"] : [])];
  const anchor = `${anchorPrefix}nestedatt--${name}`;
  return {
    name,
    line: `- \`${name}\` (${flags.join(", ")}) ${text(attribute.description)} (see [below for nested schema](#${anchor}))`,
    nested: { anchor, title: name, markdown: blockMarkdown({ attributes: nested.attributes }, "###", `${anchor}--`) },
  };
}

/** "String", "Number", "Map of Object", ... as the registry writes types. */
export function typeName(type: TypeJson): string {
  if (typeof type === "string") return capitalise(type);
  const [kind, inner] = type;
  if (kind === "object") return "Object";
  return `${capitalise(kind)} of ${typeName(inner as TypeJson)}`;
}

function innerObject(type: TypeJson): Record<string, TypeJson> | undefined {
  if (typeof type === "string") return undefined;
  const [kind, inner] = type;
  if (kind === "object") return inner as Record<string, TypeJson>;
  return innerObject(inner as TypeJson);
}

function text(description: string | undefined): string {
  return (description ?? "").replace(/\s+/g, " ").trim();
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function sorted<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}
