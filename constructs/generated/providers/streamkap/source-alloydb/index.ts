// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceAlloydbConfig extends cdktf.TerraformMetaArguments {
  /**
  * How values of binary columns (blob, binary, varbinary) appear in change events; pick what the destination accepts (config key "binary.handling.mode"). Text. One of "bytes", "base64", "base64-url-safe", "hex". Defaults to "bytes".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#binary_handling_mode SourceAlloydb#binary_handling_mode}
  */
  readonly binaryHandlingMode?: string;
  /**
  * Comma-separated regular expressions matching the fully qualified names of columns left out of change events, e.g. public.orders.id,public.orders.status (config key "column.exclude.list.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#column_exclude_list SourceAlloydb#column_exclude_list}
  */
  readonly columnExcludeList?: string;
  /**
  * Comma-separated regular expressions matching the fully qualified names of the only columns to capture, e.g. public.orders.id,public.orders.status (config key "column.include.list.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#column_include_list SourceAlloydb#column_include_list}
  */
  readonly columnIncludeList?: string;
  /**
  * Whether the column list names the only columns to capture (true) or the columns to leave out (false) (config key "column.include.list.toggled"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#column_include_list_toggled SourceAlloydb#column_include_list_toggled}
  */
  readonly columnIncludeListToggled?: boolean | cdktf.IResolvable;
  /**
  * Name of the database to capture changes from, e.g. shop (config key "database.dbname"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#database_dbname SourceAlloydb#database_dbname}
  */
  readonly databaseDbname: string;
  /**
  * Host name or IP address of the database server, e.g. db.internal.example.com (config key "database.hostname.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#database_hostname SourceAlloydb#database_hostname}
  */
  readonly databaseHostname: string;
  /**
  * Password of that database user (config key "database.password"). Text. Required. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#database_password SourceAlloydb#database_password}
  */
  readonly databasePassword: string;
  /**
  * Port the database server listens on (config key "database.port.user.defined"). A whole number. Defaults to 5432.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#database_port SourceAlloydb#database_port}
  */
  readonly databasePort?: number;
  /**
  * Whether the connection to the database is encrypted: require encrypts it, disable does not (config key "database.sslmode"). Text. One of "require", "disable". Defaults to "require".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#database_sslmode SourceAlloydb#database_sslmode}
  */
  readonly databaseSslmode?: string;
  /**
  * Database user the connector signs in as (config key "database.user"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#database_user SourceAlloydb#database_user}
  */
  readonly databaseUser: string;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#desired_state SourceAlloydb#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Schema (or database) of the heartbeat table Streamkap writes to, e.g. streamkap (config key "heartbeat.data.collection.schema.or.database"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#heartbeat_data_collection_schema_or_database SourceAlloydb#heartbeat_data_collection_schema_or_database}
  */
  readonly heartbeatDataCollectionSchemaOrDatabase?: string;
  /**
  * Whether the connector writes heartbeats, which keep its position in the database's change log moving while the captured tables are quiet (config key "heartbeat.enabled"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#heartbeat_enabled SourceAlloydb#heartbeat_enabled}
  */
  readonly heartbeatEnabled?: boolean | cdktf.IResolvable;
  /**
  * Whether topic names start with the source database's name, as database_topic (config key "include.source.db.name.in.table.name.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#include_source_db_name_in_table_name SourceAlloydb#include_source_db_name_in_table_name}
  */
  readonly includeSourceDbNameInTableName?: boolean | cdktf.IResolvable;
  /**
  * Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage) (config key "InsertTopicName.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#insert_topic_name_enabled SourceAlloydb#insert_topic_name_enabled}
  */
  readonly insertTopicNameEnabled?: boolean | cdktf.IResolvable;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#name SourceAlloydb#name}
  */
  readonly name: string;
  /**
  * Post-processor run on change events: reselector reads a column's current value again from the database when the event lacks it (config key "post.processors"). Text. One of "reselector". Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#post_processors SourceAlloydb#post_processors}
  */
  readonly postProcessors?: string;
  /**
  * Regular expression naming the topics the fixed fields are added to (the default $^ matches none) (config key "predicates.IsTopicToEnrich.pattern"). Text. Defaults to "$^".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#predicates_is_topic_to_enrich_pattern SourceAlloydb#predicates_is_topic_to_enrich_pattern}
  */
  readonly predicatesIsTopicToEnrichPattern?: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#preserve_null_values SourceAlloydb#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Name of the publication that lists the captured tables (config key "publication.name"). Text. Defaults to "streamkap_pub". Streamkap fixes it when the source is created, so changing it replaces the source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#publication_name SourceAlloydb#publication_name}
  */
  readonly publicationName?: string;
  /**
  * Comma-separated list of the schemas to capture, e.g. public (config key "schema.include.list"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#schema_include_list SourceAlloydb#schema_include_list}
  */
  readonly schemaIncludeList: string;
  /**
  * Schema (or database) of the signal table Streamkap uses to run incremental snapshots, e.g. streamkap (config key "signal.data.collection.schema.or.database"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#signal_data_collection_schema_or_database SourceAlloydb#signal_data_collection_schema_or_database}
  */
  readonly signalDataCollectionSchemaOrDatabase?: string;
  /**
  * Name of the logical replication slot the connector reads changes from (config key "slot.name"). Text. Defaults to "streamkap_pgoutput_slot". Streamkap fixes it when the source is created, so changing it replaces the source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#slot_name SourceAlloydb#slot_name}
  */
  readonly slotName?: string;
  /**
  * Whether snapshots run without writing to the database: Yes is needed when the connector reads a read replica (config key "snapshot.read.only.user.defined"). Text. One of "Yes", "No". Defaults to "Yes".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#snapshot_read_only SourceAlloydb#snapshot_read_only}
  */
  readonly snapshotReadOnly?: string;
  /**
  * Whether Streamkap reaches the database through an SSH server in your network, for a database it cannot reach directly (config key "ssh.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#ssh_enabled SourceAlloydb#ssh_enabled}
  */
  readonly sshEnabled?: boolean | cdktf.IResolvable;
  /**
  * Host name of that SSH server, e.g. bastion.example.com (config key "ssh.host"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#ssh_host SourceAlloydb#ssh_host}
  */
  readonly sshHost?: string;
  /**
  * Port of that SSH server (config key "ssh.port"). A whole number. Defaults to 22.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#ssh_port SourceAlloydb#ssh_port}
  */
  readonly sshPort?: number;
  /**
  * Public key Streamkap signs in with, to add to the SSH server's authorized keys (Streamkap generates it) (config key "ssh.public.key.user.displayed"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#ssh_public_key SourceAlloydb#ssh_public_key}
  */
  readonly sshPublicKey?: string;
  /**
  * User Streamkap signs in as on that SSH server (config key "ssh.user"). Text. Defaults to "streamkap".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#ssh_user SourceAlloydb#ssh_user}
  */
  readonly sshUser?: string;
  /**
  * Comma-separated list of the tables to capture, e.g. public.orders,public.order_items (config key "table.include.list.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#table_include_list SourceAlloydb#table_include_list}
  */
  readonly tableIncludeList: string;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#tags SourceAlloydb#tags}
  */
  readonly tags?: string[];
  /**
  * Name of a field with a fixed value added to the key of every record, e.g. region (config key "transforms.InsertStaticKey1.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_insert_static_key1_static_field SourceAlloydb#transforms_insert_static_key1_static_field}
  */
  readonly transformsInsertStaticKey1StaticField?: string;
  /**
  * Fixed value of that key field, e.g. eu-west-1 (config key "transforms.InsertStaticKey1.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_insert_static_key1_static_value SourceAlloydb#transforms_insert_static_key1_static_value}
  */
  readonly transformsInsertStaticKey1StaticValue?: string;
  /**
  * Name of a field with a fixed value added to the key of every record, e.g. region (config key "transforms.InsertStaticKey2.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_insert_static_key2_static_field SourceAlloydb#transforms_insert_static_key2_static_field}
  */
  readonly transformsInsertStaticKey2StaticField?: string;
  /**
  * Fixed value of that key field, e.g. eu-west-1 (config key "transforms.InsertStaticKey2.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_insert_static_key2_static_value SourceAlloydb#transforms_insert_static_key2_static_value}
  */
  readonly transformsInsertStaticKey2StaticValue?: string;
  /**
  * Name of a field with a fixed value added to the value of every record, e.g. tenant (config key "transforms.InsertStaticValue1.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_insert_static_value1_static_field SourceAlloydb#transforms_insert_static_value1_static_field}
  */
  readonly transformsInsertStaticValue1StaticField?: string;
  /**
  * Fixed value of that field, e.g. acme (config key "transforms.InsertStaticValue1.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_insert_static_value1_static_value SourceAlloydb#transforms_insert_static_value1_static_value}
  */
  readonly transformsInsertStaticValue1StaticValue?: string;
  /**
  * Name of a field with a fixed value added to the value of every record, e.g. tenant (config key "transforms.InsertStaticValue2.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_insert_static_value2_static_field SourceAlloydb#transforms_insert_static_value2_static_field}
  */
  readonly transformsInsertStaticValue2StaticField?: string;
  /**
  * Fixed value of that field, e.g. acme (config key "transforms.InsertStaticValue2.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_insert_static_value2_static_value SourceAlloydb#transforms_insert_static_value2_static_value}
  */
  readonly transformsInsertStaticValue2StaticValue?: string;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_oversized_records_fields_exclude_list SourceAlloydb#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_oversized_records_fields_include_list SourceAlloydb#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_oversized_records_max_field_size_bytes SourceAlloydb#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_oversized_records_max_record_size_bytes SourceAlloydb#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_oversized_records_oversized_field_behavior SourceAlloydb#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_oversized_records_replace_null_with_default SourceAlloydb#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_oversized_records_semantic_types_exclude SourceAlloydb#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_oversized_records_truncation_suffix SourceAlloydb#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id (config key "transforms.ValueToKey.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_value_to_key_fields_include_list SourceAlloydb#transforms_value_to_key_fields_include_list}
  */
  readonly transformsValueToKeyFieldsIncludeList?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.ValueToKey.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#transforms_value_to_key_replace_null_with_default SourceAlloydb#transforms_value_to_key_replace_null_with_default}
  */
  readonly transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#timeouts SourceAlloydb#timeouts}
  */
  readonly timeouts?: SourceAlloydbTimeouts;
}
export interface SourceAlloydbTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#create SourceAlloydb#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#delete SourceAlloydb#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#update SourceAlloydb#update}
  */
  readonly update?: string;
}

export function sourceAlloydbTimeoutsToTerraform(struct?: SourceAlloydbTimeouts | cdktf.IResolvable): any {
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


export function sourceAlloydbTimeoutsToHclTerraform(struct?: SourceAlloydbTimeouts | cdktf.IResolvable): any {
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

export class SourceAlloydbTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceAlloydbTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: SourceAlloydbTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb streamkap_source_alloydb}
*/
export class SourceAlloydb extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_alloydb";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceAlloydb resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceAlloydb to import
  * @param importFromId The id of the existing SourceAlloydb that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceAlloydb to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_alloydb", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_alloydb streamkap_source_alloydb} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceAlloydbConfig
  */
  public constructor(scope: Construct, id: string, config: SourceAlloydbConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_alloydb',
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
    this._columnIncludeList = config.columnIncludeList;
    this._columnIncludeListToggled = config.columnIncludeListToggled;
    this._databaseDbname = config.databaseDbname;
    this._databaseHostname = config.databaseHostname;
    this._databasePassword = config.databasePassword;
    this._databasePort = config.databasePort;
    this._databaseSslmode = config.databaseSslmode;
    this._databaseUser = config.databaseUser;
    this._desiredState = config.desiredState;
    this._heartbeatDataCollectionSchemaOrDatabase = config.heartbeatDataCollectionSchemaOrDatabase;
    this._heartbeatEnabled = config.heartbeatEnabled;
    this._includeSourceDbNameInTableName = config.includeSourceDbNameInTableName;
    this._insertTopicNameEnabled = config.insertTopicNameEnabled;
    this._name = config.name;
    this._postProcessors = config.postProcessors;
    this._predicatesIsTopicToEnrichPattern = config.predicatesIsTopicToEnrichPattern;
    this._preserveNullValues = config.preserveNullValues;
    this._publicationName = config.publicationName;
    this._schemaIncludeList = config.schemaIncludeList;
    this._signalDataCollectionSchemaOrDatabase = config.signalDataCollectionSchemaOrDatabase;
    this._slotName = config.slotName;
    this._snapshotReadOnly = config.snapshotReadOnly;
    this._sshEnabled = config.sshEnabled;
    this._sshHost = config.sshHost;
    this._sshPort = config.sshPort;
    this._sshPublicKey = config.sshPublicKey;
    this._sshUser = config.sshUser;
    this._tableIncludeList = config.tableIncludeList;
    this._tags = config.tags;
    this._transformsInsertStaticKey1StaticField = config.transformsInsertStaticKey1StaticField;
    this._transformsInsertStaticKey1StaticValue = config.transformsInsertStaticKey1StaticValue;
    this._transformsInsertStaticKey2StaticField = config.transformsInsertStaticKey2StaticField;
    this._transformsInsertStaticKey2StaticValue = config.transformsInsertStaticKey2StaticValue;
    this._transformsInsertStaticValue1StaticField = config.transformsInsertStaticValue1StaticField;
    this._transformsInsertStaticValue1StaticValue = config.transformsInsertStaticValue1StaticValue;
    this._transformsInsertStaticValue2StaticField = config.transformsInsertStaticValue2StaticField;
    this._transformsInsertStaticValue2StaticValue = config.transformsInsertStaticValue2StaticValue;
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

  // column_include_list - computed: false, optional: true, required: false
  private _columnIncludeList?: string; 
  public get columnIncludeList() {
    return this.getStringAttribute('column_include_list');
  }
  public set columnIncludeList(value: string) {
    this._columnIncludeList = value;
  }
  public resetColumnIncludeList() {
    this._columnIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnIncludeListInput() {
    return this._columnIncludeList;
  }

  // column_include_list_toggled - computed: true, optional: true, required: false
  private _columnIncludeListToggled?: boolean | cdktf.IResolvable; 
  public get columnIncludeListToggled() {
    return this.getBooleanAttribute('column_include_list_toggled');
  }
  public set columnIncludeListToggled(value: boolean | cdktf.IResolvable) {
    this._columnIncludeListToggled = value;
  }
  public resetColumnIncludeListToggled() {
    this._columnIncludeListToggled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnIncludeListToggledInput() {
    return this._columnIncludeListToggled;
  }

  // connector - computed: true, optional: false, required: false
  public get connector() {
    return this.getStringAttribute('connector');
  }

  // connector_status - computed: true, optional: false, required: false
  public get connectorStatus() {
    return this.getStringAttribute('connector_status');
  }

  // database_dbname - computed: false, optional: false, required: true
  private _databaseDbname?: string; 
  public get databaseDbname() {
    return this.getStringAttribute('database_dbname');
  }
  public set databaseDbname(value: string) {
    this._databaseDbname = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseDbnameInput() {
    return this._databaseDbname;
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

  // database_sslmode - computed: true, optional: true, required: false
  private _databaseSslmode?: string; 
  public get databaseSslmode() {
    return this.getStringAttribute('database_sslmode');
  }
  public set databaseSslmode(value: string) {
    this._databaseSslmode = value;
  }
  public resetDatabaseSslmode() {
    this._databaseSslmode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseSslmodeInput() {
    return this._databaseSslmode;
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

  // include_source_db_name_in_table_name - computed: true, optional: true, required: false
  private _includeSourceDbNameInTableName?: boolean | cdktf.IResolvable; 
  public get includeSourceDbNameInTableName() {
    return this.getBooleanAttribute('include_source_db_name_in_table_name');
  }
  public set includeSourceDbNameInTableName(value: boolean | cdktf.IResolvable) {
    this._includeSourceDbNameInTableName = value;
  }
  public resetIncludeSourceDbNameInTableName() {
    this._includeSourceDbNameInTableName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeSourceDbNameInTableNameInput() {
    return this._includeSourceDbNameInTableName;
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

  // post_processors - computed: false, optional: true, required: false
  private _postProcessors?: string; 
  public get postProcessors() {
    return this.getStringAttribute('post_processors');
  }
  public set postProcessors(value: string) {
    this._postProcessors = value;
  }
  public resetPostProcessors() {
    this._postProcessors = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get postProcessorsInput() {
    return this._postProcessors;
  }

  // predicates_is_topic_to_enrich_pattern - computed: true, optional: true, required: false
  private _predicatesIsTopicToEnrichPattern?: string; 
  public get predicatesIsTopicToEnrichPattern() {
    return this.getStringAttribute('predicates_is_topic_to_enrich_pattern');
  }
  public set predicatesIsTopicToEnrichPattern(value: string) {
    this._predicatesIsTopicToEnrichPattern = value;
  }
  public resetPredicatesIsTopicToEnrichPattern() {
    this._predicatesIsTopicToEnrichPattern = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get predicatesIsTopicToEnrichPatternInput() {
    return this._predicatesIsTopicToEnrichPattern;
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

  // publication_name - computed: true, optional: true, required: false
  private _publicationName?: string; 
  public get publicationName() {
    return this.getStringAttribute('publication_name');
  }
  public set publicationName(value: string) {
    this._publicationName = value;
  }
  public resetPublicationName() {
    this._publicationName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get publicationNameInput() {
    return this._publicationName;
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

  // signal_data_collection_schema_or_database - computed: false, optional: true, required: false
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

  // slot_name - computed: true, optional: true, required: false
  private _slotName?: string; 
  public get slotName() {
    return this.getStringAttribute('slot_name');
  }
  public set slotName(value: string) {
    this._slotName = value;
  }
  public resetSlotName() {
    this._slotName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slotNameInput() {
    return this._slotName;
  }

  // snapshot_read_only - computed: true, optional: true, required: false
  private _snapshotReadOnly?: string; 
  public get snapshotReadOnly() {
    return this.getStringAttribute('snapshot_read_only');
  }
  public set snapshotReadOnly(value: string) {
    this._snapshotReadOnly = value;
  }
  public resetSnapshotReadOnly() {
    this._snapshotReadOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snapshotReadOnlyInput() {
    return this._snapshotReadOnly;
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

  // transforms_insert_static_key2_static_field - computed: false, optional: true, required: false
  private _transformsInsertStaticKey2StaticField?: string; 
  public get transformsInsertStaticKey2StaticField() {
    return this.getStringAttribute('transforms_insert_static_key2_static_field');
  }
  public set transformsInsertStaticKey2StaticField(value: string) {
    this._transformsInsertStaticKey2StaticField = value;
  }
  public resetTransformsInsertStaticKey2StaticField() {
    this._transformsInsertStaticKey2StaticField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticKey2StaticFieldInput() {
    return this._transformsInsertStaticKey2StaticField;
  }

  // transforms_insert_static_key2_static_value - computed: false, optional: true, required: false
  private _transformsInsertStaticKey2StaticValue?: string; 
  public get transformsInsertStaticKey2StaticValue() {
    return this.getStringAttribute('transforms_insert_static_key2_static_value');
  }
  public set transformsInsertStaticKey2StaticValue(value: string) {
    this._transformsInsertStaticKey2StaticValue = value;
  }
  public resetTransformsInsertStaticKey2StaticValue() {
    this._transformsInsertStaticKey2StaticValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticKey2StaticValueInput() {
    return this._transformsInsertStaticKey2StaticValue;
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

  // transforms_insert_static_value2_static_field - computed: false, optional: true, required: false
  private _transformsInsertStaticValue2StaticField?: string; 
  public get transformsInsertStaticValue2StaticField() {
    return this.getStringAttribute('transforms_insert_static_value2_static_field');
  }
  public set transformsInsertStaticValue2StaticField(value: string) {
    this._transformsInsertStaticValue2StaticField = value;
  }
  public resetTransformsInsertStaticValue2StaticField() {
    this._transformsInsertStaticValue2StaticField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticValue2StaticFieldInput() {
    return this._transformsInsertStaticValue2StaticField;
  }

  // transforms_insert_static_value2_static_value - computed: false, optional: true, required: false
  private _transformsInsertStaticValue2StaticValue?: string; 
  public get transformsInsertStaticValue2StaticValue() {
    return this.getStringAttribute('transforms_insert_static_value2_static_value');
  }
  public set transformsInsertStaticValue2StaticValue(value: string) {
    this._transformsInsertStaticValue2StaticValue = value;
  }
  public resetTransformsInsertStaticValue2StaticValue() {
    this._transformsInsertStaticValue2StaticValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticValue2StaticValueInput() {
    return this._transformsInsertStaticValue2StaticValue;
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
  private _timeouts = new SourceAlloydbTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceAlloydbTimeouts) {
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
      column_include_list: cdktf.stringToTerraform(this._columnIncludeList),
      column_include_list_toggled: cdktf.booleanToTerraform(this._columnIncludeListToggled),
      database_dbname: cdktf.stringToTerraform(this._databaseDbname),
      database_hostname: cdktf.stringToTerraform(this._databaseHostname),
      database_password: cdktf.stringToTerraform(this._databasePassword),
      database_port: cdktf.numberToTerraform(this._databasePort),
      database_sslmode: cdktf.stringToTerraform(this._databaseSslmode),
      database_user: cdktf.stringToTerraform(this._databaseUser),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      heartbeat_data_collection_schema_or_database: cdktf.stringToTerraform(this._heartbeatDataCollectionSchemaOrDatabase),
      heartbeat_enabled: cdktf.booleanToTerraform(this._heartbeatEnabled),
      include_source_db_name_in_table_name: cdktf.booleanToTerraform(this._includeSourceDbNameInTableName),
      insert_topic_name_enabled: cdktf.booleanToTerraform(this._insertTopicNameEnabled),
      name: cdktf.stringToTerraform(this._name),
      post_processors: cdktf.stringToTerraform(this._postProcessors),
      predicates_is_topic_to_enrich_pattern: cdktf.stringToTerraform(this._predicatesIsTopicToEnrichPattern),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      publication_name: cdktf.stringToTerraform(this._publicationName),
      schema_include_list: cdktf.stringToTerraform(this._schemaIncludeList),
      signal_data_collection_schema_or_database: cdktf.stringToTerraform(this._signalDataCollectionSchemaOrDatabase),
      slot_name: cdktf.stringToTerraform(this._slotName),
      snapshot_read_only: cdktf.stringToTerraform(this._snapshotReadOnly),
      ssh_enabled: cdktf.booleanToTerraform(this._sshEnabled),
      ssh_host: cdktf.stringToTerraform(this._sshHost),
      ssh_port: cdktf.numberToTerraform(this._sshPort),
      ssh_public_key: cdktf.stringToTerraform(this._sshPublicKey),
      ssh_user: cdktf.stringToTerraform(this._sshUser),
      table_include_list: cdktf.stringToTerraform(this._tableIncludeList),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      transforms_insert_static_key1_static_field: cdktf.stringToTerraform(this._transformsInsertStaticKey1StaticField),
      transforms_insert_static_key1_static_value: cdktf.stringToTerraform(this._transformsInsertStaticKey1StaticValue),
      transforms_insert_static_key2_static_field: cdktf.stringToTerraform(this._transformsInsertStaticKey2StaticField),
      transforms_insert_static_key2_static_value: cdktf.stringToTerraform(this._transformsInsertStaticKey2StaticValue),
      transforms_insert_static_value1_static_field: cdktf.stringToTerraform(this._transformsInsertStaticValue1StaticField),
      transforms_insert_static_value1_static_value: cdktf.stringToTerraform(this._transformsInsertStaticValue1StaticValue),
      transforms_insert_static_value2_static_field: cdktf.stringToTerraform(this._transformsInsertStaticValue2StaticField),
      transforms_insert_static_value2_static_value: cdktf.stringToTerraform(this._transformsInsertStaticValue2StaticValue),
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
      timeouts: sourceAlloydbTimeoutsToTerraform(this._timeouts.internalValue),
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
      column_include_list: {
        value: cdktf.stringToHclTerraform(this._columnIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      column_include_list_toggled: {
        value: cdktf.booleanToHclTerraform(this._columnIncludeListToggled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      database_dbname: {
        value: cdktf.stringToHclTerraform(this._databaseDbname),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      database_hostname: {
        value: cdktf.stringToHclTerraform(this._databaseHostname),
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
      database_sslmode: {
        value: cdktf.stringToHclTerraform(this._databaseSslmode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      include_source_db_name_in_table_name: {
        value: cdktf.booleanToHclTerraform(this._includeSourceDbNameInTableName),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
      post_processors: {
        value: cdktf.stringToHclTerraform(this._postProcessors),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      predicates_is_topic_to_enrich_pattern: {
        value: cdktf.stringToHclTerraform(this._predicatesIsTopicToEnrichPattern),
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
      publication_name: {
        value: cdktf.stringToHclTerraform(this._publicationName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      slot_name: {
        value: cdktf.stringToHclTerraform(this._slotName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snapshot_read_only: {
        value: cdktf.stringToHclTerraform(this._snapshotReadOnly),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      transforms_insert_static_key2_static_field: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticKey2StaticField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_key2_static_value: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticKey2StaticValue),
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
      transforms_insert_static_value2_static_field: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticValue2StaticField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_value2_static_value: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticValue2StaticValue),
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
        value: sourceAlloydbTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceAlloydbTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
