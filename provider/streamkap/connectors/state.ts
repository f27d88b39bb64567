// The state every connector resource builds the same way from an API object.
import type { ObjectValue } from "../../framework/values";
import type { ApiConnector } from "../api/collections/connectors";
import { tagsFromApi } from "../common/tags";
import { hasTopics, type ConnectorKind } from "./kind";

/** id, name, connector, connector_status (and topics, for kinds that write them) as the API
 * reports them. */
export function commonState(kind: ConnectorKind, found: ApiConnector): ObjectValue {
  const state: ObjectValue = {
    id: found.id,
    name: typeof found.name === "string" ? found.name : null,
    connector: typeof found.connector === "string" ? found.connector : null,
    connector_status: typeof found.connector_status === "string" ? found.connector_status : null,
    tags: tagsFromApi(found),
  };
  if (hasTopics(kind)) state.topics = Array.isArray(found.topics) ? found.topics.map((t) => String(t)) : null;
  return state;
}
