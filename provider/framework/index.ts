// The framework's public surface, for provider/streamkap and provider/protocol.
export * from "./values";
export * from "./diagnostics";
export * from "./schema";
export * from "./resource";
export * from "./provider-server";
export { FrameworkProviderServer } from "./core";
export { conformObject, conformValue, describeKind, describeType, type AttributeContainer } from "./conform";
export { getBool, getNumber, getString, getStringList, getStringMap, isKnownAttribute, requireString } from "./attributes";
export { diagnosticsFromError } from "./errors";
export { isConfigurable, planCreate, planUpdate, replacePaths } from "./plan";
export { dataSourceState, isFixedByPlan, newStateAfterApply, withoutUnknowns } from "./new-state";
export { checkType, validateConfig } from "./validate";
export { schemaProblems } from "./schema-check";
