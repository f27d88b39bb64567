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
