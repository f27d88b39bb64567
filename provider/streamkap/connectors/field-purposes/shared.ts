// What the config keys shared by several connectors mean, matched by key pattern: the
// connection, include lists, heartbeats, snapshots, SSH and the record transforms that many
// sources or destinations carry under the same key and with the same meaning. A connector whose
// key means something else says so in its own table (sources.ts, destinations.ts), which wins.
// Facts come from Streamkap's documentation and the official provider's schema; units are named.
export const SHARED_PURPOSES: readonly (readonly [RegExp, string])[] = [
  // Connection to a database
  [/^database\.hostname/, "Host name or IP address of the database server, e.g. db.internal.example.com"],
  [/^database\.port/, "Port the database server listens on"],
  [/^database\.user$/, "Database user the connector signs in as"],
  [/^database\.password$/, "Password of that database user"],
  [/^database\.(dbname|names)$/, "Name of the database to capture changes from, e.g. shop"],
  [/^database\.database\.user\.defined$/, "Name of the database the destination writes into, e.g. analytics"],
  [/^database\.sslmode$/, "Whether the connection to the database is encrypted: require encrypts it, disable does not"],
  [/^connection\.username$/, "Database user the destination signs in as"],
  [/^connection\.password$/, "Password of that database user"],

  // What a source captures (examples in the connector's own naming are added where it has one)
  [/^schema\.include\.list/, "Comma-separated list of the schemas to capture"],
  [/^database\.include\.list/, "Comma-separated list of the databases to capture"],
  [/^table\.include\.list/, "Comma-separated list of the tables to capture"],
  [/^collection\.include\.list/, "Comma-separated list of the collections to capture, each as database.collection"],
  [/^column\.include\.list\.toggled$/, "Whether the column list names the only columns to capture (true) or the columns to leave out (false)"],
  [/^column\.include\.list/, "Comma-separated regular expressions matching the fully qualified names of the only columns to capture"],
  [/^column\.exclude\.list/, "Comma-separated regular expressions matching the fully qualified names of columns left out of change events"],

  // Keeping a source's position moving, and snapshots
  [
    /^heartbeat\.enabled$/,
    "Whether the connector writes heartbeats, which keep its position in the database's change log moving while the captured tables are quiet",
  ],
  [/^heartbeat\.data\.collection/, "Schema (or database) of the heartbeat table Streamkap writes to, e.g. streamkap"],
  [/^signal\.data\.collection/, "Schema (or database) of the signal table Streamkap uses to run incremental snapshots, e.g. streamkap"],
  [/^slot\.name$/, "Name of the logical replication slot the connector reads changes from"],
  [/^publication\.name$/, "Name of the publication that lists the captured tables"],
  [/^snapshot\.read\.only/, "Whether snapshots run without writing to the database: Yes is needed when the connector reads a read replica"],
  [/^binary\.handling\.mode$/, "How values of binary columns (blob, binary, varbinary) appear in change events; pick what the destination accepts"],
  [/^streamkap\.snapshot\.parallelism$/, "How many snapshot chunk reads are sent to the database at once"],
  [/^streamkap\.snapshot\.chunk\.size\.bytes$/, "Size of each snapshot chunk, in bytes"],
  [/^streamkap\.snapshot\.state\.refresh\.ms$/, "How often the snapshot's progress is saved, in milliseconds"],
  [
    /^streamkap\.snapshot\.custom\.table\.config/,
    'Number of parallel snapshot chunks for given tables, keyed by table name, for when table statistics are out of date, e.g. { "dbo.orders" = { chunks = 5 } }',
  ],
  [
    /^schema\.history\.internal\.store\.only\.captured\.databases\.ddl$/,
    "Whether the connector records the structure of the captured databases only, not of every database on the server (faster with many databases)",
  ],
  [
    /^schema\.history\.internal\.store\.only\.captured\.tables\.ddl$/,
    "Whether the connector records the structure of the captured tables only, not of every table in the captured schemas or databases (faster with many tables)",
  ],

  // SSH tunnel
  [/^ssh\.enabled$/, "Whether Streamkap reaches the database through an SSH server in your network, for a database it cannot reach directly"],
  [/^ssh\.host$/, "Host name of that SSH server, e.g. bastion.example.com"],
  [/^ssh\.port$/, "Port of that SSH server"],
  [/^ssh\.user$/, "User Streamkap signs in as on that SSH server"],
  [/^ssh\.public\.key/, "Public key Streamkap signs in with, to add to the SSH server's authorized keys (Streamkap generates it)"],

  // Record transforms of sources
  [/^transforms\.InsertStaticKey\d?\.static\.field$/, "Name of a field with a fixed value added to the key of every record, e.g. region"],
  [/^transforms\.InsertStaticKey\d?\.static\.value$/, "Fixed value of that key field, e.g. eu-west-1"],
  [/^transforms\.InsertStaticValue\d?\.static\.field$/, "Name of a field with a fixed value added to the value of every record, e.g. tenant"],
  [/^transforms\.InsertStaticValue\d?\.static\.value$/, "Fixed value of that field, e.g. acme"],
  [/^predicates\.IsTopicToEnrich\.pattern$/, "Regular expression naming the topics the fixed fields are added to (the default $^ matches none)"],
  [/^SourceRegexSupport\.enabled$/, "Whether regular-expression support is on, so that several tables can be merged into one topic"],
  [
    /^transforms\.SourceRegexSupport\.regex\.replacement$/,
    "Text that stands for the parts of table names matched by a regular expression in merged topic names",
  ],
  [
    /^transforms\.SourceRegexSupport\.key\.field\.template$/,
    "Template of the extra key field that keeps the rows of merged tables apart, from the variables database, schema, table and sourceId, e.g. {{database}}.{{table}}",
  ],
  [/^transforms\.SourceRegexSupport\.metadata\.field\.name$/, "Name of the extra field that holds where each row of a merged topic came from"],
  [/^include\.source\.db\.name\.in\.table\.name/, "Whether topic names start with the source database's name, as database_topic"],
  [/^preserve\.null\.values$/, "Whether null values from the source stay null instead of being replaced by the column's schema default"],
  [
    /^InsertTopicName\.enabled$/,
    "Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage)",
  ],
  [
    /^transforms\.OversizedRecords\.fields\.include\.list$/,
    "Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out)",
  ],
  [/^transforms\.OversizedRecords\.fields\.exclude\.list$/, "Oversized-record handling: comma-separated list of columns it never shortens, as table.column"],
  [
    /^transforms\.OversizedRecords\.max\.field\.size\.bytes$/,
    "Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null",
  ],
  [
    /^transforms\.OversizedRecords\.oversized\.field\.behavior$/,
    "Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null",
  ],
  [/^transforms\.OversizedRecords\.truncation\.suffix$/, "Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none)"],
  [
    /^transforms\.OversizedRecords\.max\.record\.size\.bytes$/,
    "Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off",
  ],
  [
    /^transforms\.OversizedRecords\.semantic\.types\.exclude$/,
    "Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json",
  ],
  [/\.replace\.null\.with\.default$/, "Whether a null field takes its schema default value; false keeps the nulls set in the source"],
  [
    /^transforms\.ValueToKey\.fields\.include\.list$/,
    "Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id",
  ],

  // Webhook sources
  [/^webhook\.url$/, "Address to send the events to; Streamkap generates it when the source is created"],
  [/^api\.key$/, "Key that authenticates the calls to the webhook address; Streamkap generates it when the source is created"],
  [/^camel\.source\.dlq\.enabled$/, "Whether records that fail are written to a dead letter queue topic instead of stopping the connector"],
  [
    /^camel\.source\.payload\.router\.unknown\.type\.behavior$/,
    "What happens to events of types not in the topic list: DEFAULT_TOPIC writes them to the default topic below, SKIP drops them, FAIL stops the connector",
  ],
  [
    /^camel\.source\.payload\.router\.unknown\.type\.default\.topic$/,
    "Topic that events of unselected types go to when that behaviour is DEFAULT_TOPIC, e.g. unknown",
  ],
  [
    /^camel\.source\.payload\.router\.fanout\.fields$/,
    "Comma-separated nested arrays written to topics of their own; when empty, arrays stay inside their record",
  ],
  [/^camel\.source\.payload\.router\.flatten\.detail$/, "Whether nested detail fields become top-level fields, for destinations without nested objects"],
  [/^camel\.source\.payload\.router\.flatten\.detail\.prefix$/, "Text put before the names of flattened fields to avoid clashes, e.g. detail_ (empty: none)"],

  // Record transforms of destinations
  [
    /^transforms\.ToIntJ\.fields\.include\.list$/,
    "Comma-separated list of columns converted to integers where possible, as table.column, e.g. orders.quantity",
  ],
  [/^transforms\.ToFloatJ\.fields\.include\.list$/, "Comma-separated list of columns converted to floating-point numbers where possible, as table.column"],
  [
    /^transforms\.ToDecimalJ\.fields\.include\.list$/,
    "Comma-separated list of columns converted to decimals where possible, as table.column, e.g. orders.total",
  ],
  [/^transforms\.ToDecimalJ\.truncate\.to\.max\.precision$/, "Whether decimals are truncated to a precision of 38 digits"],
  [/^transforms\.ToStringJ\.fields\.include\.list$/, "Comma-separated list of columns converted to text where possible, as table.column"],
  [/^transforms\.ToJsonJ\.fields\.include\.list$/, "Comma-separated list of columns converted to JSON text where possible, as table.column"],
  [/^transforms\.ToJsonJ\.convert\.all\.complex\.types/, "Whether every struct and array is converted to JSON text"],
  [/^transforms\.ToJsonbJ\.fields\.include\.list$/, "Comma-separated list of columns converted to binary JSON (JSONB) where possible, as table.column"],
  [/^transforms\.ToJsonbJ\.convert\.all\.json$/, "Whether every column holding JSON text is converted to binary JSON (JSONB)"],
  [/^transforms\.ToJsonbJ\.convert\.all\.complex\.types/, "Whether every struct and array is converted to binary JSON (JSONB)"],
  [/^transforms\.StringReplace\.fields\.include\.list$/, "Comma-separated list of text columns the regular-expression replacement applies to, as table.column"],
  [/^transforms\.StringReplace\.regex\.patterns$/, "Comma-separated regular expressions searched for in those columns"],
  [/^transforms\.StringReplace\.replacement\.values$/, "Comma-separated replacement values, one per regular expression, in the same order"],
  [/^transforms\.DropFields\.fields\.include\.list$/, "Comma-separated list of columns removed from every record, as table.column, e.g. users.password_hash"],
  [/^transforms\.MarkColumnsAsOptional\.fields\.include\.list$/, "Comma-separated list of columns marked optional (nullable), as table.column"],
  [
    /^transforms\.MarkColumnsAsRequired\.fields\.include\.all$/,
    "Whether every optional column is marked required (NOT NULL); it turns off the optional-column list",
  ],
  [
    /^transforms\.MarkColumnsAsRequired\.null\.sentinel\.mode$/,
    "What a null becomes in a column marked required: NONE fails on it, TYPE_MIN writes a stand-in of the column's type (its minimum for numbers, __null__ for text, the epoch for dates)",
  ],
  [
    /^transforms\.AddStringSuffix\.fields\.include\.list$/,
    "Comma-separated list of columns, as table.column, renamed with the suffix _str when they are still text after the type conversions (use it with those conversions)",
  ],
  [
    /^transforms\.changeTopicName\.match\.regex/,
    "Regular expression over topic names whose matched part names the destination table (or the file, for file storage)",
  ],
  [
    /^transforms\.changeTopicName\.mapping$/,
    "Destination table for given source tables, one source_table:destination_table pair per line, e.g. orders:fact_orders",
  ],
  [
    /^transforms\.RenameFields\.renames/,
    'JSON object mapping columns (schema.table.column, table.column or column) to new column names, e.g. {"orders.quantity": "qty"}',
  ],
  [/^transforms\.CopyField\.copy\.field\.mapping$/, "Comma-separated field copies, each as source:copy, e.g. email:email_raw"],
  [
    /^transforms\.HeaderToFieldCustom\.header\.mappings$/,
    "Comma-separated Kafka record headers copied into columns, each as header:type or header:type:column, e.g. traceId:STRING,retries:INT32:retry_count",
  ],
  [/^quote\.identifiers$/, "Whether table and column names are quoted in the SQL statements the destination runs"],
  [/^consumer\.override\.max\.poll\.records$/, "Largest number of records read from Kafka in one poll"],
  [/^tasks\.max$/, "Most Kafka Connect tasks the connector runs in parallel"],
  [/^table\.name\.prefix$/, "Schema the destination tables are created in, e.g. cdc"],
  [/^delete\.enabled$/, "Whether a delete in the source (or a tombstone) deletes the row in the destination"],
  [/^hard\.delete$/, "Whether delete events and tombstones remove the matching row from the destination table"],
  [/^ingestion\.mode$/, "How changes are written: upsert keeps one row per key, append adds every change as a new row"],
  [/^insert\.mode/, "How rows are written: insert adds each record as a row, upsert inserts or updates by primary key"],
  [
    /^primary\.key\.mode/,
    "Where the primary key columns come from: record_key (the Kafka record's key), record_value (the value's fields named in primary key fields) or none",
  ],
  [/^primary\.key\.fields$/, "Comma-separated list of the fields that make up the primary key, e.g. id or tenant_id,order_id"],
  [
    /^schema\.evolution$/,
    "How the destination handles source schema changes: basic evolves the destination tables with them, none leaves the tables alone (set it for tables created beforehand)",
  ],
  [/^topic2table\.map/, "Whether topics the table name mapping does not match fall back to Streamkap's default table name"],
  [/^topic\.include\.list/, "Comma-separated list of the topics to read, e.g. orders,payments"],

  // Object storage (S3, GCS, R2, Starburst)
  [/^aws\.access\.key\.id$/, "AWS access key ID Streamkap signs in with, e.g. AKIAIOSFODNN7EXAMPLE"],
  [/^aws\.secret(\.access)?\.key$/, "Secret access key of that access key ID"],
  [/^aws\.(s3\.)?region$/, "AWS region of the bucket, e.g. us-east-1"],
  [/^aws\.s3\.bucket\.name$/, "Name of the S3 bucket, e.g. acme-cdc-landing"],
  [/^format\.user\.defined$/, "File format the records are written in"],
  [/^format\.output\.fields/, "Which parts of each Kafka record go into the files: key, offset, timestamp, value, headers"],
  [
    /^file\.name\.template$/,
    "Template of each file's name from {{topic}}, {{partition}} and {{start_offset}}; static text in front, such as cdc/, acts as a folder",
  ],
  [/^file\.name\.prefix$/, "Text put in front of every file name, e.g. cdc/"],
  [/^file\.compression\.type$/, "Compression of the written files"],
];
