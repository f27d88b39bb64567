// What a Streamkap id looks like: a MongoDB ObjectId, 24 hexadecimal characters. The emulator
// makes and checks ids with it; the provider checks at plan time that references are ids.
const OBJECT_ID = /^[0-9a-f]{24}$/;

export function isObjectId(value: string): boolean {
  return OBJECT_ID.test(value);
}
