// Which config keys hold secrets, for anything that shows a connector's config to a person:
// every key the catalog marks `sensitive` in any connector, and any key whose name says it
// holds a credential whatever the connector (auth payloads, headers, keys the catalog does
// not know). One rule, so that a log, a console and a test agree on what must never show.
import { everyConnector } from "./index";

/** Key names that hold credentials whatever the connector. */
export const SECRET_KEY_NAME = /password|passphrase|secret|token|private[._]?key|credential|authorization|api[._]?key/i;

let catalogSecretKeys: Set<string> | undefined;

/** Config keys the catalog marks sensitive, in any connector. */
function sensitiveCatalogKeys(): Set<string> {
  catalogSecretKeys ??= new Set(everyConnector().flatMap((c) => c.fields.filter((f) => f.sensitive).map((f) => f.api_key)));
  return catalogSecretKeys;
}

export function isSecretKey(key: string): boolean {
  return SECRET_KEY_NAME.test(key) || sensitiveCatalogKeys().has(key);
}
