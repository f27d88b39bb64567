// What the config keys of one source connector mean, where the key is that connector's own
// or means something else than the shared key pattern says (shared.ts), keyed by connector
// id and then API key. Facts come from Streamkap's documentation and the official provider's
// schema; where neither says more, the text keeps to what the key, type and enum make certain.
type Purposes = Readonly<Record<string, Readonly<Record<string, string>>>>;

const POSTGRES_FAMILY = {
  "post.processors": "Post-processor run on change events: reselector reads a column's current value again from the database when the event lacks it",
};

const MYSQL_FAMILY = {
  "database.connectionTimeZone":
    "Time zone of the database connection; SERVER takes it from the server's time_zone or system_time_zone variables, e.g. UTC or Europe/Paris",
  "snapshot.gtid": "Whether snapshots use GTIDs, which keeps them read-only but needs GTID mode on in the database",
};

const MONGODB_FAMILY = {
  "mongodb.connection.string.user.defined": "MongoDB connection string, e.g. mongodb+srv://streamkap:PASSWORD@cluster0.example.mongodb.net",
  "transforms.unwrap.array.encoding":
    "How arrays are encoded: array keeps them as arrays (all elements must have one type), array_string writes them as JSON text (for mixed types)",
  "transforms.unwrap.document.encoding": "How nested documents are encoded: document writes them as JSON objects, string as JSON text",
  "cursor.oversize.handling.mode":
    "What happens to change events of documents larger than the threshold below: skip drops them, split breaks them into several events",
  "cursor.oversize.skip.threshold": "Largest stored document, in bytes, whose change events are processed (counting the document before and after the change)",
};

export const SOURCE_PURPOSES: Purposes = {
  alloydb: POSTGRES_FAMILY,
  supabase: POSTGRES_FAMILY,
  postgresql: {
    ...POSTGRES_FAMILY,
    "heartbeat.use.logical.message": "Whether heartbeats are sent as PostgreSQL logical decoding messages",
  },
  mysql: MYSQL_FAMILY,
  mariadb: {
    ...MYSQL_FAMILY,
    "database.ssl.mode": "Whether the connection to MariaDB is encrypted: trust encrypts it without checking the server's certificate, disable does not",
  },
  sqlserveraws: {
    "database.names": "Name of the SQL Server database to capture changes from, e.g. shop",
    "database.encrypt": "Whether the connection to SQL Server is encrypted",
  },
  oracle: {
    "database.dbname": "Name of the Oracle database (for a multitenant database, the container database), e.g. ORCLCDB",
    "database.pdb.name": "Name of the pluggable database to capture changes from, for a multitenant Oracle database, e.g. ORCLPDB1",
  },
  informix: {
    "database.port.user.defined": "Port of the Informix SQLI listener",
    "cdc.buffersize": "Size of the buffer that receives change events from the Informix server, in bytes",
    "cdc.timeout": "How long the change reader waits in a blocking read before checking whether it must stop, in seconds",
  },
  vitess: {
    "database.hostname.user.defined": "Host name or IP address of the Vitess VTGate server, e.g. vtgate.internal.example.com",
    "database.port.user.defined": "gRPC port of the VTGate server",
    "database.user": "VTGate user; when left out, VTGate is reached without authentication",
    "database.password": "Password of that VTGate user",
    "vitess.keyspace.user.defined": "Vitess keyspace to capture changes from, e.g. commerce",
    "vitess.tablet.type": "Type of tablet (and so of MySQL server) the changes are read from",
    "vitess.vtctld.host.user.defined": "Host name or IP address of the VTCtld server, e.g. vtctld.internal.example.com",
    "vitess.vtctld.port.user.defined": "Port of the VTCtld server",
    "vitess.vtctld.user": "User Streamkap signs in as on the VTCtld server",
    "vitess.vtctld.password": "Password of that VTCtld user",
  },
  planetscale: {
    "database.hostname.user.defined": "Host name of the PlanetScale database (its VTGate), e.g. aws.connect.psdb.cloud",
    "database.port.user.defined": "Port of the PlanetScale database (its VTGate)",
    "database.user": "PlanetScale user the connector signs in as",
    "database.password": "Password of that PlanetScale user",
    "vitess.keyspace": "Keyspace (PlanetScale database) to capture changes from, e.g. shop",
    "vitess.tablet.type": "Type of tablet (and so of MySQL server) the changes are read from",
    "converter.tinyintBool.user.defined": "Whether TINYINT(1) columns are written as booleans",
  },
  mongodb: {
    ...MONGODB_FAMILY,
    "mongodb.connection.hostname": "Host name of the MongoDB server, e.g. cluster0.example.mongodb.net",
    "cursor.pipeline":
      'MongoDB aggregation pipeline stages, as a JSON array, applied to the change stream after Streamkap\'s own, to filter or reshape events, e.g. [{"$match": {"operationType": "insert"}}]',
  },
  mongodbhosted: {
    ...MONGODB_FAMILY,
    "mongodb.connection.hostname": "Host name of the MongoDB server, e.g. mongo.internal.example.com",
    "cursor.pipeline":
      'MongoDB aggregation pipeline stages, as a JSON array, applied to the change stream after Streamkap\'s own, to filter or reshape events, e.g. [{"$match": {"operationType": "insert"}}]',
  },
  documentdb: {
    ...MONGODB_FAMILY,
    "mongodb.connection.string.user.defined":
      "DocumentDB connection string, e.g. mongodb://streamkap:PASSWORD@docdb.cluster-abc123.us-east-1.docdb.amazonaws.com:27017/?tls=true&replicaSet=rs0",
  },
  dynamodb: {
    "aws.region": "AWS region of the DynamoDB tables, e.g. us-east-1",
    "aws.access.key.id": "AWS access key ID Streamkap reads DynamoDB with, e.g. AKIAIOSFODNN7EXAMPLE",
    "table.include.list.user.defined": "Comma-separated list of the DynamoDB tables to capture",
    "s3.export.bucket.name": "S3 bucket DynamoDB exports the tables to for the snapshot (backfill), e.g. acme-cdc-export",
    "batch.size": "Size of the batches the connector reads changes in",
    "dynamodb.service.endpoint": "DynamoDB endpoint to use instead of the region's default, e.g. https://dynamodb.us-east-1.amazonaws.com",
    "snapshot.parallel.time.offset":
      "When above 0, the snapshot runs alongside streaming and its records' _streamkap_ts_ms is set back by this much, in milliseconds, so that live changes win downstream",
    "poll.timeout.ms": "How long one poll for changes may wait, in milliseconds",
    "incremental.snapshot.chunk.size": "Size of each chunk of an incremental snapshot",
    "incremental.snapshot.max.threads": "Most threads an incremental snapshot reads with",
    "full.export.expiration.time.ms": "Expiration time of a full table export, in milliseconds (86400000 is one day)",
    "signal.kafka.poll.timeout.ms": "How long one poll of the signal topic may wait, in milliseconds",
    "array.encoding.json": "Whether nested lists are written as JSON text",
    "struct.encoding.json": "Whether nested maps are written as JSON text",
  },
  elasticsearch: {
    "es.host": "Host name of the Elasticsearch server; several hosts are separated by semicolons, e.g. es1.example.com;es2.example.com",
    "es.scheme": "Protocol of the Elasticsearch REST API",
    "es.port": "Port of the Elasticsearch REST API, e.g. 443 or 9200",
    "http.auth.user.defined": "How Streamkap signs in to Elasticsearch: Basic (user and password) or None",
    "http.auth.user": "Elasticsearch user Streamkap signs in as",
    "http.auth.password": "Password of that Elasticsearch user",
    "endpoint.include.list.user.defined": "Comma-separated list of the Elasticsearch indices to read, e.g. orders,customers",
    "datetime.field.name": "Date-time field whose values show which documents are new, e.g. updated_at",
    "datetime.field.value": "Date and time to start reading documents from; when left out, reading starts from now",
  },
  redis: {
    "connector.class.type": "What the connector reads: Stream reads a Redis stream, Keys watches keys matching a pattern",
    "redis.host.user.defined": "Host name or IP address of the Redis server, e.g. redis.internal.example.com",
    "redis.port.user.defined": "Port of the Redis server",
    "redis.username": "Redis user (Redis 6 and later ACL); leave it out on a server without ACL users",
    "redis.password": "Password of the Redis server or user",
    "ssl.enabled": "Whether the connection to Redis uses TLS",
    "redis.stream.name": "Name of the Redis stream to read, e.g. orders",
    "redis.stream.offset.user.defined": "Where reading a stream starts: Latest (new entries only) or Earliest (from the start)",
    "redis.stream.delivery.user.defined": "Delivery guarantee for stream entries",
    "redis.stream.block.seconds.user.defined": "How long one read waits for new stream entries, in seconds",
    "redis.stream.consumer.group": "Consumer group that the stream readers share",
    "redis.stream.consumer.name.user.defined": "Base name of the stream readers in that group",
    "redis.keys.pattern.user.defined": "Pattern of the keys to watch, e.g. user:* or order:* (* for all keys)",
    "redis.keys.timeout.seconds.user.defined": "How long the key watcher may be idle before the connector stops, in seconds",
    mode: "LIVE takes a snapshot first and then streams changes; LIVEONLY streams changes only",
    "topic.use.stream.name": "Whether the stream's name is used as the Kafka topic's name (Stream type only)",
    "topic.user.defined": "Kafka topic the records are written to, e.g. orders",
    "tasks.max": "Most Kafka Connect tasks the connector runs in parallel (up to 10 for Stream; always 1 for Keys)",
  },
  s3: {
    format: "Format of the files read",
    "csv.has.headers": "Whether the first line of each CSV file holds the column names",
    "topic.routing.enabled": "Whether topic routing by the files' folders is on",
    "topic.routing.folder.skip": "Number of folder levels topic routing skips",
    "topic.routing.folder.levels": "Number of folder levels topic routing uses",
    "topic.routing.advanced.expression": "Advanced expression for topic routing (empty: none)",
    "topic.postfix": "Last part of the topic name, which reads source_ID.s3.POSTFIX, e.g. orders",
    "topic.include.list.user.defined": "Comma-separated list of the topics of this source, e.g. orders,payments",
    "aws.access.key.id": "AWS access key ID Streamkap reads the bucket with, e.g. AKIAIOSFODNN7EXAMPLE",
    "aws.s3.bucket.prefix": "Prefix (folder) of the objects to read, e.g. exports/",
    "fs.scan.interval.ms": "How often the bucket is scanned for new files, in milliseconds",
    "fs.cleanup.policy.class.user.defined": "What happens to a file once read: Log only logs it, Delete deletes it",
  },
  kafkadirect: {
    "topic.prefix": "Prefix of the source's topic names, e.g. cdc",
    "topic.include.list.user.defined": "Comma-separated list of the topics to sync, e.g. orders,payments",
    format: "Serialization of the data written to the topics",
    "schemas.enable":
      "Whether the records' keys and values carry schema and payload parts; when false, Streamkap infers the schema from the data (depending on the destination)",
  },
  webhook: {
    "camel.source.camelMessageHeaderKey": "Header of the incoming request that holds the Kafka record's key",
    "topic.include.list.user.defined": "Comma-separated list of the topics the webhook writes to, e.g. orders,payments",
    format: "Format of the incoming data",
    "transforms.inferSchema.add.delete.field": "Whether a delete field is added to the schema, set when a request uses the HTTP DELETE method",
  },
  salesforce_webhook: {
    "webhook.url": "Address Apex triggers send events to; Streamkap generates it when the source is created",
    "topic.include.list.user.defined": "Comma-separated list of the Salesforce objects to capture, one topic each, e.g. Account,Contact",
    "camel.source.cdc.enabled": "Whether the connector subscribes to Salesforce Change Data Capture events directly, with no Apex triggers needed",
    "camel.source.snapshot.salesforce.instance.url": "Address of the Salesforce instance, e.g. https://acme.my.salesforce.com",
    "camel.source.snapshot.salesforce.auth.client.id": "OAuth consumer key of the Salesforce connected app",
    "camel.source.snapshot.salesforce.auth.client.secret": "OAuth consumer secret of the Salesforce connected app",
    "camel.source.snapshot.salesforce.auth.username": "Salesforce user, needed only when the connected app has no client credentials flow",
    "camel.source.snapshot.salesforce.auth.password": "Password of that Salesforce user followed by its security token",
    "camel.source.payload.router.include.event": "Whether each record carries the change's metadata (ChangeEventHeader); turn it off for upsert tables",
  },
  shopify_webhook: {
    "webhook.url": "Address to register in Shopify, with ?api_key= and the API key appended; Streamkap generates it when the source is created",
    "api.key": "Key to append to the webhook address as ?api_key=KEY; Streamkap generates it when the source is created",
    "topic.include.list.user.defined": "Comma-separated list of the Shopify resources to capture, one topic each, e.g. orders,products",
    "camel.source.snapshot.shopify.store.url": "Address of the Shopify store, needed for snapshots, e.g. https://acme.myshopify.com",
    "camel.source.snapshot.shopify.client.id": "Client ID of the Shopify app (give it and the client secret, or an access token)",
    "camel.source.snapshot.shopify.client.secret": "Client secret of the Shopify app",
    "camel.source.snapshot.shopify.access.token": "Static Admin API access token of a legacy custom app, in place of the client ID and secret",
    "camel.source.snapshot.shopify.api.version": "Shopify Admin API version snapshots use, e.g. 2024-10",
    "camel.source.payload.router.shopify.hmac.secret": "Secret that checks the X-Shopify-Hmac-Sha256 header of each call; empty skips the check",
    "camel.source.payload.router.include.event":
      "Whether each record carries the webhook's metadata (_shop_domain, _event_id, _triggered_at...); turn it off for upsert tables",
    "camel.source.payload.router.fanout.fields":
      "Comma-separated nested arrays written to topics of their own, e.g. orders.line_items,products.variants; when empty, arrays stay inside their record",
  },
  stripe_webhook: {
    "webhook.url": "Address to register in Stripe, with ?api_key= and the API key appended; Streamkap generates it when the source is created",
    "api.key": "Key to append to the webhook address as ?api_key=KEY; Streamkap generates it when the source is created",
    "topic.include.list.user.defined": "Comma-separated list of the Stripe resources to capture, one topic each, e.g. customer,invoice",
    "camel.source.payload.router.stripe.signing.secret":
      "Stripe webhook signing secret (whsec_...) that checks the Stripe-Signature header; empty skips the check",
    "camel.source.snapshot.stripe.api.key": "Stripe secret API key (sk_live_... or sk_test_...) used for snapshots",
    "camel.source.payload.router.include.event":
      "Whether each record carries the Stripe event's metadata (_event_id, _event_type...); turn it off for upsert tables",
    "camel.source.payload.router.fanout.fields":
      "Comma-separated nested lists written to topics of their own: invoice.lines, charge.refunds, subscription.items; when empty, lists stay inside their record",
  },
  zendesk_webhook: {
    "camel.source.payload.router.include.event":
      "Whether each record carries the event field: on for an audit log (append), off when only the entity's state matters (upsert)",
    "camel.source.payload.router.fanout.fields":
      "Comma-separated fields written to topics of their own, e.g. ticket.tags,organization.tags; when empty, arrays stay inside their record",
  },
};
