// The package entry of cdktf-streamkap: the hand-written constructs and every generated
// resource, data source and provider class.
export * from "./generated";
export { StreamkapSource, type StreamkapSourceProps, type StreamkapSourceTimeouts, type DesiredState } from "./streamkap-source";
export { findConfigProblems, type ConfigProblem, type ConfigValue } from "./config-validation";
