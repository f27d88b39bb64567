// Which topics a source captures, as far as synth can tell: its table (or collection) include
// list, whose entries are patterns in Debezium's sense (a regular expression matched against
// the whole "schema.table" name). StreamkapPipeline checks the topics it is given against it,
// so that a topic the source does not capture fails `cdktf synth`, not a deploy.
import { Token } from "cdktf";
import { sourceCatalog, type Connector } from "../catalog";
import { includeListTopics } from "../catalog/topic-names";

/** The keys of a source's config that list what it captures. */
const INCLUDE_LIST = /^(table|collection)\.include\.list/;

/** The include-list entries of a source, or undefined when synth cannot know them (a token,
 * or a connector without such a list). */
export function capturedEntries(connector: Connector, valueOf: (apiKey: string, tfName: string) => unknown): string[] | undefined {
  for (const field of connector.fields.filter((f) => INCLUDE_LIST.test(f.api_key))) {
    const value = valueOf(field.api_key, field.tf_name);
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" || Token.isUnresolved(value)) return undefined;
    return includeListTopics(connector.id, value);
  }
  return undefined;
}

/** The include-list entries of a generated typed source (e.g. SourcePostgresql), read from the
 * values it was configured with; undefined for anything else. */
export function typedSourceEntries(source: object): string[] | undefined {
  const type = (source as { terraformResourceType?: unknown }).terraformResourceType;
  const connector = typeof type === "string" ? sourceCatalog.all().find((c) => c.terraform_resource === type) : undefined;
  if (!connector) return undefined;
  return capturedEntries(connector, (_key, tfName) => (source as Record<string, unknown>)[`${camelCase(tfName)}Input`]);
}

/** Whether an include-list entry (a pattern) captures the topic "schema.table". */
export function captures(entries: string[], topic: string): boolean {
  return entries.some((entry) => {
    try {
      return new RegExp(`^(?:${entry})$`).test(topic);
    } catch {
      return entry === topic;
    }
  });
}

/** A Terraform attribute's name as the generated classes spell their props: table_include_list → tableIncludeList. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
