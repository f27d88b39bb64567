// What a config field does, in a few words, for the keys whose meaning is clear from the
// key itself (shared by many connectors). Fields not matched here are described by name.
const PURPOSES: [RegExp, string][] = [
  [/^database\.hostname/, "Host name or IP address of the database server"],
  [/^database\.port/, "Port the database server listens on"],
  [/^database\.user$/, "Database user the connector signs in as"],
  [/^database\.password$/, "Password of the database user"],
  [/^database\.(dbname|names?)$/, "Database to capture changes from"],
  [/^database\.sslmode$/, "TLS mode of the database connection"],
  [/^schema\.include\.list/, "Comma-separated list of the schemas to capture"],
  [/^table\.include\.list/, "Comma-separated list of the tables to capture"],
  [/^column\.include\.list\.toggled$/, "Whether the column list names the columns to include (true) or to exclude (false)"],
  [/^column\.include\.list/, "Comma-separated list of the only columns to capture"],
  [/^column\.exclude\.list/, "Comma-separated list of columns to leave out of change events"],
  [/^heartbeat\.enabled$/, "Whether the connector writes heartbeats, which keep its position moving while captured tables are quiet"],
  [/^heartbeat\.data\.collection/, "Schema or database holding the heartbeat table"],
  [/^signal\.data\.collection/, "Schema or database holding the signal table used to trigger snapshots"],
  [/^slot\.name$/, "Name of the logical replication slot the connector reads from"],
  [/^publication\.name$/, "Name of the publication listing the captured tables"],
  [/^snapshot\.read\.only/, "Whether snapshots run without writing to the database"],
  [/^ssh\.enabled$/, "Whether to reach the database through an SSH tunnel"],
  [/^ssh\.host$/, "Host of the SSH bastion used for the tunnel"],
  [/^ssh\.port$/, "Port of the SSH bastion"],
  [/^ssh\.user$/, "User on the SSH bastion"],
  [/^ssh\.public\.key/, "Public key Streamkap presents to the SSH bastion (set by Streamkap)"],
  [/^binary\.handling\.mode$/, "How binary column values appear in change events"],
  [/^streamkap\.snapshot\.parallelism$/, "How many snapshot chunks are read in parallel"],
  [/^streamkap\.snapshot\.chunk\.size\.bytes$/, "Size of each snapshot chunk, in bytes"],
  [/^streamkap\.snapshot\.state\.refresh\.ms$/, "How often snapshot progress is saved, in milliseconds"],
  [/^streamkap\.snapshot\.custom\.table\.config/, "Per-table snapshot settings, keyed by table name"],
  [/^transforms\.InsertStatic(Key|Value)\d?\.static\.field$/, "Name of a static field added to every record"],
  [/^transforms\.InsertStatic(Key|Value)\d?\.static\.value$/, "Value of the static field added to every record"],
  [/^transforms\.OversizedRecords\.fields\.include\.list$/, "Oversized-record handling: comma-separated list of the only fields it may shorten"],
  [/^transforms\.OversizedRecords\.fields\.exclude\.list$/, "Oversized-record handling: comma-separated list of fields it never shortens"],
  [/^transforms\.OversizedRecords\.max\.field\.size\.bytes$/, "Oversized-record handling: largest field value passed on unchanged, in bytes"],
  [/^transforms\.OversizedRecords\.oversized\.field\.behavior$/, "Oversized-record handling: whether a field over the limit is truncated or set to null"],
  [/^transforms\.OversizedRecords\.truncation\.suffix$/, "Oversized-record handling: text appended to a truncated value"],
  [/^transforms\.OversizedRecords\.max\.record\.size\.bytes$/, "Oversized-record handling: largest whole record, in bytes (-1: no limit)"],
  [/^transforms\.OversizedRecords\.semantic\.types\.exclude$/, "Oversized-record handling: comma-separated semantic types never shortened"],
  [/^transforms\.ValueToKey\.fields\.include\.list$/, "Comma-separated list of value fields copied into the record key"],
  [/^predicates\.IsTopicToEnrich\.pattern$/, "Regular expression naming the topics that the static-field transforms apply to"],
  [/^include\.source\.db\.name\.in\.table\.name/, "Whether topic names include the source database name"],
  [/^preserve\.null\.values$/, "Whether null column values are kept as nulls in change events"],
];

/** A short phrase saying what the key sets, or undefined when the key does not make it clear. */
export function fieldPurpose(apiKey: string): string | undefined {
  return PURPOSES.find(([pattern]) => pattern.test(apiKey))?.[1];
}
