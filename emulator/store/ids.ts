// Identifiers shaped like the real service's: sources use MongoDB ObjectIds.
import { randomBytes } from "node:crypto";

export { isObjectId } from "../../catalog/object-ids";

/** A new ObjectId-like id: 4 bytes of seconds since the epoch, then 8 random bytes. */
export function newObjectId(now = Date.now()): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, "0")
    .slice(-8);
  return seconds + randomBytes(8).toString("hex");
}

export function newRequestId(): string {
  return "req_" + randomBytes(12).toString("hex");
}
