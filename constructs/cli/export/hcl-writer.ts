// The estate as Terraform files for the official provider's resources (streamkap_source_<id>,
// streamkap_destination_<id> with its attribute names, streamkap_transform_<type>,
// streamkap_pipeline, streamkap_tag, streamkap_topic): versions.tf, variables.tf (one sensitive variable per secret), main.tf
// (or one file per flow with split) with references between resources and the system tags as
// locals, and imports.tf with an `import {}` block per object, so that `terraform apply`
// adopts everything and writes nothing.
import { fromApiValue, type SettingValue } from "../../../catalog/config-values";
import { SYSTEM_TAGS } from "../../../catalog/system-tags";
import { TRANSFORM_INPUT_KEY, TRANSFORM_OUTPUT_KEY } from "./estate";
import type { ConnectorItem, Estate, Flow, PipelineEnd, PipelineItem, TagRef, TopicItem, TransformItem } from "./estate";
import { flowCounts, mapFlow } from "./flow-order";
import { envExample, gitignore, headerLines, type ProjectInfo } from "./project-files";

export interface HclOptions extends ProjectInfo {
  split: boolean;
  /** The provider's source address and version constraint. */
  providerSource: string;
  providerVersion: string;
}

export function hclProject(estate: Estate, options: HclOptions): Map<string, string> {
  const files = new Map<string, string>();
  files.set("versions.tf", versions(estate, options));
  if (estate.secrets.length) files.set("variables.tf", variables(estate));
  const tags = estate.tags.flatMap((t) => [
    "",
    `resource "streamkap_tag" ${q(t.tfName)} {`,
    `  name = ${q(t.name)}`,
    ...(t.description ? [`  description = ${q(t.description)}`] : []),
    `  type = [${t.type.map(q).join(", ")}]`,
    "}",
  ]);
  if (options.split) {
    if (tags.length) files.set("tags.tf", `# The tenant's custom tags; Streamkap's own are local.system_tags.\n${tags.join("\n").trimStart()}\n`);
    for (const flow of estate.flows) files.set(`flow-${flow.slug}.tf`, `${flowLines(flow).join("\n").trimStart()}\n`);
  } else {
    const main = [
      ...(tags.length ? ["# Custom tags (Streamkap's own are local.system_tags).", ...tags.slice(1), ""] : []),
      ...estate.flows.flatMap((f) => flowLines(f)),
    ];
    files.set("main.tf", `${main.join("\n").trimStart()}\n`);
  }
  files.set("imports.tf", imports(estate));
  files.set(".env.example", envExample(estate));
  files.set(".gitignore", gitignore());
  return files;
}

function versions(estate: Estate, options: HclOptions): string {
  const lines = [
    ...headerLines(estate, options).map((l) => `# ${l}`),
    "terraform {",
    '  required_version = ">= 1.5"',
    "  required_providers {",
    "    streamkap = {",
    `      source  = ${q(options.providerSource)}`,
    `      version = ${q(options.providerVersion)}`,
    "    }",
    "  }",
    "}",
    "",
    "# host, client_id and secret, or STREAMKAP_HOST, STREAMKAP_CLIENT_ID, STREAMKAP_SECRET.",
    'provider "streamkap" {}',
    "",
    "# Streamkap's own tags, which every tenant has: referred to, never created.",
    "locals {",
    "  system_tags = {",
    ...Object.entries(SYSTEM_TAGS).map(([key, tag]) => `    ${key} = ${q(tag.id)} # ${tag.name}`),
    "  }",
    "}",
  ];
  return `${lines.join("\n")}\n`;
}

function variables(estate: Estate): string {
  const blocks = estate.secrets.map((s) =>
    [
      `variable ${q(s.variable)} {`,
      `  description = ${q(`${s.owner.kind} ${s.owner.name} ${s.field.api_key}`)}`,
      "  type        = string",
      "  sensitive   = true",
      "}",
    ].join("\n"),
  );
  return `# One per secret; the values go in TF_VAR_<name> (see .env.example), never in a file here.\n${blocks.join("\n\n")}\n`;
}

function imports(estate: Estate): string {
  const targets = [
    ...estate.tags.map((t) => [`streamkap_tag.${t.tfName}`, t.id]),
    ...estate.flows.flatMap((f) =>
      mapFlow(f, {
        connector: (c) => (c.connector ? [[address(c), c.id]] : []),
        transform: (t) => [[transformAddress(t), t.id]],
        pipeline: (p) => [[`streamkap_pipeline.${p.tfName}`, p.id]],
        topic: (t) => [[`streamkap_topic.${t.tfName}`, t.id]],
      }),
    ),
  ];
  const blocks = targets.map(([to, id]) => `import {\n  to = ${to}\n  id = ${q(id)}\n}`);
  return `# Adoption: the first apply imports these existing objects instead of creating them; once it\n# has, this file may go.\n${blocks.join("\n\n")}\n`;
}

function flowLines(flow: Flow): string[] {
  const blocks = mapFlow(flow, { connector: connectorBlock, transform: transformBlock, pipeline: pipelineBlock, topic: topicBlock });
  return ["", `# Flow "${flow.title}": ${flowCounts(flow)}.`, ...blocks];
}

function transformAddress(t: TransformItem): string {
  return `${t.type.terraform_resource}.${t.tfName}`;
}

/** A transform with its patterns and changed settings; implementation_json is left out, so the
 * implementation stays as Streamkap has it (read back). */
function transformBlock(t: TransformItem): string[] {
  const field = (key: string) => t.type.fields.find((f) => f.api_key === key)!;
  const settings = [{ field: field(TRANSFORM_INPUT_KEY), value: t.input }, { field: field(TRANSFORM_OUTPUT_KEY), value: t.output }, ...t.settings];
  const body = [`name = ${q(t.name)}`, ...settings.map(({ field: f, value }) => `${f.tf_name} = ${hclValue(fromApiValue(f, value) ?? value)}`)];
  if (t.tags) body.push(`tags = [${t.tags.map(tagId).join(", ")}]`);
  return [
    "",
    "# Its implementation stays as Streamkap has it; to manage it here, set implementation_json.",
    `resource ${q(t.type.terraform_resource)} ${q(t.tfName)} {`,
    ...body.map((l) => `  ${l}`),
    "}",
  ];
}

function address(c: ConnectorItem): string {
  return `${c.connector!.terraform_resource}.${c.tfName}`;
}

function connectorBlock(c: ConnectorItem): string[] {
  if (!c.connector) {
    return [
      "",
      `# ${c.kind} "${c.name}" (id ${c.id}) is not written: its connector "${c.connectorId}" is one this provider's`,
      "# catalog does not know, so it cannot be managed yet. Pipelines refer to it by id.",
    ];
  }
  const body: string[] = [`name = ${q(c.name)}`];
  for (const { field, value } of c.settings) {
    const typed = fromApiValue(field, value);
    if (typed === undefined || typed === null) {
      body.push(`# ${field.tf_name}: Streamkap holds ${q(value)}, which is not a valid ${field.type}; left out.`);
      continue;
    }
    body.push(`${field.tf_name} = ${hclValue(typed)}`);
  }
  for (const s of c.secrets) body.push(`${s.field.tf_name} = var.${s.variable}`);
  if (c.desiredState) body.push(`desired_state = ${q(c.desiredState)}`);
  if (c.tags) body.push(`tags = [${c.tags.map(tagId).join(", ")}]`);
  return ["", `resource ${q(c.connector.terraform_resource)} ${q(c.tfName)} {`, ...body.map((l) => `  ${l}`), "}"];
}

function pipelineBlock(p: PipelineItem): string[] {
  const body = [
    `name = ${q(p.name)}`,
    ...(p.snapshotNewTables === false ? ["snapshot_new_tables = false"] : []),
    "source = {",
    ...endLines(p.source).map((l) => `  ${l}`),
    `  topics    = [${p.topics.map(q).join(", ")}]`,
    "}",
    "destination = {",
    ...endLines(p.destination).map((l) => `  ${l}`),
    "}",
    ...(p.transforms.length
      ? [
          "transforms = [",
          ...p.transforms.map(
            (t) =>
              `  { id = ${t.item ? `${transformAddress(t.item)}.id` : q(t.id)}, topics = [${t.topics.map(q).join(", ")}] },${t.name && !t.item ? ` # transform "${t.name}"` : ""}`,
          ),
          "]",
        ]
      : []),
    ...(p.autoDiscovery.length
      ? [
          "topic_auto_discovery_transforms = [",
          ...p.autoDiscovery.map((t) => `  { transform_id = ${t.item ? `${transformAddress(t.item)}.id` : q(t.transformId)}, regex = ${q(t.regex)} },`),
          "]",
        ]
      : []),
    ...(p.tags ? [`tags = [${p.tags.map(tagId).join(", ")}]`] : []),
  ];
  return ["", `resource "streamkap_pipeline" ${q(p.tfName)} {`, ...body.map((l) => `  ${l}`), "}"];
}

function topicBlock(t: TopicItem): string[] {
  return [
    "",
    `resource "streamkap_topic" ${q(t.tfName)} {`,
    `  topic_id        = ${q(t.id)}`,
    `  partition_count = ${t.partitions}`,
    ...(t.tags.length ? [`  tags            = [${t.tags.map(tagId).join(", ")}]`] : []),
    "}",
  ];
}

function endLines(end: PipelineEnd): string[] {
  if (!("item" in end)) return [`id        = ${q(end.id)} # not managed here`, `name      = ${q(end.name)}`, `connector = ${q(end.connector)}`];
  const a = address(end.item);
  return [`id        = ${a}.id`, `name      = ${a}.name`, `connector = ${a}.connector`];
}

function tagId(ref: TagRef): string {
  if (ref.kind === "custom") return `streamkap_tag.${ref.tag.tfName}.id`;
  if (ref.kind === "system") return `local.system_tags.${ref.key}`;
  return ref.name ? `${q(ref.id)} /* ${ref.name.replace(/\*\//g, "* /")} */` : q(ref.id);
}

/** A typed value in HCL syntax. */
export function hclValue(value: SettingValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return hclString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(hclValue).join(", ")}]`;
  const entries = Object.entries(value).map(([k, v]) => `${hclString(k)} = ${hclValue(v)}`);
  return entries.length ? `{ ${entries.join(", ")} }` : "{}";
}

/** A quoted HCL string: JSON's escapes, and template sequences kept literal. */
function hclString(text: string): string {
  return JSON.stringify(text)
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, () => "%%{");
}

const q = hclString;
