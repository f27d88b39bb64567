// The package entry of cdktf-streamkap: the hand-written constructs and every generated
// resource, data source and provider class.
export * from "./generated";
// The generated provider class, plus the lock file entry written at synth (shadows the generated export).
export { StreamkapProvider } from "./streamkap-provider";
export { StreamkapSource, type StreamkapSourceProps } from "./streamkap-source";
export { StreamkapDestination, type StreamkapDestinationProps } from "./streamkap-destination";
export {
  StreamkapPipeline,
  type StreamkapPipelineProps,
  type StreamkapPipelineTransform,
  type StreamkapPipelineTransformConstruct,
  type ConnectorEnd,
  type PipelineSourceEnd,
} from "./streamkap-pipeline";
export { StreamkapTag, type StreamkapTagProps } from "./streamkap-tag";
export { StreamkapTransform, type StreamkapTransformProps } from "./streamkap-transform";
export { type TransformInput } from "./transform-input";
export { TransformCode, type BoundTransformCode } from "./transform/transform-code";
export type { TransformRecord, ValueTransform, AsyncValueTransform, KeyTransform, TopicTransform } from "./transform/record-types";
export { SYSTEM_TAGS, TAG_TYPES, type TagType } from "../catalog/system-tags";
export {
  type StreamkapConnectorProps,
  type StreamkapConnectorOptions,
  type TypedConnectorProps,
  type StreamkapConnectorTimeouts,
  type DesiredState,
} from "./connector-config";
export type { SourceConnectorConfigs, SourceConnectorId, DestinationConnectorConfigs, DestinationConnectorId } from "./connector-configs.generated";
export { findConfigProblems, type ConfigProblem, type ConfigValue } from "./config-validation";
/** @deprecated the same as StreamkapConnectorTimeouts. */
export type { StreamkapConnectorTimeouts as StreamkapSourceTimeouts } from "./connector-config";
