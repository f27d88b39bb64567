// Checks of configured values against the catalog: allowed values, ranges, types. A problem
// becomes an error on the attribute path of the value, saying what is allowed and never
// quoting a secret.
import { checkFieldValue, mapEntryProblem, type CatalogField } from "../../../catalog";
import type { AttributePath, Diagnostics } from "../../framework/diagnostics";
import { formatPath } from "../../framework/diagnostics";
import type { AttributeValidator } from "../../framework/schema";
import { isObjectValue, isUnknown, type Value } from "../../framework/values";

/** The catalog's checks of a field, as its attribute's validator. */
export function fieldValidator(field: CatalogField): AttributeValidator {
  return ({ value, path, diagnostics }) => validateFieldValue(field, value, path, diagnostics);
}

/** Reports what is wrong with a known value of this field, at `path`. Unknown and null
 * values pass: they are checked again once known. */
export function validateFieldValue(field: CatalogField, value: Value, path: AttributePath, diagnostics: Diagnostics): void {
  if (value === null || isUnknown(value)) return;
  if (field.type === "map") return validateMapEntries(field, value, path, diagnostics);
  const problem = checkFieldValue(field, value);
  if (problem) diagnostics.error(`Invalid value for ${formatPath(path)}`, `${formatPath(path)} ${problem}.`, path);
}

/** Each entry's problem (catalog/index.ts), at the path of the inner field it concerns. */
function validateMapEntries(field: CatalogField, value: Value, path: AttributePath, diagnostics: Diagnostics): void {
  if (!isObjectValue(value)) return;
  for (const [key, entry] of Object.entries(value)) {
    if (!isObjectValue(entry)) continue;
    const problem = mapEntryProblem(field.map_value_fields ?? [], entry, isUnknown);
    if (!problem) continue;
    const entryPath: AttributePath = problem.field ? [...path, { key }, { attribute: problem.field }] : [...path, { key }];
    const where = formatPath(entryPath);
    diagnostics.error(`Invalid value for ${where}`, `${where} ${problem.message}.`, entryPath);
  }
}
