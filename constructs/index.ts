// The package entry of cdktf-streamkap: the hand-written constructs and every generated
// resource, data source and provider class.
export * from "./generated";
export { StreamkapSource, type StreamkapSourceProps } from "./streamkap-source";
export { StreamkapDestination, type StreamkapDestinationProps } from "./streamkap-destination";
export { type StreamkapConnectorProps, type StreamkapConnectorTimeouts, type DesiredState } from "./connector-config";
export { findConfigProblems, type ConfigProblem, type ConfigValue } from "./config-validation";
/** @deprecated the same as StreamkapConnectorTimeouts. */
export type { StreamkapConnectorTimeouts as StreamkapSourceTimeouts } from "./connector-config";
