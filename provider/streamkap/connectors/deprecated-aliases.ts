// Attribute names the official provider used before renaming them. They still work, so old
// HCL keeps applying, but are deprecated: each one sets the same API key as its
// replacement, and the plan copies its value into the replacement so that the two agree.
import { findField, type CatalogField, type Connector, type DeprecatedAlias } from "../../../catalog";
import { attr, type Diagnostics } from "../../framework/diagnostics";
import type { Attribute } from "../../framework/schema";
import { isUnknown, isWhollyKnown, type ObjectValue } from "../../framework/values";
import { attributeType } from "./attribute-types";
import { validateFieldValue } from "./field-validation";

export interface AliasBinding {
  alias: DeprecatedAlias;
  target: CatalogField;
}

/** The aliases whose API key is a field of the connector (others have nothing to stand for). */
export function aliasBindings(connector: Connector): AliasBinding[] {
  return connector.deprecated_aliases.flatMap((alias) => {
    const target = findField(connector, alias.api_key);
    return target ? [{ alias, target }] : [];
  });
}

/** Aliases whose API key the backend has dropped (no catalog field): old HCL that sets them
 * must still validate and plan clean, so they are accepted, deprecated, and never sent. */
export function retiredAliases(connector: Connector): DeprecatedAlias[] {
  return connector.deprecated_aliases.filter((alias) => !findField(connector, alias.api_key));
}

export function retiredAliasAttribute(alias: DeprecatedAlias): Attribute {
  return {
    // A string accepts the numbers and words old HCL gave it; Terraform converts them.
    type: "string",
    description: `Former setting "${alias.api_key}", which Streamkap no longer has. Accepted so that existing configurations keep working; it has no effect and is not sent.`,
    optional: true,
    deprecated: `${alias.tf_name} has no effect any more (Streamkap dropped "${alias.api_key}"); remove it.`,
  };
}

/** A retired alias keeps whatever the configuration gave it. */
export function retiredAliasState(connector: Connector, prior: ObjectValue | null): ObjectValue {
  const out: ObjectValue = {};
  for (const alias of retiredAliases(connector)) {
    const before = prior?.[alias.tf_name] ?? null;
    out[alias.tf_name] = isUnknown(before) ? null : before;
  }
  return out;
}

export function aliasAttribute({ alias, target }: AliasBinding): Attribute {
  const attribute: Attribute = {
    type: attributeType(target),
    description: `Former name of ${target.tf_name}; sets the same "${target.api_key}" setting. Use ${target.tf_name} instead.`,
    optional: true,
    deprecated: `${alias.tf_name} is deprecated; use ${target.tf_name} instead.`,
  };
  if (target.sensitive) attribute.sensitive = true;
  return attribute;
}

/** An alias and its replacement set together is an error; an alias value is checked like
 * its replacement's. */
export function validateAliases(bindings: AliasBinding[], config: ObjectValue, diagnostics: Diagnostics): void {
  for (const { alias, target } of bindings) {
    const value = config[alias.tf_name] ?? null;
    if (value === null) continue;
    const other = config[target.tf_name] ?? null;
    if (other !== null) {
      diagnostics.error(
        `Both ${alias.tf_name} and ${target.tf_name} are set`,
        `${alias.tf_name} is the former name of ${target.tf_name}; set only ${target.tf_name}.`,
        attr(alias.tf_name),
      );
    }
    validateFieldValue(target, value, attr(alias.tf_name), diagnostics);
  }
}

/** The plan with each configured alias value copied into its replacement, or undefined
 * when no alias is set. */
export function planWithAliases(bindings: AliasBinding[], planned: ObjectValue, config: ObjectValue): ObjectValue | undefined {
  let out: ObjectValue | undefined;
  for (const { alias, target } of bindings) {
    const value = config[alias.tf_name] ?? null;
    if (value === null) continue;
    out = out ?? { ...planned };
    out[target.tf_name] = value;
  }
  return out;
}

/** API config keys set through an alias: they win over the replacement's planned value,
 * which may still be unknown at apply when the alias value was not known at plan time. */
export function aliasConfig(bindings: AliasBinding[], values: ObjectValue): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { alias, target } of bindings) {
    const value = values[alias.tf_name] ?? null;
    if (value !== null && isWhollyKnown(value)) out[target.api_key] = value;
  }
  return out;
}

/** On read an alias in use follows its replacement's value; an unused one stays null. */
export function aliasState(bindings: AliasBinding[], prior: ObjectValue | null, refreshed: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const { alias, target } of bindings) {
    const before = prior?.[alias.tf_name] ?? null;
    out[alias.tf_name] = before === null || isUnknown(before) ? null : (refreshed[target.tf_name] ?? null);
  }
  return out;
}
