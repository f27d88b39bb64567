// Catalog connectors that have a typed resource (streamkap_source_<connector>). The rest of
// the catalog is reachable through the generic streamkap_source until added here.
export const TYPED_SOURCE_CONNECTORS: readonly string[] = ["postgresql", "alloydb"];
