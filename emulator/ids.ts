// Identifiers shaped like the real service's: sources use MongoDB ObjectIds.
import { randomBytes } from "node:crypto";

const OBJECT_ID = /^[0-9a-f]{24}$/;

/** A new ObjectId-like id: 4 bytes of seconds since the epoch, then 8 random bytes. */
export function newObjectId(now = Date.now()): string {
  const seconds = Math.floor(now / 1000).toString(16).padStart(8, "0").slice(-8);
  return seconds + randomBytes(8).toString("hex");
}

export function isObjectId(value: string): boolean {
  return OBJECT_ID.test(value);
}

export function newRequestId(): string {
  return "req_" + randomBytes(12).toString("hex");
}
