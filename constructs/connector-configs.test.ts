// The connector config types are what the catalog says: regenerated here and compared with the
// committed file, which is never edited by hand (npm run generate rewrites it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONNECTOR_CONFIGS_FILE, connectorConfigTypes } from "../scripts/lib/connector-config-types";
import { REPO_ROOT } from "../scripts/lib/paths";

test(`${CONNECTOR_CONFIGS_FILE} is what npm run generate writes from the catalog`, () => {
  const committed = readFileSync(join(REPO_ROOT, CONNECTOR_CONFIGS_FILE), "utf8");
  if (committed !== connectorConfigTypes()) throw new Error(`${CONNECTOR_CONFIGS_FILE} is stale: run npm run generate`);
});
