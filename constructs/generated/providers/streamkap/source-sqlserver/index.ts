// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceSqlserverConfig extends cdktf.TerraformMetaArguments {
  /**
  * How values of binary columns (blob, binary, varbinary) appear in change events; pick what the destination accepts (config key "binary.handling.mode"). Text. One of "bytes", "base64", "base64-url-safe", "hex". Defaults to "bytes".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#binary_handling_mode SourceSqlserver#binary_handling_mode}
  */
  readonly binaryHandlingMode?: string;
  /**
  * Comma-separated regular expressions matching the fully qualified names of columns left out of change events, e.g. dbo.orders.id,dbo.orders.status (config key "column.exclude.list.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#column_exclude_list SourceSqlserver#column_exclude_list}
  */
  readonly columnExcludeList?: string;
  /**
  * Whether the connection to SQL Server is encrypted (config key "database.encrypt"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#database_encrypt SourceSqlserver#database_encrypt}
  */
  readonly databaseEncrypt?: boolean | cdktf.IResolvable;
  /**
  * Host name or IP address of the database server, e.g. db.internal.example.com (config key "database.hostname.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#database_hostname SourceSqlserver#database_hostname}
  */
  readonly databaseHostname: string;
  /**
  * Name of the SQL Server database to capture changes from, e.g. shop (config key "database.names"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#database_names SourceSqlserver#database_names}
  */
  readonly databaseNames: string;
  /**
  * Password of that database user (config key "database.password"). Text. Required. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#database_password SourceSqlserver#database_password}
  */
  readonly databasePassword: string;
  /**
  * Port the database server listens on (config key "database.port.user.defined"). A whole number. Defaults to 1433.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#database_port SourceSqlserver#database_port}
  */
  readonly databasePort?: number;
  /**
  * Database user the connector signs in as (config key "database.user"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#database_user SourceSqlserver#database_user}
  */
  readonly databaseUser: string;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#desired_state SourceSqlserver#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Schema (or database) of the heartbeat table Streamkap writes to, e.g. streamkap (config key "heartbeat.data.collection.schema.or.database"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#heartbeat_data_collection_schema_or_database SourceSqlserver#heartbeat_data_collection_schema_or_database}
  */
  readonly heartbeatDataCollectionSchemaOrDatabase?: string;
  /**
  * Whether the connector writes heartbeats, which keep its position in the database's change log moving while the captured tables are quiet (config key "heartbeat.enabled"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#heartbeat_enabled SourceSqlserver#heartbeat_enabled}
  */
  readonly heartbeatEnabled?: boolean | cdktf.IResolvable;
  /**
  * Former name of transforms_insert_static_key1_static_field; sets the same "transforms.InsertStaticKey1.static.field" setting. Use transforms_insert_static_key1_static_field instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#insert_static_key_field SourceSqlserver#insert_static_key_field}
  */
  readonly insertStaticKeyField?: string;
  /**
  * Former name of transforms_insert_static_key1_static_value; sets the same "transforms.InsertStaticKey1.static.value" setting. Use transforms_insert_static_key1_static_value instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#insert_static_key_value SourceSqlserver#insert_static_key_value}
  */
  readonly insertStaticKeyValue?: string;
  /**
  * Former name of transforms_insert_static_value1_static_value; sets the same "transforms.InsertStaticValue1.static.value" setting. Use transforms_insert_static_value1_static_value instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#insert_static_value SourceSqlserver#insert_static_value}
  */
  readonly insertStaticValue?: string;
  /**
  * Former name of transforms_insert_static_value1_static_field; sets the same "transforms.InsertStaticValue1.static.field" setting. Use transforms_insert_static_value1_static_field instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#insert_static_value_field SourceSqlserver#insert_static_value_field}
  */
  readonly insertStaticValueField?: string;
  /**
  * Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage) (config key "InsertTopicName.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#insert_topic_name_enabled SourceSqlserver#insert_topic_name_enabled}
  */
  readonly insertTopicNameEnabled?: boolean | cdktf.IResolvable;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#name SourceSqlserver#name}
  */
  readonly name: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#preserve_null_values SourceSqlserver#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Whether the connector records the structure of the captured databases only, not of every database on the server (faster with many databases) (config key "schema.history.internal.store.only.captured.databases.ddl"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#schema_history_internal_store_only_captured_databases_ddl SourceSqlserver#schema_history_internal_store_only_captured_databases_ddl}
  */
  readonly schemaHistoryInternalStoreOnlyCapturedDatabasesDdl?: boolean | cdktf.IResolvable;
  /**
  * Whether the connector records the structure of the captured tables only, not of every table in the captured schemas or databases (faster with many tables) (config key "schema.history.internal.store.only.captured.tables.ddl"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#schema_history_internal_store_only_captured_tables_ddl SourceSqlserver#schema_history_internal_store_only_captured_tables_ddl}
  */
  readonly schemaHistoryInternalStoreOnlyCapturedTablesDdl?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of the schemas to capture, e.g. dbo (config key "schema.include.list"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#schema_include_list SourceSqlserver#schema_include_list}
  */
  readonly schemaIncludeList: string;
  /**
  * Schema (or database) of the signal table Streamkap uses to run incremental snapshots, e.g. streamkap (config key "signal.data.collection.schema.or.database"). Text. Defaults to "streamkap".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#signal_data_collection_schema_or_database SourceSqlserver#signal_data_collection_schema_or_database}
  */
  readonly signalDataCollectionSchemaOrDatabase?: string;
  /**
  * Number of parallel snapshot chunks for given tables, keyed by table name, for when table statistics are out of date, e.g. { "dbo.orders" = { chunks = 5 } } (config key "streamkap.snapshot.custom.table.config.user.defined"). A map keyed by table name, each entry an object with chunks (number, required, of at least 1). Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#snapshot_custom_table_config SourceSqlserver#snapshot_custom_table_config}
  */
  readonly snapshotCustomTableConfig?: { [key: string]: SourceSqlserverSnapshotCustomTableConfig } | cdktf.IResolvable;
  /**
  * Former setting "streamkap.snapshot.large.table.threshold", which Streamkap no longer has. Accepted so that existing configurations keep working; it has no effect and is not sent.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#snapshot_large_table_threshold SourceSqlserver#snapshot_large_table_threshold}
  */
  readonly snapshotLargeTableThreshold?: string;
  /**
  * Former name of streamkap_snapshot_parallelism; sets the same "streamkap.snapshot.parallelism" setting. Use streamkap_snapshot_parallelism instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#snapshot_parallelism SourceSqlserver#snapshot_parallelism}
  */
  readonly snapshotParallelism?: number;
  /**
  * Whether Streamkap reaches the database through an SSH server in your network, for a database it cannot reach directly (config key "ssh.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#ssh_enabled SourceSqlserver#ssh_enabled}
  */
  readonly sshEnabled?: boolean | cdktf.IResolvable;
  /**
  * Host name of that SSH server, e.g. bastion.example.com (config key "ssh.host"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#ssh_host SourceSqlserver#ssh_host}
  */
  readonly sshHost?: string;
  /**
  * Port of that SSH server (config key "ssh.port"). A whole number. Defaults to 22.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#ssh_port SourceSqlserver#ssh_port}
  */
  readonly sshPort?: number;
  /**
  * Public key Streamkap signs in with, to add to the SSH server's authorized keys (Streamkap generates it) (config key "ssh.public.key.user.displayed"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#ssh_public_key SourceSqlserver#ssh_public_key}
  */
  readonly sshPublicKey?: string;
  /**
  * User Streamkap signs in as on that SSH server (config key "ssh.user"). Text. Defaults to "streamkap".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#ssh_user SourceSqlserver#ssh_user}
  */
  readonly sshUser?: string;
  /**
  * Size of each snapshot chunk, in bytes (config key "streamkap.snapshot.chunk.size.bytes"). A whole number from 4096 to 8388608. Defaults to 524288.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#streamkap_snapshot_chunk_size_bytes SourceSqlserver#streamkap_snapshot_chunk_size_bytes}
  */
  readonly streamkapSnapshotChunkSizeBytes?: number;
  /**
  * How many snapshot chunk reads are sent to the database at once (config key "streamkap.snapshot.parallelism"). A whole number from 1 to 50. Defaults to 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#streamkap_snapshot_parallelism SourceSqlserver#streamkap_snapshot_parallelism}
  */
  readonly streamkapSnapshotParallelism?: number;
  /**
  * How often the snapshot's progress is saved, in milliseconds (config key "streamkap.snapshot.state.refresh.ms"). A whole number from 1000 to 60000. Defaults to 30000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#streamkap_snapshot_state_refresh_ms SourceSqlserver#streamkap_snapshot_state_refresh_ms}
  */
  readonly streamkapSnapshotStateRefreshMs?: number;
  /**
  * Comma-separated list of the tables to capture, e.g. dbo.orders,dbo.order_items (config key "table.include.list.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#table_include_list SourceSqlserver#table_include_list}
  */
  readonly tableIncludeList: string;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#tags SourceSqlserver#tags}
  */
  readonly tags?: string[];
  /**
  * Name of a field with a fixed value added to the key of every record, e.g. region (config key "transforms.InsertStaticKey1.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_insert_static_key1_static_field SourceSqlserver#transforms_insert_static_key1_static_field}
  */
  readonly transformsInsertStaticKey1StaticField?: string;
  /**
  * Fixed value of that key field, e.g. eu-west-1 (config key "transforms.InsertStaticKey1.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_insert_static_key1_static_value SourceSqlserver#transforms_insert_static_key1_static_value}
  */
  readonly transformsInsertStaticKey1StaticValue?: string;
  /**
  * Name of a field with a fixed value added to the value of every record, e.g. tenant (config key "transforms.InsertStaticValue1.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_insert_static_value1_static_field SourceSqlserver#transforms_insert_static_value1_static_field}
  */
  readonly transformsInsertStaticValue1StaticField?: string;
  /**
  * Fixed value of that field, e.g. acme (config key "transforms.InsertStaticValue1.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_insert_static_value1_static_value SourceSqlserver#transforms_insert_static_value1_static_value}
  */
  readonly transformsInsertStaticValue1StaticValue?: string;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_oversized_records_fields_exclude_list SourceSqlserver#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_oversized_records_fields_include_list SourceSqlserver#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_oversized_records_max_field_size_bytes SourceSqlserver#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_oversized_records_max_record_size_bytes SourceSqlserver#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_oversized_records_oversized_field_behavior SourceSqlserver#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_oversized_records_replace_null_with_default SourceSqlserver#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_oversized_records_semantic_types_exclude SourceSqlserver#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_oversized_records_truncation_suffix SourceSqlserver#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id (config key "transforms.ValueToKey.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_value_to_key_fields_include_list SourceSqlserver#transforms_value_to_key_fields_include_list}
  */
  readonly transformsValueToKeyFieldsIncludeList?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.ValueToKey.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#transforms_value_to_key_replace_null_with_default SourceSqlserver#transforms_value_to_key_replace_null_with_default}
  */
  readonly transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#timeouts SourceSqlserver#timeouts}
  */
  readonly timeouts?: SourceSqlserverTimeouts;
}
export interface SourceSqlserverSnapshotCustomTableConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#chunks SourceSqlserver#chunks}
  */
  readonly chunks?: number;
}

export function sourceSqlserverSnapshotCustomTableConfigToTerraform(struct?: SourceSqlserverSnapshotCustomTableConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    chunks: cdktf.numberToTerraform(struct!.chunks),
  }
}


export function sourceSqlserverSnapshotCustomTableConfigToHclTerraform(struct?: SourceSqlserverSnapshotCustomTableConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    chunks: {
      value: cdktf.numberToHclTerraform(struct!.chunks),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceSqlserverSnapshotCustomTableConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectKey the key of this item in the map
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): SourceSqlserverSnapshotCustomTableConfig | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._chunks !== undefined) {
      hasAnyValues = true;
      internalValueResult.chunks = this._chunks;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceSqlserverSnapshotCustomTableConfig | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._chunks = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._chunks = value.chunks;
    }
  }

  // chunks - computed: false, optional: true, required: false
  private _chunks?: number; 
  public get chunks() {
    return this.getNumberAttribute('chunks');
  }
  public set chunks(value: number) {
    this._chunks = value;
  }
  public resetChunks() {
    this._chunks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get chunksInput() {
    return this._chunks;
  }
}

export class SourceSqlserverSnapshotCustomTableConfigMap extends cdktf.ComplexMap {
  public internalValue? : { [key: string]: SourceSqlserverSnapshotCustomTableConfig } | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string) {
    super(terraformResource, terraformAttribute)
  }

  /**
  * @param key the key of the item to return
  */
  public get(key: string): SourceSqlserverSnapshotCustomTableConfigOutputReference {
    return new SourceSqlserverSnapshotCustomTableConfigOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}
export interface SourceSqlserverTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#create SourceSqlserver#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#delete SourceSqlserver#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#update SourceSqlserver#update}
  */
  readonly update?: string;
}

export function sourceSqlserverTimeoutsToTerraform(struct?: SourceSqlserverTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function sourceSqlserverTimeoutsToHclTerraform(struct?: SourceSqlserverTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceSqlserverTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceSqlserverTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceSqlserverTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver streamkap_source_sqlserver}
*/
export class SourceSqlserver extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_sqlserver";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceSqlserver resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceSqlserver to import
  * @param importFromId The id of the existing SourceSqlserver that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceSqlserver to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_sqlserver", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_sqlserver streamkap_source_sqlserver} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceSqlserverConfig
  */
  public constructor(scope: Construct, id: string, config: SourceSqlserverConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_sqlserver',
      terraformGeneratorMetadata: {
        providerName: 'streamkap',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._binaryHandlingMode = config.binaryHandlingMode;
    this._columnExcludeList = config.columnExcludeList;
    this._databaseEncrypt = config.databaseEncrypt;
    this._databaseHostname = config.databaseHostname;
    this._databaseNames = config.databaseNames;
    this._databasePassword = config.databasePassword;
    this._databasePort = config.databasePort;
    this._databaseUser = config.databaseUser;
    this._desiredState = config.desiredState;
    this._heartbeatDataCollectionSchemaOrDatabase = config.heartbeatDataCollectionSchemaOrDatabase;
    this._heartbeatEnabled = config.heartbeatEnabled;
    this._insertStaticKeyField = config.insertStaticKeyField;
    this._insertStaticKeyValue = config.insertStaticKeyValue;
    this._insertStaticValue = config.insertStaticValue;
    this._insertStaticValueField = config.insertStaticValueField;
    this._insertTopicNameEnabled = config.insertTopicNameEnabled;
    this._name = config.name;
    this._preserveNullValues = config.preserveNullValues;
    this._schemaHistoryInternalStoreOnlyCapturedDatabasesDdl = config.schemaHistoryInternalStoreOnlyCapturedDatabasesDdl;
    this._schemaHistoryInternalStoreOnlyCapturedTablesDdl = config.schemaHistoryInternalStoreOnlyCapturedTablesDdl;
    this._schemaIncludeList = config.schemaIncludeList;
    this._signalDataCollectionSchemaOrDatabase = config.signalDataCollectionSchemaOrDatabase;
    this._snapshotCustomTableConfig.internalValue = config.snapshotCustomTableConfig;
    this._snapshotLargeTableThreshold = config.snapshotLargeTableThreshold;
    this._snapshotParallelism = config.snapshotParallelism;
    this._sshEnabled = config.sshEnabled;
    this._sshHost = config.sshHost;
    this._sshPort = config.sshPort;
    this._sshPublicKey = config.sshPublicKey;
    this._sshUser = config.sshUser;
    this._streamkapSnapshotChunkSizeBytes = config.streamkapSnapshotChunkSizeBytes;
    this._streamkapSnapshotParallelism = config.streamkapSnapshotParallelism;
    this._streamkapSnapshotStateRefreshMs = config.streamkapSnapshotStateRefreshMs;
    this._tableIncludeList = config.tableIncludeList;
    this._tags = config.tags;
    this._transformsInsertStaticKey1StaticField = config.transformsInsertStaticKey1StaticField;
    this._transformsInsertStaticKey1StaticValue = config.transformsInsertStaticKey1StaticValue;
    this._transformsInsertStaticValue1StaticField = config.transformsInsertStaticValue1StaticField;
    this._transformsInsertStaticValue1StaticValue = config.transformsInsertStaticValue1StaticValue;
    this._transformsOversizedRecordsFieldsExcludeList = config.transformsOversizedRecordsFieldsExcludeList;
    this._transformsOversizedRecordsFieldsIncludeList = config.transformsOversizedRecordsFieldsIncludeList;
    this._transformsOversizedRecordsMaxFieldSizeBytes = config.transformsOversizedRecordsMaxFieldSizeBytes;
    this._transformsOversizedRecordsMaxRecordSizeBytes = config.transformsOversizedRecordsMaxRecordSizeBytes;
    this._transformsOversizedRecordsOversizedFieldBehavior = config.transformsOversizedRecordsOversizedFieldBehavior;
    this._transformsOversizedRecordsReplaceNullWithDefault = config.transformsOversizedRecordsReplaceNullWithDefault;
    this._transformsOversizedRecordsSemanticTypesExclude = config.transformsOversizedRecordsSemanticTypesExclude;
    this._transformsOversizedRecordsTruncationSuffix = config.transformsOversizedRecordsTruncationSuffix;
    this._transformsValueToKeyFieldsIncludeList = config.transformsValueToKeyFieldsIncludeList;
    this._transformsValueToKeyReplaceNullWithDefault = config.transformsValueToKeyReplaceNullWithDefault;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // binary_handling_mode - computed: true, optional: true, required: false
  private _binaryHandlingMode?: string; 
  public get binaryHandlingMode() {
    return this.getStringAttribute('binary_handling_mode');
  }
  public set binaryHandlingMode(value: string) {
    this._binaryHandlingMode = value;
  }
  public resetBinaryHandlingMode() {
    this._binaryHandlingMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get binaryHandlingModeInput() {
    return this._binaryHandlingMode;
  }

  // column_exclude_list - computed: false, optional: true, required: false
  private _columnExcludeList?: string; 
  public get columnExcludeList() {
    return this.getStringAttribute('column_exclude_list');
  }
  public set columnExcludeList(value: string) {
    this._columnExcludeList = value;
  }
  public resetColumnExcludeList() {
    this._columnExcludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnExcludeListInput() {
    return this._columnExcludeList;
  }

  // connector - computed: true, optional: false, required: false
  public get connector() {
    return this.getStringAttribute('connector');
  }

  // connector_status - computed: true, optional: false, required: false
  public get connectorStatus() {
    return this.getStringAttribute('connector_status');
  }

  // database_encrypt - computed: true, optional: true, required: false
  private _databaseEncrypt?: boolean | cdktf.IResolvable; 
  public get databaseEncrypt() {
    return this.getBooleanAttribute('database_encrypt');
  }
  public set databaseEncrypt(value: boolean | cdktf.IResolvable) {
    this._databaseEncrypt = value;
  }
  public resetDatabaseEncrypt() {
    this._databaseEncrypt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseEncryptInput() {
    return this._databaseEncrypt;
  }

  // database_hostname - computed: false, optional: false, required: true
  private _databaseHostname?: string; 
  public get databaseHostname() {
    return this.getStringAttribute('database_hostname');
  }
  public set databaseHostname(value: string) {
    this._databaseHostname = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseHostnameInput() {
    return this._databaseHostname;
  }

  // database_names - computed: false, optional: false, required: true
  private _databaseNames?: string; 
  public get databaseNames() {
    return this.getStringAttribute('database_names');
  }
  public set databaseNames(value: string) {
    this._databaseNames = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseNamesInput() {
    return this._databaseNames;
  }

  // database_password - computed: false, optional: false, required: true
  private _databasePassword?: string; 
  public get databasePassword() {
    return this.getStringAttribute('database_password');
  }
  public set databasePassword(value: string) {
    this._databasePassword = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databasePasswordInput() {
    return this._databasePassword;
  }

  // database_port - computed: true, optional: true, required: false
  private _databasePort?: number; 
  public get databasePort() {
    return this.getNumberAttribute('database_port');
  }
  public set databasePort(value: number) {
    this._databasePort = value;
  }
  public resetDatabasePort() {
    this._databasePort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databasePortInput() {
    return this._databasePort;
  }

  // database_user - computed: false, optional: false, required: true
  private _databaseUser?: string; 
  public get databaseUser() {
    return this.getStringAttribute('database_user');
  }
  public set databaseUser(value: string) {
    this._databaseUser = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseUserInput() {
    return this._databaseUser;
  }

  // desired_state - computed: true, optional: true, required: false
  private _desiredState?: string; 
  public get desiredState() {
    return this.getStringAttribute('desired_state');
  }
  public set desiredState(value: string) {
    this._desiredState = value;
  }
  public resetDesiredState() {
    this._desiredState = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get desiredStateInput() {
    return this._desiredState;
  }

  // heartbeat_data_collection_schema_or_database - computed: false, optional: true, required: false
  private _heartbeatDataCollectionSchemaOrDatabase?: string; 
  public get heartbeatDataCollectionSchemaOrDatabase() {
    return this.getStringAttribute('heartbeat_data_collection_schema_or_database');
  }
  public set heartbeatDataCollectionSchemaOrDatabase(value: string) {
    this._heartbeatDataCollectionSchemaOrDatabase = value;
  }
  public resetHeartbeatDataCollectionSchemaOrDatabase() {
    this._heartbeatDataCollectionSchemaOrDatabase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heartbeatDataCollectionSchemaOrDatabaseInput() {
    return this._heartbeatDataCollectionSchemaOrDatabase;
  }

  // heartbeat_enabled - computed: true, optional: true, required: false
  private _heartbeatEnabled?: boolean | cdktf.IResolvable; 
  public get heartbeatEnabled() {
    return this.getBooleanAttribute('heartbeat_enabled');
  }
  public set heartbeatEnabled(value: boolean | cdktf.IResolvable) {
    this._heartbeatEnabled = value;
  }
  public resetHeartbeatEnabled() {
    this._heartbeatEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heartbeatEnabledInput() {
    return this._heartbeatEnabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // insert_static_key_field - computed: false, optional: true, required: false
  private _insertStaticKeyField?: string; 
  public get insertStaticKeyField() {
    return this.getStringAttribute('insert_static_key_field');
  }
  public set insertStaticKeyField(value: string) {
    this._insertStaticKeyField = value;
  }
  public resetInsertStaticKeyField() {
    this._insertStaticKeyField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insertStaticKeyFieldInput() {
    return this._insertStaticKeyField;
  }

  // insert_static_key_value - computed: false, optional: true, required: false
  private _insertStaticKeyValue?: string; 
  public get insertStaticKeyValue() {
    return this.getStringAttribute('insert_static_key_value');
  }
  public set insertStaticKeyValue(value: string) {
    this._insertStaticKeyValue = value;
  }
  public resetInsertStaticKeyValue() {
    this._insertStaticKeyValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insertStaticKeyValueInput() {
    return this._insertStaticKeyValue;
  }

  // insert_static_value - computed: false, optional: true, required: false
  private _insertStaticValue?: string; 
  public get insertStaticValue() {
    return this.getStringAttribute('insert_static_value');
  }
  public set insertStaticValue(value: string) {
    this._insertStaticValue = value;
  }
  public resetInsertStaticValue() {
    this._insertStaticValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insertStaticValueInput() {
    return this._insertStaticValue;
  }

  // insert_static_value_field - computed: false, optional: true, required: false
  private _insertStaticValueField?: string; 
  public get insertStaticValueField() {
    return this.getStringAttribute('insert_static_value_field');
  }
  public set insertStaticValueField(value: string) {
    this._insertStaticValueField = value;
  }
  public resetInsertStaticValueField() {
    this._insertStaticValueField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insertStaticValueFieldInput() {
    return this._insertStaticValueField;
  }

  // insert_topic_name_enabled - computed: true, optional: true, required: false
  private _insertTopicNameEnabled?: boolean | cdktf.IResolvable; 
  public get insertTopicNameEnabled() {
    return this.getBooleanAttribute('insert_topic_name_enabled');
  }
  public set insertTopicNameEnabled(value: boolean | cdktf.IResolvable) {
    this._insertTopicNameEnabled = value;
  }
  public resetInsertTopicNameEnabled() {
    this._insertTopicNameEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insertTopicNameEnabledInput() {
    return this._insertTopicNameEnabled;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // preserve_null_values - computed: true, optional: true, required: false
  private _preserveNullValues?: boolean | cdktf.IResolvable; 
  public get preserveNullValues() {
    return this.getBooleanAttribute('preserve_null_values');
  }
  public set preserveNullValues(value: boolean | cdktf.IResolvable) {
    this._preserveNullValues = value;
  }
  public resetPreserveNullValues() {
    this._preserveNullValues = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preserveNullValuesInput() {
    return this._preserveNullValues;
  }

  // schema_history_internal_store_only_captured_databases_ddl - computed: true, optional: true, required: false
  private _schemaHistoryInternalStoreOnlyCapturedDatabasesDdl?: boolean | cdktf.IResolvable; 
  public get schemaHistoryInternalStoreOnlyCapturedDatabasesDdl() {
    return this.getBooleanAttribute('schema_history_internal_store_only_captured_databases_ddl');
  }
  public set schemaHistoryInternalStoreOnlyCapturedDatabasesDdl(value: boolean | cdktf.IResolvable) {
    this._schemaHistoryInternalStoreOnlyCapturedDatabasesDdl = value;
  }
  public resetSchemaHistoryInternalStoreOnlyCapturedDatabasesDdl() {
    this._schemaHistoryInternalStoreOnlyCapturedDatabasesDdl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaHistoryInternalStoreOnlyCapturedDatabasesDdlInput() {
    return this._schemaHistoryInternalStoreOnlyCapturedDatabasesDdl;
  }

  // schema_history_internal_store_only_captured_tables_ddl - computed: true, optional: true, required: false
  private _schemaHistoryInternalStoreOnlyCapturedTablesDdl?: boolean | cdktf.IResolvable; 
  public get schemaHistoryInternalStoreOnlyCapturedTablesDdl() {
    return this.getBooleanAttribute('schema_history_internal_store_only_captured_tables_ddl');
  }
  public set schemaHistoryInternalStoreOnlyCapturedTablesDdl(value: boolean | cdktf.IResolvable) {
    this._schemaHistoryInternalStoreOnlyCapturedTablesDdl = value;
  }
  public resetSchemaHistoryInternalStoreOnlyCapturedTablesDdl() {
    this._schemaHistoryInternalStoreOnlyCapturedTablesDdl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaHistoryInternalStoreOnlyCapturedTablesDdlInput() {
    return this._schemaHistoryInternalStoreOnlyCapturedTablesDdl;
  }

  // schema_include_list - computed: false, optional: false, required: true
  private _schemaIncludeList?: string; 
  public get schemaIncludeList() {
    return this.getStringAttribute('schema_include_list');
  }
  public set schemaIncludeList(value: string) {
    this._schemaIncludeList = value;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaIncludeListInput() {
    return this._schemaIncludeList;
  }

  // signal_data_collection_schema_or_database - computed: true, optional: true, required: false
  private _signalDataCollectionSchemaOrDatabase?: string; 
  public get signalDataCollectionSchemaOrDatabase() {
    return this.getStringAttribute('signal_data_collection_schema_or_database');
  }
  public set signalDataCollectionSchemaOrDatabase(value: string) {
    this._signalDataCollectionSchemaOrDatabase = value;
  }
  public resetSignalDataCollectionSchemaOrDatabase() {
    this._signalDataCollectionSchemaOrDatabase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get signalDataCollectionSchemaOrDatabaseInput() {
    return this._signalDataCollectionSchemaOrDatabase;
  }

  // snapshot_custom_table_config - computed: false, optional: true, required: false
  private _snapshotCustomTableConfig = new SourceSqlserverSnapshotCustomTableConfigMap(this, "snapshot_custom_table_config");
  public get snapshotCustomTableConfig() {
    return this._snapshotCustomTableConfig;
  }
  public putSnapshotCustomTableConfig(value: { [key: string]: SourceSqlserverSnapshotCustomTableConfig } | cdktf.IResolvable) {
    this._snapshotCustomTableConfig.internalValue = value;
  }
  public resetSnapshotCustomTableConfig() {
    this._snapshotCustomTableConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snapshotCustomTableConfigInput() {
    return this._snapshotCustomTableConfig.internalValue;
  }

  // snapshot_large_table_threshold - computed: false, optional: true, required: false
  private _snapshotLargeTableThreshold?: string; 
  public get snapshotLargeTableThreshold() {
    return this.getStringAttribute('snapshot_large_table_threshold');
  }
  public set snapshotLargeTableThreshold(value: string) {
    this._snapshotLargeTableThreshold = value;
  }
  public resetSnapshotLargeTableThreshold() {
    this._snapshotLargeTableThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snapshotLargeTableThresholdInput() {
    return this._snapshotLargeTableThreshold;
  }

  // snapshot_parallelism - computed: false, optional: true, required: false
  private _snapshotParallelism?: number; 
  public get snapshotParallelism() {
    return this.getNumberAttribute('snapshot_parallelism');
  }
  public set snapshotParallelism(value: number) {
    this._snapshotParallelism = value;
  }
  public resetSnapshotParallelism() {
    this._snapshotParallelism = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snapshotParallelismInput() {
    return this._snapshotParallelism;
  }

  // ssh_enabled - computed: true, optional: true, required: false
  private _sshEnabled?: boolean | cdktf.IResolvable; 
  public get sshEnabled() {
    return this.getBooleanAttribute('ssh_enabled');
  }
  public set sshEnabled(value: boolean | cdktf.IResolvable) {
    this._sshEnabled = value;
  }
  public resetSshEnabled() {
    this._sshEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshEnabledInput() {
    return this._sshEnabled;
  }

  // ssh_host - computed: false, optional: true, required: false
  private _sshHost?: string; 
  public get sshHost() {
    return this.getStringAttribute('ssh_host');
  }
  public set sshHost(value: string) {
    this._sshHost = value;
  }
  public resetSshHost() {
    this._sshHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshHostInput() {
    return this._sshHost;
  }

  // ssh_port - computed: true, optional: true, required: false
  private _sshPort?: number; 
  public get sshPort() {
    return this.getNumberAttribute('ssh_port');
  }
  public set sshPort(value: number) {
    this._sshPort = value;
  }
  public resetSshPort() {
    this._sshPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshPortInput() {
    return this._sshPort;
  }

  // ssh_public_key - computed: false, optional: true, required: false
  private _sshPublicKey?: string; 
  public get sshPublicKey() {
    return this.getStringAttribute('ssh_public_key');
  }
  public set sshPublicKey(value: string) {
    this._sshPublicKey = value;
  }
  public resetSshPublicKey() {
    this._sshPublicKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshPublicKeyInput() {
    return this._sshPublicKey;
  }

  // ssh_user - computed: true, optional: true, required: false
  private _sshUser?: string; 
  public get sshUser() {
    return this.getStringAttribute('ssh_user');
  }
  public set sshUser(value: string) {
    this._sshUser = value;
  }
  public resetSshUser() {
    this._sshUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshUserInput() {
    return this._sshUser;
  }

  // streamkap_snapshot_chunk_size_bytes - computed: true, optional: true, required: false
  private _streamkapSnapshotChunkSizeBytes?: number; 
  public get streamkapSnapshotChunkSizeBytes() {
    return this.getNumberAttribute('streamkap_snapshot_chunk_size_bytes');
  }
  public set streamkapSnapshotChunkSizeBytes(value: number) {
    this._streamkapSnapshotChunkSizeBytes = value;
  }
  public resetStreamkapSnapshotChunkSizeBytes() {
    this._streamkapSnapshotChunkSizeBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get streamkapSnapshotChunkSizeBytesInput() {
    return this._streamkapSnapshotChunkSizeBytes;
  }

  // streamkap_snapshot_parallelism - computed: true, optional: true, required: false
  private _streamkapSnapshotParallelism?: number; 
  public get streamkapSnapshotParallelism() {
    return this.getNumberAttribute('streamkap_snapshot_parallelism');
  }
  public set streamkapSnapshotParallelism(value: number) {
    this._streamkapSnapshotParallelism = value;
  }
  public resetStreamkapSnapshotParallelism() {
    this._streamkapSnapshotParallelism = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get streamkapSnapshotParallelismInput() {
    return this._streamkapSnapshotParallelism;
  }

  // streamkap_snapshot_state_refresh_ms - computed: true, optional: true, required: false
  private _streamkapSnapshotStateRefreshMs?: number; 
  public get streamkapSnapshotStateRefreshMs() {
    return this.getNumberAttribute('streamkap_snapshot_state_refresh_ms');
  }
  public set streamkapSnapshotStateRefreshMs(value: number) {
    this._streamkapSnapshotStateRefreshMs = value;
  }
  public resetStreamkapSnapshotStateRefreshMs() {
    this._streamkapSnapshotStateRefreshMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get streamkapSnapshotStateRefreshMsInput() {
    return this._streamkapSnapshotStateRefreshMs;
  }

  // table_include_list - computed: false, optional: false, required: true
  private _tableIncludeList?: string; 
  public get tableIncludeList() {
    return this.getStringAttribute('table_include_list');
  }
  public set tableIncludeList(value: string) {
    this._tableIncludeList = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tableIncludeListInput() {
    return this._tableIncludeList;
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // topics - computed: true, optional: false, required: false
  public get topics() {
    return this.getListAttribute('topics');
  }

  // transforms_insert_static_key1_static_field - computed: false, optional: true, required: false
  private _transformsInsertStaticKey1StaticField?: string; 
  public get transformsInsertStaticKey1StaticField() {
    return this.getStringAttribute('transforms_insert_static_key1_static_field');
  }
  public set transformsInsertStaticKey1StaticField(value: string) {
    this._transformsInsertStaticKey1StaticField = value;
  }
  public resetTransformsInsertStaticKey1StaticField() {
    this._transformsInsertStaticKey1StaticField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticKey1StaticFieldInput() {
    return this._transformsInsertStaticKey1StaticField;
  }

  // transforms_insert_static_key1_static_value - computed: false, optional: true, required: false
  private _transformsInsertStaticKey1StaticValue?: string; 
  public get transformsInsertStaticKey1StaticValue() {
    return this.getStringAttribute('transforms_insert_static_key1_static_value');
  }
  public set transformsInsertStaticKey1StaticValue(value: string) {
    this._transformsInsertStaticKey1StaticValue = value;
  }
  public resetTransformsInsertStaticKey1StaticValue() {
    this._transformsInsertStaticKey1StaticValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticKey1StaticValueInput() {
    return this._transformsInsertStaticKey1StaticValue;
  }

  // transforms_insert_static_value1_static_field - computed: false, optional: true, required: false
  private _transformsInsertStaticValue1StaticField?: string; 
  public get transformsInsertStaticValue1StaticField() {
    return this.getStringAttribute('transforms_insert_static_value1_static_field');
  }
  public set transformsInsertStaticValue1StaticField(value: string) {
    this._transformsInsertStaticValue1StaticField = value;
  }
  public resetTransformsInsertStaticValue1StaticField() {
    this._transformsInsertStaticValue1StaticField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticValue1StaticFieldInput() {
    return this._transformsInsertStaticValue1StaticField;
  }

  // transforms_insert_static_value1_static_value - computed: false, optional: true, required: false
  private _transformsInsertStaticValue1StaticValue?: string; 
  public get transformsInsertStaticValue1StaticValue() {
    return this.getStringAttribute('transforms_insert_static_value1_static_value');
  }
  public set transformsInsertStaticValue1StaticValue(value: string) {
    this._transformsInsertStaticValue1StaticValue = value;
  }
  public resetTransformsInsertStaticValue1StaticValue() {
    this._transformsInsertStaticValue1StaticValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticValue1StaticValueInput() {
    return this._transformsInsertStaticValue1StaticValue;
  }

  // transforms_oversized_records_fields_exclude_list - computed: false, optional: true, required: false
  private _transformsOversizedRecordsFieldsExcludeList?: string; 
  public get transformsOversizedRecordsFieldsExcludeList() {
    return this.getStringAttribute('transforms_oversized_records_fields_exclude_list');
  }
  public set transformsOversizedRecordsFieldsExcludeList(value: string) {
    this._transformsOversizedRecordsFieldsExcludeList = value;
  }
  public resetTransformsOversizedRecordsFieldsExcludeList() {
    this._transformsOversizedRecordsFieldsExcludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsFieldsExcludeListInput() {
    return this._transformsOversizedRecordsFieldsExcludeList;
  }

  // transforms_oversized_records_fields_include_list - computed: false, optional: true, required: false
  private _transformsOversizedRecordsFieldsIncludeList?: string; 
  public get transformsOversizedRecordsFieldsIncludeList() {
    return this.getStringAttribute('transforms_oversized_records_fields_include_list');
  }
  public set transformsOversizedRecordsFieldsIncludeList(value: string) {
    this._transformsOversizedRecordsFieldsIncludeList = value;
  }
  public resetTransformsOversizedRecordsFieldsIncludeList() {
    this._transformsOversizedRecordsFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsFieldsIncludeListInput() {
    return this._transformsOversizedRecordsFieldsIncludeList;
  }

  // transforms_oversized_records_max_field_size_bytes - computed: true, optional: true, required: false
  private _transformsOversizedRecordsMaxFieldSizeBytes?: number; 
  public get transformsOversizedRecordsMaxFieldSizeBytes() {
    return this.getNumberAttribute('transforms_oversized_records_max_field_size_bytes');
  }
  public set transformsOversizedRecordsMaxFieldSizeBytes(value: number) {
    this._transformsOversizedRecordsMaxFieldSizeBytes = value;
  }
  public resetTransformsOversizedRecordsMaxFieldSizeBytes() {
    this._transformsOversizedRecordsMaxFieldSizeBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsMaxFieldSizeBytesInput() {
    return this._transformsOversizedRecordsMaxFieldSizeBytes;
  }

  // transforms_oversized_records_max_record_size_bytes - computed: true, optional: true, required: false
  private _transformsOversizedRecordsMaxRecordSizeBytes?: number; 
  public get transformsOversizedRecordsMaxRecordSizeBytes() {
    return this.getNumberAttribute('transforms_oversized_records_max_record_size_bytes');
  }
  public set transformsOversizedRecordsMaxRecordSizeBytes(value: number) {
    this._transformsOversizedRecordsMaxRecordSizeBytes = value;
  }
  public resetTransformsOversizedRecordsMaxRecordSizeBytes() {
    this._transformsOversizedRecordsMaxRecordSizeBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsMaxRecordSizeBytesInput() {
    return this._transformsOversizedRecordsMaxRecordSizeBytes;
  }

  // transforms_oversized_records_oversized_field_behavior - computed: true, optional: true, required: false
  private _transformsOversizedRecordsOversizedFieldBehavior?: string; 
  public get transformsOversizedRecordsOversizedFieldBehavior() {
    return this.getStringAttribute('transforms_oversized_records_oversized_field_behavior');
  }
  public set transformsOversizedRecordsOversizedFieldBehavior(value: string) {
    this._transformsOversizedRecordsOversizedFieldBehavior = value;
  }
  public resetTransformsOversizedRecordsOversizedFieldBehavior() {
    this._transformsOversizedRecordsOversizedFieldBehavior = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsOversizedFieldBehaviorInput() {
    return this._transformsOversizedRecordsOversizedFieldBehavior;
  }

  // transforms_oversized_records_replace_null_with_default - computed: true, optional: true, required: false
  private _transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable; 
  public get transformsOversizedRecordsReplaceNullWithDefault() {
    return this.getBooleanAttribute('transforms_oversized_records_replace_null_with_default');
  }
  public set transformsOversizedRecordsReplaceNullWithDefault(value: boolean | cdktf.IResolvable) {
    this._transformsOversizedRecordsReplaceNullWithDefault = value;
  }
  public resetTransformsOversizedRecordsReplaceNullWithDefault() {
    this._transformsOversizedRecordsReplaceNullWithDefault = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsReplaceNullWithDefaultInput() {
    return this._transformsOversizedRecordsReplaceNullWithDefault;
  }

  // transforms_oversized_records_semantic_types_exclude - computed: true, optional: true, required: false
  private _transformsOversizedRecordsSemanticTypesExclude?: string; 
  public get transformsOversizedRecordsSemanticTypesExclude() {
    return this.getStringAttribute('transforms_oversized_records_semantic_types_exclude');
  }
  public set transformsOversizedRecordsSemanticTypesExclude(value: string) {
    this._transformsOversizedRecordsSemanticTypesExclude = value;
  }
  public resetTransformsOversizedRecordsSemanticTypesExclude() {
    this._transformsOversizedRecordsSemanticTypesExclude = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsSemanticTypesExcludeInput() {
    return this._transformsOversizedRecordsSemanticTypesExclude;
  }

  // transforms_oversized_records_truncation_suffix - computed: true, optional: true, required: false
  private _transformsOversizedRecordsTruncationSuffix?: string; 
  public get transformsOversizedRecordsTruncationSuffix() {
    return this.getStringAttribute('transforms_oversized_records_truncation_suffix');
  }
  public set transformsOversizedRecordsTruncationSuffix(value: string) {
    this._transformsOversizedRecordsTruncationSuffix = value;
  }
  public resetTransformsOversizedRecordsTruncationSuffix() {
    this._transformsOversizedRecordsTruncationSuffix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsTruncationSuffixInput() {
    return this._transformsOversizedRecordsTruncationSuffix;
  }

  // transforms_value_to_key_fields_include_list - computed: false, optional: true, required: false
  private _transformsValueToKeyFieldsIncludeList?: string; 
  public get transformsValueToKeyFieldsIncludeList() {
    return this.getStringAttribute('transforms_value_to_key_fields_include_list');
  }
  public set transformsValueToKeyFieldsIncludeList(value: string) {
    this._transformsValueToKeyFieldsIncludeList = value;
  }
  public resetTransformsValueToKeyFieldsIncludeList() {
    this._transformsValueToKeyFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsValueToKeyFieldsIncludeListInput() {
    return this._transformsValueToKeyFieldsIncludeList;
  }

  // transforms_value_to_key_replace_null_with_default - computed: true, optional: true, required: false
  private _transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable; 
  public get transformsValueToKeyReplaceNullWithDefault() {
    return this.getBooleanAttribute('transforms_value_to_key_replace_null_with_default');
  }
  public set transformsValueToKeyReplaceNullWithDefault(value: boolean | cdktf.IResolvable) {
    this._transformsValueToKeyReplaceNullWithDefault = value;
  }
  public resetTransformsValueToKeyReplaceNullWithDefault() {
    this._transformsValueToKeyReplaceNullWithDefault = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsValueToKeyReplaceNullWithDefaultInput() {
    return this._transformsValueToKeyReplaceNullWithDefault;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new SourceSqlserverTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceSqlserverTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      binary_handling_mode: cdktf.stringToTerraform(this._binaryHandlingMode),
      column_exclude_list: cdktf.stringToTerraform(this._columnExcludeList),
      database_encrypt: cdktf.booleanToTerraform(this._databaseEncrypt),
      database_hostname: cdktf.stringToTerraform(this._databaseHostname),
      database_names: cdktf.stringToTerraform(this._databaseNames),
      database_password: cdktf.stringToTerraform(this._databasePassword),
      database_port: cdktf.numberToTerraform(this._databasePort),
      database_user: cdktf.stringToTerraform(this._databaseUser),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      heartbeat_data_collection_schema_or_database: cdktf.stringToTerraform(this._heartbeatDataCollectionSchemaOrDatabase),
      heartbeat_enabled: cdktf.booleanToTerraform(this._heartbeatEnabled),
      insert_static_key_field: cdktf.stringToTerraform(this._insertStaticKeyField),
      insert_static_key_value: cdktf.stringToTerraform(this._insertStaticKeyValue),
      insert_static_value: cdktf.stringToTerraform(this._insertStaticValue),
      insert_static_value_field: cdktf.stringToTerraform(this._insertStaticValueField),
      insert_topic_name_enabled: cdktf.booleanToTerraform(this._insertTopicNameEnabled),
      name: cdktf.stringToTerraform(this._name),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      schema_history_internal_store_only_captured_databases_ddl: cdktf.booleanToTerraform(this._schemaHistoryInternalStoreOnlyCapturedDatabasesDdl),
      schema_history_internal_store_only_captured_tables_ddl: cdktf.booleanToTerraform(this._schemaHistoryInternalStoreOnlyCapturedTablesDdl),
      schema_include_list: cdktf.stringToTerraform(this._schemaIncludeList),
      signal_data_collection_schema_or_database: cdktf.stringToTerraform(this._signalDataCollectionSchemaOrDatabase),
      snapshot_custom_table_config: cdktf.hashMapper(sourceSqlserverSnapshotCustomTableConfigToTerraform)(this._snapshotCustomTableConfig.internalValue),
      snapshot_large_table_threshold: cdktf.stringToTerraform(this._snapshotLargeTableThreshold),
      snapshot_parallelism: cdktf.numberToTerraform(this._snapshotParallelism),
      ssh_enabled: cdktf.booleanToTerraform(this._sshEnabled),
      ssh_host: cdktf.stringToTerraform(this._sshHost),
      ssh_port: cdktf.numberToTerraform(this._sshPort),
      ssh_public_key: cdktf.stringToTerraform(this._sshPublicKey),
      ssh_user: cdktf.stringToTerraform(this._sshUser),
      streamkap_snapshot_chunk_size_bytes: cdktf.numberToTerraform(this._streamkapSnapshotChunkSizeBytes),
      streamkap_snapshot_parallelism: cdktf.numberToTerraform(this._streamkapSnapshotParallelism),
      streamkap_snapshot_state_refresh_ms: cdktf.numberToTerraform(this._streamkapSnapshotStateRefreshMs),
      table_include_list: cdktf.stringToTerraform(this._tableIncludeList),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      transforms_insert_static_key1_static_field: cdktf.stringToTerraform(this._transformsInsertStaticKey1StaticField),
      transforms_insert_static_key1_static_value: cdktf.stringToTerraform(this._transformsInsertStaticKey1StaticValue),
      transforms_insert_static_value1_static_field: cdktf.stringToTerraform(this._transformsInsertStaticValue1StaticField),
      transforms_insert_static_value1_static_value: cdktf.stringToTerraform(this._transformsInsertStaticValue1StaticValue),
      transforms_oversized_records_fields_exclude_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsExcludeList),
      transforms_oversized_records_fields_include_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsIncludeList),
      transforms_oversized_records_max_field_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxFieldSizeBytes),
      transforms_oversized_records_max_record_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxRecordSizeBytes),
      transforms_oversized_records_oversized_field_behavior: cdktf.stringToTerraform(this._transformsOversizedRecordsOversizedFieldBehavior),
      transforms_oversized_records_replace_null_with_default: cdktf.booleanToTerraform(this._transformsOversizedRecordsReplaceNullWithDefault),
      transforms_oversized_records_semantic_types_exclude: cdktf.stringToTerraform(this._transformsOversizedRecordsSemanticTypesExclude),
      transforms_oversized_records_truncation_suffix: cdktf.stringToTerraform(this._transformsOversizedRecordsTruncationSuffix),
      transforms_value_to_key_fields_include_list: cdktf.stringToTerraform(this._transformsValueToKeyFieldsIncludeList),
      transforms_value_to_key_replace_null_with_default: cdktf.booleanToTerraform(this._transformsValueToKeyReplaceNullWithDefault),
      timeouts: sourceSqlserverTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      binary_handling_mode: {
        value: cdktf.stringToHclTerraform(this._binaryHandlingMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      column_exclude_list: {
        value: cdktf.stringToHclTerraform(this._columnExcludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      database_encrypt: {
        value: cdktf.booleanToHclTerraform(this._databaseEncrypt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      database_hostname: {
        value: cdktf.stringToHclTerraform(this._databaseHostname),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      database_names: {
        value: cdktf.stringToHclTerraform(this._databaseNames),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      database_password: {
        value: cdktf.stringToHclTerraform(this._databasePassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      database_port: {
        value: cdktf.numberToHclTerraform(this._databasePort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      database_user: {
        value: cdktf.stringToHclTerraform(this._databaseUser),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      desired_state: {
        value: cdktf.stringToHclTerraform(this._desiredState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      heartbeat_data_collection_schema_or_database: {
        value: cdktf.stringToHclTerraform(this._heartbeatDataCollectionSchemaOrDatabase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      heartbeat_enabled: {
        value: cdktf.booleanToHclTerraform(this._heartbeatEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      insert_static_key_field: {
        value: cdktf.stringToHclTerraform(this._insertStaticKeyField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insert_static_key_value: {
        value: cdktf.stringToHclTerraform(this._insertStaticKeyValue),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insert_static_value: {
        value: cdktf.stringToHclTerraform(this._insertStaticValue),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insert_static_value_field: {
        value: cdktf.stringToHclTerraform(this._insertStaticValueField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insert_topic_name_enabled: {
        value: cdktf.booleanToHclTerraform(this._insertTopicNameEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      preserve_null_values: {
        value: cdktf.booleanToHclTerraform(this._preserveNullValues),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      schema_history_internal_store_only_captured_databases_ddl: {
        value: cdktf.booleanToHclTerraform(this._schemaHistoryInternalStoreOnlyCapturedDatabasesDdl),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      schema_history_internal_store_only_captured_tables_ddl: {
        value: cdktf.booleanToHclTerraform(this._schemaHistoryInternalStoreOnlyCapturedTablesDdl),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      schema_include_list: {
        value: cdktf.stringToHclTerraform(this._schemaIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      signal_data_collection_schema_or_database: {
        value: cdktf.stringToHclTerraform(this._signalDataCollectionSchemaOrDatabase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snapshot_custom_table_config: {
        value: cdktf.hashMapperHcl(sourceSqlserverSnapshotCustomTableConfigToHclTerraform)(this._snapshotCustomTableConfig.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "SourceSqlserverSnapshotCustomTableConfigMap",
      },
      snapshot_large_table_threshold: {
        value: cdktf.stringToHclTerraform(this._snapshotLargeTableThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snapshot_parallelism: {
        value: cdktf.numberToHclTerraform(this._snapshotParallelism),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      ssh_enabled: {
        value: cdktf.booleanToHclTerraform(this._sshEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ssh_host: {
        value: cdktf.stringToHclTerraform(this._sshHost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssh_port: {
        value: cdktf.numberToHclTerraform(this._sshPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      ssh_public_key: {
        value: cdktf.stringToHclTerraform(this._sshPublicKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssh_user: {
        value: cdktf.stringToHclTerraform(this._sshUser),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      streamkap_snapshot_chunk_size_bytes: {
        value: cdktf.numberToHclTerraform(this._streamkapSnapshotChunkSizeBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      streamkap_snapshot_parallelism: {
        value: cdktf.numberToHclTerraform(this._streamkapSnapshotParallelism),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      streamkap_snapshot_state_refresh_ms: {
        value: cdktf.numberToHclTerraform(this._streamkapSnapshotStateRefreshMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      table_include_list: {
        value: cdktf.stringToHclTerraform(this._tableIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      transforms_insert_static_key1_static_field: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticKey1StaticField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_key1_static_value: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticKey1StaticValue),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_value1_static_field: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticValue1StaticField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_value1_static_value: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticValue1StaticValue),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_fields_exclude_list: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsFieldsExcludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_max_field_size_bytes: {
        value: cdktf.numberToHclTerraform(this._transformsOversizedRecordsMaxFieldSizeBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      transforms_oversized_records_max_record_size_bytes: {
        value: cdktf.numberToHclTerraform(this._transformsOversizedRecordsMaxRecordSizeBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      transforms_oversized_records_oversized_field_behavior: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsOversizedFieldBehavior),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_replace_null_with_default: {
        value: cdktf.booleanToHclTerraform(this._transformsOversizedRecordsReplaceNullWithDefault),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_oversized_records_semantic_types_exclude: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsSemanticTypesExclude),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_truncation_suffix: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsTruncationSuffix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_value_to_key_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsValueToKeyFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_value_to_key_replace_null_with_default: {
        value: cdktf.booleanToHclTerraform(this._transformsValueToKeyReplaceNullWithDefault),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeouts: {
        value: sourceSqlserverTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceSqlserverTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
