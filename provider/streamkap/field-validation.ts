// Checks of configured values against the catalog: allowed values, ranges, types. A problem
// becomes an error on the attribute path of the value, saying what is allowed and never
// quoting a secret.
import { checkFieldValue, type CatalogField } from "../../catalog";
import type { AttributePath, Diagnostics } from "../framework/diagnostics";
import { formatPath } from "../framework/diagnostics";
import { isObjectValue, isUnknown, type Value } from "../framework/values";
import { mapValueType } from "./config-values";

/** Reports what is wrong with a known value of this field, at `path`. Unknown and null
 * values pass: they are checked again once known. */
export function validateFieldValue(field: CatalogField, value: Value, path: AttributePath, diagnostics: Diagnostics): void {
  if (value === null || isUnknown(value)) return;
  if (field.type === "map") return validateMapEntries(field, value, path, diagnostics);
  const problem = checkFieldValue(field, value);
  if (problem) diagnostics.error(`Invalid value for ${formatPath(path)}`, `${formatPath(path)} ${problem}.`, path);
}

function validateMapEntries(field: CatalogField, value: Value, path: AttributePath, diagnostics: Diagnostics): void {
  if (!isObjectValue(value)) return;
  for (const [key, entry] of Object.entries(value)) {
    if (!isObjectValue(entry)) continue;
    for (const vf of field.map_value_fields ?? []) {
      const inner = entry[vf.tf_name];
      if (inner === null || inner === undefined || isUnknown(inner) || mapValueType(vf) !== "number") continue;
      const innerPath: AttributePath = [...path, { key }, { attribute: vf.tf_name }];
      const where = formatPath(innerPath);
      if (typeof inner !== "number" || !Number.isInteger(inner)) {
        diagnostics.error(`Invalid value for ${where}`, `${where} must be a whole number.`, innerPath);
      } else if (vf.min !== undefined && inner < vf.min) {
        diagnostics.error(`Invalid value for ${where}`, `${where} must be at least ${vf.min}, got ${inner}.`, innerPath);
      } else if (vf.max !== undefined && inner > vf.max) {
        diagnostics.error(`Invalid value for ${where}`, `${where} must be at most ${vf.max}, got ${inner}.`, innerPath);
      }
    }
  }
}
