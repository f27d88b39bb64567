// Validators for attributes that hold ids of Streamkap objects (24 hexadecimal characters): a
// name given where an id belongs is the usual mistake, and it is caught at plan time, before
// anything is sent, with the reference that gives the id.
import { isObjectId } from "../../../catalog/object-ids";
import { formatPath, type AttributePath } from "../../framework/diagnostics";
import type { AttributeValidator } from "../../framework/schema";
import { isObjectValue } from "../../framework/values";

/** The id of one object; `inner` when it is a member of an object-typed attribute
 * (destination = { id = ... }). `reference` names where a valid id comes from. */
export function streamkapId(reference: string, inner?: string): AttributeValidator {
  return ({ value, path, diagnostics }) => {
    const id = inner === undefined ? value : isObjectValue(value) ? value[inner] : undefined;
    if (typeof id !== "string" || isObjectId(id)) return;
    const at: AttributePath = inner === undefined ? path : [...path, { attribute: inner }];
    const where = formatPath(at);
    diagnostics.error(`Invalid ${where}`, `${where}: ${JSON.stringify(id)} is not a Streamkap id (24 hexadecimal characters); use ${reference}.`, at);
  };
}
