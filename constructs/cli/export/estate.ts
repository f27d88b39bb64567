// What an export writes, whatever the language: the chosen objects of a tenant (filters
// applied, with what they depend on pulled in), each with its names, its settings reduced to
// those that differ from the catalog's defaults (catalog/config-values.ts, the rule the
// provider's import follows, so the written code plans clean against an imported state), its
// secrets as variables, its tags as references (custom tags to their objects, system tags to
// constants), and grouped into flows: the sources, destinations, pipelines and the transforms
// on them joined together.
import { catalogFor, findField, type CatalogField, type Connector, type ConnectorKind } from "../../../catalog";
import { nonDefaultSettings } from "../../../catalog/config-values";
import { DEFAULT_PIPELINE_TAGS, SYSTEM_TAGS } from "../../../catalog/system-tags";
import { DEFAULT_TOPIC_PARTITIONS } from "../../../catalog/topic-names";
import { transformCatalog, TRANSFORM_NAME_KEY, type TransformField, type TransformType } from "../../../catalog/transform-types";
import { identifierFor, Namespace, terraformNameFor, wordsOf, snakeCase, type NameClash } from "./identifiers";
import { SECRET_SET, type Collection, type Tenant, type TenantConnector, type TenantPipeline, type TenantTag, type TenantTransform } from "./tenant-reader";

export interface ExportFilters {
  /** Collections to export; default all. */
  kinds?: ReadonlySet<Collection>;
  /** Name patterns (`*` and `?` wildcards, case-insensitive); an object matching any is chosen. */
  names?: string[];
  /** Tag names or ids; an object carrying any is chosen. */
  tags?: string[];
}

export type SystemTagKey = keyof typeof SYSTEM_TAGS;
export type TagRef = { kind: "custom"; tag: TagItem } | { kind: "system"; key: SystemTagKey } | { kind: "id"; id: string; name?: string };

export interface TagItem {
  id: string;
  name: string;
  description?: string;
  type: string[];
  ident: string;
  tfName: string;
}

export interface SecretItem {
  /** The Terraform variable's name (TF_VAR_<variable>). */
  variable: string;
  /** The TypeScript identifier of the variable. */
  ident: string;
  owner: ConnectorItem;
  field: CatalogField;
}

export interface ConnectorItem {
  kind: ConnectorKind;
  id: string;
  name: string;
  connectorId: string;
  /** The catalog's connector; undefined when the catalog does not know it. */
  connector?: Connector;
  /** Plain settings that differ from the defaults, in catalog order, as the API spells them. */
  settings: { field: CatalogField; value: string }[];
  secrets: SecretItem[];
  /** Left out when Active (the default). */
  desiredState?: string;
  /** Left out when it has none. */
  tags?: TagRef[];
  ident: string;
  tfName: string;
}

/** One end of a pipeline: the exported connector, or one left out (written by id). */
export type PipelineEnd = { item: ConnectorItem } | { id: string; name: string; connector: string };

export interface PipelineItem {
  id: string;
  name: string;
  source: PipelineEnd;
  destination: PipelineEnd;
  topics: string[];
  /** Only when false (true is the default). */
  snapshotNewTables?: false;
  /** Left out when the default (the system Development tag). */
  tags?: TagRef[];
  /** `item` when the transform is exported too (referred to), else by id. */
  transforms: { id: string; name?: string; topics: string[]; item?: TransformItem }[];
  autoDiscovery: { transformId: string; regex: string; item?: TransformItem }[];
  ident: string;
  tfName: string;
}

/** INPUT_KEY and OUTPUT_KEY: the construct's input and output props, not config. */
export const TRANSFORM_INPUT_KEY = "transforms.input.topic.pattern";
export const TRANSFORM_OUTPUT_KEY = "transforms.output.topic.pattern";

export interface TransformItem {
  id: string;
  name: string;
  type: TransformType;
  /** Its input and output topic patterns, always written (the construct needs both). */
  input: string;
  output: string;
  /** Other settings that differ from the defaults, as the API spells them. */
  settings: { field: TransformField; value: string }[];
  tags?: TagRef[];
  ident: string;
  tfName: string;
}

export interface TopicItem {
  id: string;
  name: string;
  partitions: number;
  tags: TagRef[];
  ident: string;
  tfName: string;
}

export interface Flow {
  /** A readable title: the first pipeline's name, or the lone object's. */
  title: string;
  /** A file name stem for --split. */
  slug: string;
  sources: ConnectorItem[];
  destinations: ConnectorItem[];
  pipelines: PipelineItem[];
  topics: TopicItem[];
  transforms: TransformItem[];
}

export interface Estate {
  tags: TagItem[];
  flows: Flow[];
  secrets: SecretItem[];
  /** Things the person running the export should know (pulled-in dependencies, renames, ...). */
  warnings: string[];
}

/** The tenant's objects as export writes them. Throws on a filter that names no tag. */
export function planEstate(tenant: Tenant, filters: ExportFilters = {}): Estate {
  const warnings: string[] = [];
  const chosen = chooser(tenant, filters);
  const idents = new Namespace(["app", "stack", "provider", "scope", "App", "Construct", "TerraformStack", "TerraformVariable", "SYSTEM_TAGS"]);
  const tfNames = new Map<string, Namespace>();
  const tfName = (type: string, objectName: string, fallback: string) => {
    if (!tfNames.has(type)) tfNames.set(type, new Namespace([], "_"));
    return tfNames.get(type)!.claim(terraformNameFor(objectName, fallback), objectName);
  };

  // Pipelines first: what they need is exported with them.
  const pipelines = tenant.pipelines.filter((p) => chosen("pipelines", p.name, p.tags));
  const needed = { sources: new Set<string>(), destinations: new Set<string>() };
  for (const p of pipelines) {
    needed.sources.add(p.source.id);
    needed.destinations.add(p.destination.id);
  }
  const connectorsOf = (collection: "sources" | "destinations") =>
    tenant[collection].filter((c) => {
      if (chosen(collection, c.name, c.tags)) return true;
      if (!needed[collection].has(c.id)) return false;
      const by = pipelines.filter((p) => (collection === "sources" ? p.source.id : p.destination.id) === c.id).map((p) => `"${p.name}"`);
      warnings.push(
        `${collection === "sources" ? "source" : "destination"} "${c.name}" is outside the filter; exported too, since pipeline ${by.join(", ")} needs it.`,
      );
      return true;
    });
  const chosenSources = connectorsOf("sources");
  const chosenDestinations = connectorsOf("destinations");
  const chosenTransforms = tenant.transforms.filter((t) => {
    if (chosen("transforms", t.name, t.tags)) return true;
    const by = pipelines.filter((p) => p.transforms.some((e) => e.id === t.id) || p.topic_auto_discovery_transforms.some((e) => e.transform_id === t.id));
    if (by.length === 0) return false;
    warnings.push(`transform "${t.name}" is outside the filter; exported too, since pipeline ${by.map((p) => `"${p.name}"`).join(", ")} uses it.`);
    return true;
  });
  const chosenTopics = tenant.topics.filter((t) => chosen("topics", t.name, t.tags) && (t.partitions !== DEFAULT_TOPIC_PARTITIONS || t.tags.length > 0));

  // Custom tags: those chosen, and every one a chosen object carries.
  const tagsById = new Map(tenant.tags.map((t) => [t.id, t]));
  const carried = new Set([...pipelines, ...chosenSources, ...chosenDestinations, ...chosenTopics, ...chosenTransforms].flatMap((o) => o.tags));
  const tags: TagItem[] = tenant.tags
    .filter((t) => !t.system && (carried.has(t.id) || chosen("tags", t.name, [t.id])))
    .map((t) => ({
      id: t.id,
      name: t.name,
      ...(t.description ? { description: t.description } : {}),
      type: t.type,
      ident: idents.claim(identifierFor(t.name, "Tag"), t.name),
      tfName: tfName("tag", t.name, "tag"),
    }));
  const tagItems = new Map(tags.map((t) => [t.id, t]));
  const refOf = (id: string): TagRef => {
    const item = tagItems.get(id);
    if (item) return { kind: "custom", tag: item };
    const key = (Object.keys(SYSTEM_TAGS) as SystemTagKey[]).find((k) => SYSTEM_TAGS[k].id === id);
    return key ? { kind: "system", key } : { kind: "id", id, name: tagsById.get(id)?.name };
  };

  const secrets: SecretItem[] = [];
  const variables = new Namespace([], "_");
  const connectorItem = (kind: ConnectorKind, c: TenantConnector): ConnectorItem => {
    const connector = catalogFor(kind).find(c.connector);
    const item: ConnectorItem = {
      kind,
      id: c.id,
      name: c.name,
      connectorId: c.connector,
      connector,
      settings: [],
      secrets: [],
      ...(c.desired_state && c.desired_state !== "Active" && ["Paused", "Stopped"].includes(c.desired_state) ? { desiredState: c.desired_state } : {}),
      ...(c.tags.length > 0 ? { tags: c.tags.map(refOf) } : {}),
      ident: idents.claim(identifierFor(c.name, kind === "source" ? "Source" : "Destination"), c.name),
      tfName: tfName(connector?.terraform_resource ?? kind, c.name, kind),
    };
    if (!connector) {
      warnings.push(
        `${kind} "${c.name}" uses connector "${c.connector}", which this version's catalog does not know: written as a comment, referred to by id.`,
      );
      return item;
    }
    for (const [key, value] of Object.entries(nonDefaultSettings(connector, c.config, false))) item.settings.push({ field: findField(connector, key)!, value });
    for (const field of connector.fields.filter((f) => f.sensitive && c.config[f.api_key] === SECRET_SET)) {
      const variable = variables.claim(snakeCase([...wordsOf(c.name), ...wordsOf(field.api_key)]) || `${kind}_secret`, `${c.name} ${field.api_key}`);
      const secret: SecretItem = { variable, ident: idents.claim(identifierFor(variable, ""), variable), owner: item, field };
      item.secrets.push(secret);
      secrets.push(secret);
    }
    return item;
  };
  const sources = new Map(chosenSources.map((c) => [c.id, connectorItem("source", c)]));
  const destinations = new Map(chosenDestinations.map((c) => [c.id, connectorItem("destination", c)]));

  const transforms = new Map<string, TransformItem>();
  for (const t of chosenTransforms) {
    const type = transformCatalog.find(t.type);
    if (!type) {
      warnings.push(`transform "${t.name}" is of type "${t.type}", which this version's catalog does not know: not written, referred to by id.`);
      continue;
    }
    transforms.set(
      t.id,
      transformItem(t, type, refOf, idents.claim(identifierFor(t.name, "Transform"), t.name), tfName(type.terraform_resource, t.name, "transform")),
    );
  }

  const pipelineItems = pipelines.map((p) =>
    pipelineItem(p, sources, destinations, transforms, refOf, idents.claim(identifierFor(p.name, "Pipeline"), p.name), tfName("pipeline", p.name, "pipeline")),
  );
  const topicItems = chosenTopics.map((t) => ({
    id: t.id,
    name: t.name,
    partitions: t.partitions,
    tags: t.tags.map(refOf),
    ident: idents.claim(identifierFor(t.name, "Topic"), t.name),
    tfName: tfName("topic", t.name, "topic"),
    source: t.entity?.entity_type === "sources" ? t.entity.entity_id : undefined,
  }));

  for (const clash of [...new Set([idents, ...tfNames.values()])].flatMap((n) => n.collisions())) warnings.push(clashWarning(clash));
  return {
    tags,
    flows: groupIntoFlows([...sources.values()], [...destinations.values()], pipelineItems, topicItems, [...transforms.values()]),
    secrets,
    warnings,
  };
}

function transformItem(t: TenantTransform, type: TransformType, refOf: (id: string) => TagRef, ident: string, tfName: string): TransformItem {
  const own = [TRANSFORM_INPUT_KEY, TRANSFORM_OUTPUT_KEY, TRANSFORM_NAME_KEY];
  const rest = { fields: type.fields.filter((f) => !own.includes(f.api_key)) };
  const settings = Object.entries(nonDefaultSettings(rest, t.config, false)).map(([key, value]) => ({
    field: type.fields.find((f) => f.api_key === key)!,
    value,
  }));
  const pattern = (key: string) => {
    const value = t.config[key];
    return typeof value === "string" ? value : String(type.fields.find((f) => f.api_key === key)?.default ?? "");
  };
  return {
    id: t.id,
    name: t.name,
    type,
    input: pattern(TRANSFORM_INPUT_KEY),
    output: pattern(TRANSFORM_OUTPUT_KEY),
    settings,
    ...(t.tags.length > 0 ? { tags: t.tags.map(refOf) } : {}),
    ident,
    tfName,
  };
}

function pipelineItem(
  p: TenantPipeline,
  sources: Map<string, ConnectorItem>,
  destinations: Map<string, ConnectorItem>,
  transforms: Map<string, TransformItem>,
  refOf: (id: string) => TagRef,
  ident: string,
  tfName: string,
): PipelineItem {
  const end = (items: Map<string, ConnectorItem>, ref: { id: string; name: string; connector: string }): PipelineEnd => {
    const item = items.get(ref.id);
    return item?.connector ? { item } : { id: ref.id, name: item?.name ?? ref.name, connector: item?.connectorId ?? ref.connector };
  };
  const defaultTags = p.tags.length === DEFAULT_PIPELINE_TAGS.length && p.tags.every((t) => DEFAULT_PIPELINE_TAGS.includes(t));
  return {
    id: p.id,
    name: p.name,
    source: end(sources, p.source),
    destination: end(destinations, p.destination),
    topics: p.source.topics,
    ...(p.snapshot_new_tables === false ? { snapshotNewTables: false as const } : {}),
    ...(defaultTags ? {} : { tags: p.tags.map(refOf) }),
    transforms: foldTransforms(p.transforms).map((t) => (transforms.has(t.id) ? { ...t, item: transforms.get(t.id) } : t)),
    autoDiscovery: p.topic_auto_discovery_transforms.map((t) => ({
      transformId: t.transform_id,
      regex: t.regex,
      ...(transforms.has(t.transform_id) ? { item: transforms.get(t.transform_id) } : {}),
    })),
    ident,
    tfName,
  };
}

/** The API lists a pipeline's transforms once per topic; consecutive entries of one transform
 * fold back into one with its topics, as the provider reads them. */
function foldTransforms(entries: TenantPipeline["transforms"]): PipelineItem["transforms"] {
  const out: PipelineItem["transforms"] = [];
  for (const e of entries) {
    const last = out[out.length - 1];
    const topic = typeof e.topic === "string" && e.topic !== "" ? [e.topic] : [];
    if (last && last.id === e.id) last.topics.push(...topic);
    else out.push({ id: String(e.id), ...(e.name ? { name: e.name } : {}), topics: topic });
  }
  return out;
}

/** Flows are what pipelines join: sources and destinations linked through pipelines, each
 * connected group with its pipelines and its sources' topics; a lone object is a flow alone. */
function groupIntoFlows(
  sources: ConnectorItem[],
  destinations: ConnectorItem[],
  pipelines: PipelineItem[],
  topics: (TopicItem & { source?: string })[],
  transforms: TransformItem[],
): Flow[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const endId = (end: PipelineEnd) => ("item" in end ? end.item.id : end.id);
  for (const p of pipelines) {
    union(`p:${p.id}`, `c:${endId(p.source)}`);
    union(`p:${p.id}`, `c:${endId(p.destination)}`);
  }
  for (const t of topics) if (t.source) union(`t:${t.id}`, `c:${t.source}`);
  for (const p of pipelines) for (const t of [...p.transforms, ...p.autoDiscovery]) if (t.item) union(`x:${t.item.id}`, `p:${p.id}`);

  const flows = new Map<string, Flow>();
  const flowOf = (key: string, title: string) => {
    const root = find(key);
    if (!flows.has(root)) flows.set(root, { title, slug: "", sources: [], destinations: [], pipelines: [], topics: [], transforms: [] });
    return flows.get(root)!;
  };
  for (const p of pipelines) flowOf(`p:${p.id}`, p.name).pipelines.push(p);
  for (const s of sources) flowOf(`c:${s.id}`, s.name).sources.push(s);
  for (const d of destinations) flowOf(`c:${d.id}`, d.name).destinations.push(d);
  for (const x of transforms) flowOf(`x:${x.id}`, x.name).transforms.push(x);
  for (const { source, ...t } of topics) flowOf(source ? `t:${t.id}` : "topics", source ? t.name : "topics").topics.push(t);

  const slugs = new Namespace([], "-");
  return [...flows.values()]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((f) => ({ ...f, slug: slugs.claim(wordsOf(f.title).join("-") || "flow", f.title) }));
}

/** Chooses objects by the filters: a kind given, a name pattern matched, a tag carried. */
function chooser(tenant: Tenant, filters: ExportFilters): (collection: Collection, name: string, tags: string[]) => boolean {
  const patterns = filters.names?.map(globToRegExp);
  const tagIds = filters.tags && resolveTags(tenant.tags, filters.tags);
  return (collection, name, tags) =>
    (!filters.kinds || filters.kinds.has(collection)) && (!patterns || patterns.some((p) => p.test(name))) && (!tagIds || tags.some((t) => tagIds.has(t)));
}

function resolveTags(tags: TenantTag[], wanted: string[]): Set<string> {
  const ids = new Set<string>();
  for (const w of wanted) {
    const found = tags.filter((t) => t.id === w || t.name === w || t.name.toLowerCase() === w.toLowerCase());
    if (found.length === 0)
      throw new Error(
        `--tag ${JSON.stringify(w)}: the tenant has no tag of that name or id; its tags are ${tags.map((t) => `"${t.name}"`).join(", ") || "none"}.`,
      );
    for (const t of found) ids.add(t.id);
  }
  return ids;
}

/** --name patterns: `*` any run of characters, `?` one, case-insensitive, whole name. */
export function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "i");
}

function clashWarning(clash: NameClash): string {
  const pairs = clash.names.map((n, i) => `"${n}" → ${clash.given[i]}`).join(", ");
  return `names that are the same once made into identifiers were numbered: ${pairs}.`;
}

/** A pipeline end's display, for comments. */
export function endName(end: PipelineEnd): string {
  return "item" in end ? end.item.name : end.name;
}
