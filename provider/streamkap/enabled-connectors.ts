// Catalog connectors that have a typed resource (streamkap_source_<connector>): all of them.
// Each schema is derived from the catalog, so a connector added there is typed here too.
import { sourceCatalog } from "../../catalog";

export const TYPED_SOURCE_CONNECTORS: readonly string[] = sourceCatalog.ids();
