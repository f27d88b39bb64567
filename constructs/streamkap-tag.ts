// StreamkapTag: a tag a team puts on its sources, destinations and pipelines (e.g. which
// environment or team owns them), checked at synth against the kinds a tag may apply to.
import type { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { TAG_TYPES, tagAppliesTo, type TagType } from "../catalog/system-tags";
import { Tag } from "./generated/providers/streamkap/tag";

export interface StreamkapTagProps {
  /** The tag's name. */
  readonly name: string;
  readonly description?: string;
  /** What the tag applies to, e.g. ["sources", "destinations", "pipelines"]. */
  readonly type: TagType[];
  readonly provider?: TerraformProvider;
}

/** Types only Streamkap's own tags have. */
const SYSTEM_ONLY: readonly string[] = ["environment", "general"];

export class StreamkapTag extends Construct {
  /** The underlying `streamkap_tag` resource. */
  readonly resource: Tag;
  /** The tag's name. */
  readonly tagName: string;
  /** What the tag applies to, as given. */
  readonly types: readonly TagType[];

  constructor(scope: Construct, id: string, props: StreamkapTagProps) {
    super(scope, id);
    const wrong = props.type.filter((t) => !(TAG_TYPES as readonly string[]).includes(t) || SYSTEM_ONLY.includes(t));
    if (props.type.length === 0 || wrong.length > 0) {
      const allowed = TAG_TYPES.filter((t) => !SYSTEM_ONLY.includes(t)).join(", ");
      throw new Error(
        `StreamkapTag "${this.node.path}": type must name what the tag applies to, among ${allowed}${wrong.length ? `; got ${wrong.map((t) => `"${t}"`).join(", ")}` : ""}.`,
      );
    }
    this.tagName = props.name;
    this.types = [...props.type];
    this.resource = new Tag(this, "resource", { name: props.name, description: props.description, type: props.type, provider: props.provider });
  }

  /** The tag's id, known after apply. */
  get id(): string {
    return this.resource.id;
  }
}

/** The tag ids for a resource of `kind` ("sources", "pipelines", ...). A StreamkapTag whose type
 * excludes that kind fails synth naming both, as Streamkap would refuse it at apply; a tag given
 * by id is checked by the provider. */
export function tagIdsFor(owner: Construct, kind: TagType, tags: readonly (StreamkapTag | string)[] | undefined): string[] | undefined {
  return tags?.map((tag) => {
    if (typeof tag === "string") return tag;
    if (!tagAppliesTo(tag.types, kind)) {
      throw new Error(
        `${owner.constructor.name} "${owner.node.path}" is tagged with StreamkapTag "${tag.node.path}" (${JSON.stringify(tag.tagName)}), whose type [${tag.types.join(", ")}] does not include "${kind}": add "${kind}" to the tag's type, or leave the tag off.`,
      );
    }
    return tag.id;
  });
}
