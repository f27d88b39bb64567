// Tags: the ones every Streamkap tenant has from the start, and what a tag may apply to. Pipelines are tagged Development unless
// told otherwise (the official provider's default), so the provider, the emulator and the
// constructs all need these ids; they live here, at the bottom of the house.
export const SYSTEM_TAGS = {
  development: { id: "670e5ca40afe1d3983ce0c22", name: "Development" },
  production: { id: "670e5bab0d119c0d1f8cda9d", name: "Production" },
} as const;

/** The tags a pipeline gets when its configuration names none. */
export const DEFAULT_PIPELINE_TAGS: readonly string[] = [SYSTEM_TAGS.development.id];

/** What a tag may apply to (the API's tag `type`); environment and general are for system
 * tags only. */
export const TAG_TYPES = ["environment", "general", "sources", "destinations", "pipelines", "transforms", "topics", "services", "users", "tenant"] as const;
export type TagType = (typeof TAG_TYPES)[number];

/** Types that put a tag on every kind: Streamkap's own environment tags (Development is on
 * every pipeline by default). */
const EVERY_KIND: readonly string[] = ["environment", "general"];

/** Whether a tag of these types may be put on an object of `kind` ("sources", "pipelines", ...). */
export function tagAppliesTo(types: readonly string[], kind: TagType): boolean {
  return types.includes(kind) || types.some((t) => EVERY_KIND.includes(t));
}
