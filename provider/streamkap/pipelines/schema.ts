// The streamkap_pipeline schema, as the official provider (v3.0.0-beta.24) has it, so that its
// HCL plans clean here: a source (a nested attribute, with the topics it feeds), a destination
// (an object), transforms and topic auto-discovery (lists of nested objects), tags defaulting
// to the system Development tag — and, beyond it, the pipeline's status, which the apply waits
// on.
import { DEFAULT_PIPELINE_TAGS } from "../../../catalog/system-tags";
import { statusAfterWrite } from "../../framework/plan-modifiers";
import { nestedAttribute, type Attribute, type Schema } from "../../framework/schema";
import { streamkapId } from "../common/ids";
import { tagsAttribute } from "../common/tags";
import { timeoutsBlock } from "../common/timeouts";

const required = (description: string): Attribute => ({ type: "string", description, required: true });

const nested = nestedAttribute;

export const PIPELINE_TYPE = "streamkap_pipeline";

export const pipelineSchema: Schema = {
  version: 0,
  description:
    "A Streamkap pipeline: streams the topics of a source into a destination, optionally through transforms. The apply returns once the pipeline runs.",
  attributes: {
    id: { type: "string", description: "Identifier Streamkap gave the pipeline (24 hexadecimal characters).", computed: true, useStateForUnknown: true },
    name: required("Name of the pipeline, unique among the pipelines of the Streamkap account."),
    snapshot_new_tables: {
      type: "bool",
      description: "Whether tables added to the source later are snapshotted first. Defaults to true.",
      optional: true,
      computed: true,
      default: true,
    },
    source: nested(
      "single",
      {
        id: { ...required("Id of the source (e.g. streamkap_source_postgresql.x.id)."), validators: [streamkapId("streamkap_source_<connector>.<name>.id")] },
        name: required("Name of the source."),
        connector: required('Connector of the source, e.g. "postgresql".'),
        topics: {
          type: { set: "string" },
          description: 'Topics of the source the pipeline takes, by table (e.g. "public.orders"). Defaults to none.',
          optional: true,
          computed: true,
          default: [],
        },
      },
      { description: "The source the pipeline reads from: its id, name and connector, and the topics it takes.", required: true },
    ),
    destination: {
      type: { object: { id: "string", name: "string", connector: "string" } },
      description: 'The destination the pipeline writes to: { id, name, connector } (e.g. connector "snowflake").',
      required: true,
      validators: [streamkapId("streamkap_destination_<connector>.<name>.id", "id")],
    },
    transforms: nested(
      "list",
      {
        id: required("Id of the transform."),
        topics: { type: { set: "string" }, description: "Topics the transform applies to.", required: true },
      },
      { description: "Transforms applied on the way, each to some topics. Defaults to none.", optional: true, computed: true, default: [] },
    ),
    topic_auto_discovery_transforms: nested(
      "list",
      {
        transform_id: required("Id of the transform."),
        regex: required("Regular expression naming the new topics the transform takes on."),
      },
      { description: "Transforms that take on new topics matching a regular expression. Defaults to none.", optional: true, computed: true, default: [] },
    ),
    tags: tagsAttribute("pipeline", DEFAULT_PIPELINE_TAGS),
    status: {
      type: "string",
      description: "State of the pipeline as Streamkap last reported it: Starting, Active, Paused, Stopped or Broken.",
      computed: true,
      useStateForUnknown: true,
      // After a write it is known only once the pipeline settles (Active, or Paused or Stopped
      // with its source or destination); otherwise it keeps its value.
      planModifiers: [statusAfterWrite()],
    },
  },
  blocks: { timeouts: timeoutsBlock },
};
