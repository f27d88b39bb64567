// How a value of unknown shape (from JSON, from a config) is written into a message or a header:
// a string as it is, anything else as JSON, so an object never prints as "[object Object]".
// Shared by the catalog's checks, the provider's API client and the constructs.
export function plainText(value: unknown): string {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? String(value);
}
