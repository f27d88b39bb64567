// How the sources that do not name their topics after captured tables name them (webhooks,
// Redis, S3 ...), for the Topics section of their docs pages; the sources that do are described
// from catalog/topic-names.ts. The facts come from Streamkap's documentation of each setting;
// where it says nothing, the page says so rather than guess.
const UNKNOWN_TYPES = (which: string) =>
  `events of ${which} go to the topic \`camel_source_payload_router_unknown_type_default_topic\` names (\`unknown\` unless set) ` +
  "when `camel_source_payload_router_unknown_type_behavior` is `DEFAULT_TOPIC`; `SKIP` drops them and `FAIL` stops the connector.";

const FAN_OUT = (example: string) => `each nested list named in \`camel_source_payload_router_fanout_fields\` (e.g. \`${example}\`) adds a topic of its own; `;

const NOTES: Record<string, string> = {
  webhook: "The records go to the topics listed in `topic_include_list`, one topic per entry (`default_topic` unless set).",
  salesforce_webhook: `Each Salesforce object listed in \`topic_include_list\` (e.g. \`Account\`) has a topic of its own; ${UNKNOWN_TYPES("objects not listed")}`,
  shopify_webhook: `Each Shopify resource listed in \`topic_include_list\` (e.g. \`orders\`) has a topic of its own; ${FAN_OUT("orders.line_items")}${UNKNOWN_TYPES("resources not listed")}`,
  stripe_webhook: `Each Stripe resource listed in \`topic_include_list\` (e.g. \`invoice\`) has a topic of its own; ${FAN_OUT("invoice.lines")}${UNKNOWN_TYPES("resources not listed")}`,
  zendesk_webhook: `Zendesk events go to topics by their type; ${FAN_OUT("ticket.tags")}${UNKNOWN_TYPES("unknown types")}`,
  redis: "The records go to the topic named in `topic`; with `topic_use_stream_name = true` (Stream type only), the Redis stream's name is the topic's name.",
  s3: "The topic is named `source_<source id>.s3.<topic_postfix>` (`default` unless set), unless topic routing (`topic_routing_enabled`) is on.",
};

/** How the source names its topics, in one paragraph of Markdown. */
export function topicNote(connectorId: string): string {
  return (
    NOTES[connectorId] ??
    "Streamkap's documentation does not say how this source names its topics: the source's `topics` attribute lists them once it runs, and so does the `streamkap_topics` data source."
  );
}
