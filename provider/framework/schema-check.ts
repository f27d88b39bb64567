// Catches schema mistakes once, when the provider is built, instead of as odd plans later.
import { nestedType, type Attribute, type Schema } from "./schema";
import type { AttributeContainer } from "./conform";

/** Problems with a schema, as sentences naming the attribute; empty when it is sound. */
export function schemaProblems(schema: Schema, owner: string): string[] {
  const problems: string[] = [];
  checkContainer(schema, owner, problems);
  return problems;
}

function checkContainer(container: AttributeContainer, where: string, problems: string[]): void {
  for (const [name, attribute] of Object.entries(container.attributes)) {
    checkAttribute(attribute, `${where}.${name}`, problems);
  }
  for (const [name, block] of Object.entries(container.blocks ?? {})) {
    if (name in container.attributes) problems.push(`${where}.${name} is both an attribute and a block`);
    checkContainer(block, `${where}.${name}`, problems);
  }
}

function checkAttribute(a: Attribute, where: string, problems: string[]): void {
  if (a.required && (a.optional || a.computed)) problems.push(`${where} is required and also optional or computed`);
  if (!a.required && !a.optional && !a.computed) problems.push(`${where} is none of required, optional, computed`);
  if (a.default !== undefined && !(a.optional && a.computed)) problems.push(`${where} has a default but is not optional + computed`);
  if (a.useStateForUnknown && !a.computed) problems.push(`${where} uses state for unknown but is not computed`);
  if (a.nested) {
    // Values are conformed and compared by `type`, so it must be the shape the nesting implies.
    if (JSON.stringify(a.type) !== JSON.stringify(nestedType(a.nested))) problems.push(`${where} has a type other than nestedType(nested)`);
    checkContainer(a.nested, where, problems);
  }
}
