// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DestinationSnowflakeConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether Streamkap creates dynamic tables and cleanup tasks (append mode only) (config key "apply.dynamic.table.script"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#apply_dynamic_table_script DestinationSnowflake#apply_dynamic_table_script}
  */
  readonly applyDynamicTableScript?: boolean | cdktf.IResolvable;
  /**
  * Deduplicated table for each append-only table, used by QA scripts, keyed by the append-only table's name (config key "auto.qa.dedupe.table.mapping"). A map of strings. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#auto_qa_dedupe_table_mapping DestinationSnowflake#auto_qa_dedupe_table_mapping}
  */
  readonly autoQaDedupeTableMapping?: { [key: string]: string };
  /**
  * Former name of create_schema_auto; sets the same "create.schema.auto" setting. Use create_schema_auto instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#auto_schema_creation DestinationSnowflake#auto_schema_creation}
  */
  readonly autoSchemaCreation?: boolean | cdktf.IResolvable;
  /**
  * Largest number of records read from Kafka in one poll (config key "consumer.override.max.poll.records"). A whole number from 1 to 100000. Defaults to 10000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#consumer_override_max_poll_records DestinationSnowflake#consumer_override_max_poll_records}
  */
  readonly consumerOverrideMaxPollRecords?: number;
  /**
  * Whether Streamkap creates the schema when it does not exist (config key "create.schema.auto"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#create_schema_auto DestinationSnowflake#create_schema_auto}
  */
  readonly createSchemaAuto?: boolean | cdktf.IResolvable;
  /**
  * JSON data for the SQL templates, with per-table values under TABLE_DATA, e.g. {"TABLE_DATA": {"orders": {"lag": "5 minutes"}}} (config key "create.sql.data"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#create_sql_data DestinationSnowflake#create_sql_data}
  */
  readonly createSqlData?: string;
  /**
  * Mustache template of SQL run for each table the first time a record reaches it, e.g. to create a deduplicating dynamic table (config key "create.sql.execute"). Text. Defaults to "CREATE OR REPLACE DYNAMIC TABLE {{table}}_DT TARGET_LAG='15 minutes' WAREHOUSE={{warehouse}} AS SELECT * EXCLUDE dedupe_id FROM( SELECT *, ROW_NUMBER() OVER (PARTITION BY {{primaryKeyColumns}} ORDER BY _streamkap_ts_ms DESC, _streamkap_offset DESC) AS dedupe_id FROM {{table}} ) WHERE dedupe_id = 1 AND __deleted = 'false';".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#create_sql_execute DestinationSnowflake#create_sql_execute}
  */
  readonly createSqlExecute?: string;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#desired_state DestinationSnowflake#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Whether delete events and tombstones remove the matching row from the destination table (upsert mode only) (config key "hard.delete"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#hard_delete DestinationSnowflake#hard_delete}
  */
  readonly hardDelete?: boolean | cdktf.IResolvable;
  /**
  * How changes are written: upsert keeps one row per key, append adds every change as a new row (switching to upsert needs existing rows deduplicated or deleted) (config key "ingestion.mode"). Text. One of "upsert", "append". Defaults to "append". Streamkap fixes it when the destination is created, so changing it replaces the destination.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#ingestion_mode DestinationSnowflake#ingestion_mode}
  */
  readonly ingestionMode?: string;
  /**
  * Name of the destination, unique among the destinations of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#name DestinationSnowflake#name}
  */
  readonly name: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#preserve_null_values DestinationSnowflake#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Whether table and column names are quoted in the SQL statements the destination runs (config key "quote.identifiers"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#quote_identifiers DestinationSnowflake#quote_identifiers}
  */
  readonly quoteIdentifiers?: boolean | cdktf.IResolvable;
  /**
  * How the destination handles source schema changes: basic evolves the destination tables with them, none leaves the tables alone (set it for tables created beforehand) (config key "schema.evolution"). Text. One of "basic", "none". Defaults to "basic".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#schema_evolution DestinationSnowflake#schema_evolution}
  */
  readonly schemaEvolution?: string;
  /**
  * Snowflake warehouse Streamkap runs queries on (config key "sfwarehouse"). Text. Defaults to "STREAMKAP_WH".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#sfwarehouse DestinationSnowflake#sfwarehouse}
  */
  readonly sfwarehouse?: string;
  /**
  * Snowflake database the tables are written to, e.g. ANALYTICS (config key "snowflake.database.name"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#snowflake_database_name DestinationSnowflake#snowflake_database_name}
  */
  readonly snowflakeDatabaseName: string;
  /**
  * Private key of that user, the key only, without header, footer or line breaks (config key "snowflake.private.key"). Text. Required. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#snowflake_private_key DestinationSnowflake#snowflake_private_key}
  */
  readonly snowflakePrivateKey: string;
  /**
  * Passphrase that decrypts the private key (config key "snowflake.private.key.passphrase"). Text. Optional; when left out it is not sent and Streamkap's own default applies. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#snowflake_private_key_passphrase DestinationSnowflake#snowflake_private_key_passphrase}
  */
  readonly snowflakePrivateKeyPassphrase?: string;
  /**
  * Whether the private key is encrypted with a passphrase (config key "snowflake.private.key.passphrase.secured"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#snowflake_private_key_passphrase_secured DestinationSnowflake#snowflake_private_key_passphrase_secured}
  */
  readonly snowflakePrivateKeyPassphraseSecured?: boolean | cdktf.IResolvable;
  /**
  * Existing Snowflake role, granted to the user, with the privileges Streamkap needs (config key "snowflake.role.name"). Text. Defaults to "STREAMKAP_ROLE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#snowflake_role_name DestinationSnowflake#snowflake_role_name}
  */
  readonly snowflakeRoleName?: string;
  /**
  * Schema the tables are written to, e.g. SHOP (config key "snowflake.schema.name"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#snowflake_schema_name DestinationSnowflake#snowflake_schema_name}
  */
  readonly snowflakeSchemaName: string;
  /**
  * Regular expression mapping topic names to table names, as pattern:replacement with $1, $2... for its groups (config key "snowflake.topic2table.map"). Text. Defaults to "REGEX_MATCHER>^([-\\w]+\\.)([-\\w]+\\.)?([-\\w]+\\.)?([-\\w]+\\.)?([-\\w]+):$5".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#snowflake_topic2table_map DestinationSnowflake#snowflake_topic2table_map}
  */
  readonly snowflakeTopic2TableMap?: string;
  /**
  * Address of the Snowflake account, with its account identifier, e.g. acme-analytics.snowflakecomputing.com (https:// and port optional) (config key "snowflake.url.name"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#snowflake_url_name DestinationSnowflake#snowflake_url_name}
  */
  readonly snowflakeUrlName: string;
  /**
  * Snowflake user Streamkap signs in as, e.g. STREAMKAP_USER (config key "snowflake.user.name"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#snowflake_user_name DestinationSnowflake#snowflake_user_name}
  */
  readonly snowflakeUserName: string;
  /**
  * Mustache template of the dynamic table's name, usable as {{dynamicTableName}} in that SQL, e.g. {{table}}_DT (config key "sql.table.name"). Text. Defaults to "{{table}}_DT".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#sql_table_name DestinationSnowflake#sql_table_name}
  */
  readonly sqlTableName?: string;
  /**
  * Ids of the destination's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#tags DestinationSnowflake#tags}
  */
  readonly tags?: string[];
  /**
  * Comma-separated list of columns, as table.column, renamed with the suffix _str when they are still text after the type conversions (use it with those conversions) (config key "transforms.AddStringSuffix.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_add_string_suffix_fields_include_list DestinationSnowflake#transforms_add_string_suffix_fields_include_list}
  */
  readonly transformsAddStringSuffixFieldsIncludeList?: string;
  /**
  * Regular expression over topic names whose matched part names the destination table (or the file, for file storage) (config key "transforms.changeTopicName.match.regex.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_change_topic_name_match_regex DestinationSnowflake#transforms_change_topic_name_match_regex}
  */
  readonly transformsChangeTopicNameMatchRegex?: string;
  /**
  * Comma-separated field copies, each as source:copy, e.g. email:email_raw (config key "transforms.CopyField.copy.field.mapping"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_copy_field_copy_field_mapping DestinationSnowflake#transforms_copy_field_copy_field_mapping}
  */
  readonly transformsCopyFieldCopyFieldMapping?: string;
  /**
  * Comma-separated list of columns removed from every record, as table.column, e.g. users.password_hash (config key "transforms.DropFields.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_drop_fields_fields_include_list DestinationSnowflake#transforms_drop_fields_fields_include_list}
  */
  readonly transformsDropFieldsFieldsIncludeList?: string;
  /**
  * Comma-separated Kafka record headers copied into columns, each as header:type or header:type:column, e.g. traceId:STRING,retries:INT32:retry_count (config key "transforms.HeaderToFieldCustom.header.mappings"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_header_to_field_custom_header_mappings DestinationSnowflake#transforms_header_to_field_custom_header_mappings}
  */
  readonly transformsHeaderToFieldCustomHeaderMappings?: string;
  /**
  * Comma-separated list of columns marked optional (nullable), as table.column (config key "transforms.MarkColumnsAsOptional.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_mark_columns_as_optional_fields_include_list DestinationSnowflake#transforms_mark_columns_as_optional_fields_include_list}
  */
  readonly transformsMarkColumnsAsOptionalFieldsIncludeList?: string;
  /**
  * Whether every optional column is marked required (NOT NULL); it turns off the optional-column list (config key "transforms.MarkColumnsAsRequired.fields.include.all"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_mark_columns_as_required_fields_include_all DestinationSnowflake#transforms_mark_columns_as_required_fields_include_all}
  */
  readonly transformsMarkColumnsAsRequiredFieldsIncludeAll?: boolean | cdktf.IResolvable;
  /**
  * What a null becomes in a column marked required: NONE fails on it, TYPE_MIN writes a stand-in of the column's type (its minimum for numbers, __null__ for text, the epoch for dates) (config key "transforms.MarkColumnsAsRequired.null.sentinel.mode"). Text. One of "NONE", "TYPE_MIN". Defaults to "NONE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_mark_columns_as_required_null_sentinel_mode DestinationSnowflake#transforms_mark_columns_as_required_null_sentinel_mode}
  */
  readonly transformsMarkColumnsAsRequiredNullSentinelMode?: string;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_oversized_records_fields_exclude_list DestinationSnowflake#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_oversized_records_fields_include_list DestinationSnowflake#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_oversized_records_max_field_size_bytes DestinationSnowflake#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_oversized_records_max_record_size_bytes DestinationSnowflake#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_oversized_records_oversized_field_behavior DestinationSnowflake#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_oversized_records_replace_null_with_default DestinationSnowflake#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_oversized_records_semantic_types_exclude DestinationSnowflake#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_oversized_records_truncation_suffix DestinationSnowflake#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * JSON object mapping columns (schema.table.column, table.column or column) to new column names, e.g. {"orders.quantity": "qty"} (config key "transforms.RenameFields.renames.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_rename_fields_renames DestinationSnowflake#transforms_rename_fields_renames}
  */
  readonly transformsRenameFieldsRenames?: string;
  /**
  * Comma-separated list of text columns the regular-expression replacement applies to, as table.column (config key "transforms.StringReplace.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_string_replace_fields_include_list DestinationSnowflake#transforms_string_replace_fields_include_list}
  */
  readonly transformsStringReplaceFieldsIncludeList?: string;
  /**
  * Comma-separated regular expressions searched for in those columns (config key "transforms.StringReplace.regex.patterns"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_string_replace_regex_patterns DestinationSnowflake#transforms_string_replace_regex_patterns}
  */
  readonly transformsStringReplaceRegexPatterns?: string;
  /**
  * Comma-separated replacement values, one per regular expression, in the same order (config key "transforms.StringReplace.replacement.values"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_string_replace_replacement_values DestinationSnowflake#transforms_string_replace_replacement_values}
  */
  readonly transformsStringReplaceReplacementValues?: string;
  /**
  * Comma-separated list of columns converted to decimals where possible, as table.column, e.g. orders.total (config key "transforms.ToDecimalJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_decimal_j_fields_include_list DestinationSnowflake#transforms_to_decimal_j_fields_include_list}
  */
  readonly transformsToDecimalJFieldsIncludeList?: string;
  /**
  * Whether decimals are truncated to a precision of 38 digits (config key "transforms.ToDecimalJ.truncate.to.max.precision"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_decimal_j_truncate_to_max_precision DestinationSnowflake#transforms_to_decimal_j_truncate_to_max_precision}
  */
  readonly transformsToDecimalJTruncateToMaxPrecision?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to floating-point numbers where possible, as table.column (config key "transforms.ToFloatJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_float_j_fields_include_list DestinationSnowflake#transforms_to_float_j_fields_include_list}
  */
  readonly transformsToFloatJFieldsIncludeList?: string;
  /**
  * Comma-separated list of columns converted to integers where possible, as table.column, e.g. orders.quantity (config key "transforms.ToIntJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_int_j_fields_include_list DestinationSnowflake#transforms_to_int_j_fields_include_list}
  */
  readonly transformsToIntJFieldsIncludeList?: string;
  /**
  * Whether every struct and array is converted to JSON text (config key "transforms.ToJsonJ.convert.all.complex.types.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_json_j_convert_all_complex_types DestinationSnowflake#transforms_to_json_j_convert_all_complex_types}
  */
  readonly transformsToJsonJConvertAllComplexTypes?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to JSON text where possible, as table.column (config key "transforms.ToJsonJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_json_j_fields_include_list DestinationSnowflake#transforms_to_json_j_fields_include_list}
  */
  readonly transformsToJsonJFieldsIncludeList?: string;
  /**
  * Whether every struct and array is converted to binary JSON (JSONB) (config key "transforms.ToJsonbJ.convert.all.complex.types.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_jsonb_j_convert_all_complex_types DestinationSnowflake#transforms_to_jsonb_j_convert_all_complex_types}
  */
  readonly transformsToJsonbJConvertAllComplexTypes?: boolean | cdktf.IResolvable;
  /**
  * Whether every column holding JSON text is converted to binary JSON (JSONB) (config key "transforms.ToJsonbJ.convert.all.json"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_jsonb_j_convert_all_json DestinationSnowflake#transforms_to_jsonb_j_convert_all_json}
  */
  readonly transformsToJsonbJConvertAllJson?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to binary JSON (JSONB) where possible, as table.column (config key "transforms.ToJsonbJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_jsonb_j_fields_include_list DestinationSnowflake#transforms_to_jsonb_j_fields_include_list}
  */
  readonly transformsToJsonbJFieldsIncludeList?: string;
  /**
  * Comma-separated list of columns converted to text where possible, as table.column (config key "transforms.ToStringJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#transforms_to_string_j_fields_include_list DestinationSnowflake#transforms_to_string_j_fields_include_list}
  */
  readonly transformsToStringJFieldsIncludeList?: string;
  /**
  * Whether Streamkap creates hybrid tables (upsert mode only) (config key "use.hybrid.tables"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#use_hybrid_tables DestinationSnowflake#use_hybrid_tables}
  */
  readonly useHybridTables?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#timeouts DestinationSnowflake#timeouts}
  */
  readonly timeouts?: DestinationSnowflakeTimeouts;
}
export interface DestinationSnowflakeTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#create DestinationSnowflake#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#delete DestinationSnowflake#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#update DestinationSnowflake#update}
  */
  readonly update?: string;
}

export function destinationSnowflakeTimeoutsToTerraform(struct?: DestinationSnowflakeTimeouts | cdktf.IResolvable): any {
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


export function destinationSnowflakeTimeoutsToHclTerraform(struct?: DestinationSnowflakeTimeouts | cdktf.IResolvable): any {
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

export class DestinationSnowflakeTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DestinationSnowflakeTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DestinationSnowflakeTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake streamkap_destination_snowflake}
*/
export class DestinationSnowflake extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_destination_snowflake";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DestinationSnowflake resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DestinationSnowflake to import
  * @param importFromId The id of the existing DestinationSnowflake that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DestinationSnowflake to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_destination_snowflake", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_snowflake streamkap_destination_snowflake} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DestinationSnowflakeConfig
  */
  public constructor(scope: Construct, id: string, config: DestinationSnowflakeConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_destination_snowflake',
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
    this._applyDynamicTableScript = config.applyDynamicTableScript;
    this._autoQaDedupeTableMapping = config.autoQaDedupeTableMapping;
    this._autoSchemaCreation = config.autoSchemaCreation;
    this._consumerOverrideMaxPollRecords = config.consumerOverrideMaxPollRecords;
    this._createSchemaAuto = config.createSchemaAuto;
    this._createSqlData = config.createSqlData;
    this._createSqlExecute = config.createSqlExecute;
    this._desiredState = config.desiredState;
    this._hardDelete = config.hardDelete;
    this._ingestionMode = config.ingestionMode;
    this._name = config.name;
    this._preserveNullValues = config.preserveNullValues;
    this._quoteIdentifiers = config.quoteIdentifiers;
    this._schemaEvolution = config.schemaEvolution;
    this._sfwarehouse = config.sfwarehouse;
    this._snowflakeDatabaseName = config.snowflakeDatabaseName;
    this._snowflakePrivateKey = config.snowflakePrivateKey;
    this._snowflakePrivateKeyPassphrase = config.snowflakePrivateKeyPassphrase;
    this._snowflakePrivateKeyPassphraseSecured = config.snowflakePrivateKeyPassphraseSecured;
    this._snowflakeRoleName = config.snowflakeRoleName;
    this._snowflakeSchemaName = config.snowflakeSchemaName;
    this._snowflakeTopic2TableMap = config.snowflakeTopic2TableMap;
    this._snowflakeUrlName = config.snowflakeUrlName;
    this._snowflakeUserName = config.snowflakeUserName;
    this._sqlTableName = config.sqlTableName;
    this._tags = config.tags;
    this._transformsAddStringSuffixFieldsIncludeList = config.transformsAddStringSuffixFieldsIncludeList;
    this._transformsChangeTopicNameMatchRegex = config.transformsChangeTopicNameMatchRegex;
    this._transformsCopyFieldCopyFieldMapping = config.transformsCopyFieldCopyFieldMapping;
    this._transformsDropFieldsFieldsIncludeList = config.transformsDropFieldsFieldsIncludeList;
    this._transformsHeaderToFieldCustomHeaderMappings = config.transformsHeaderToFieldCustomHeaderMappings;
    this._transformsMarkColumnsAsOptionalFieldsIncludeList = config.transformsMarkColumnsAsOptionalFieldsIncludeList;
    this._transformsMarkColumnsAsRequiredFieldsIncludeAll = config.transformsMarkColumnsAsRequiredFieldsIncludeAll;
    this._transformsMarkColumnsAsRequiredNullSentinelMode = config.transformsMarkColumnsAsRequiredNullSentinelMode;
    this._transformsOversizedRecordsFieldsExcludeList = config.transformsOversizedRecordsFieldsExcludeList;
    this._transformsOversizedRecordsFieldsIncludeList = config.transformsOversizedRecordsFieldsIncludeList;
    this._transformsOversizedRecordsMaxFieldSizeBytes = config.transformsOversizedRecordsMaxFieldSizeBytes;
    this._transformsOversizedRecordsMaxRecordSizeBytes = config.transformsOversizedRecordsMaxRecordSizeBytes;
    this._transformsOversizedRecordsOversizedFieldBehavior = config.transformsOversizedRecordsOversizedFieldBehavior;
    this._transformsOversizedRecordsReplaceNullWithDefault = config.transformsOversizedRecordsReplaceNullWithDefault;
    this._transformsOversizedRecordsSemanticTypesExclude = config.transformsOversizedRecordsSemanticTypesExclude;
    this._transformsOversizedRecordsTruncationSuffix = config.transformsOversizedRecordsTruncationSuffix;
    this._transformsRenameFieldsRenames = config.transformsRenameFieldsRenames;
    this._transformsStringReplaceFieldsIncludeList = config.transformsStringReplaceFieldsIncludeList;
    this._transformsStringReplaceRegexPatterns = config.transformsStringReplaceRegexPatterns;
    this._transformsStringReplaceReplacementValues = config.transformsStringReplaceReplacementValues;
    this._transformsToDecimalJFieldsIncludeList = config.transformsToDecimalJFieldsIncludeList;
    this._transformsToDecimalJTruncateToMaxPrecision = config.transformsToDecimalJTruncateToMaxPrecision;
    this._transformsToFloatJFieldsIncludeList = config.transformsToFloatJFieldsIncludeList;
    this._transformsToIntJFieldsIncludeList = config.transformsToIntJFieldsIncludeList;
    this._transformsToJsonJConvertAllComplexTypes = config.transformsToJsonJConvertAllComplexTypes;
    this._transformsToJsonJFieldsIncludeList = config.transformsToJsonJFieldsIncludeList;
    this._transformsToJsonbJConvertAllComplexTypes = config.transformsToJsonbJConvertAllComplexTypes;
    this._transformsToJsonbJConvertAllJson = config.transformsToJsonbJConvertAllJson;
    this._transformsToJsonbJFieldsIncludeList = config.transformsToJsonbJFieldsIncludeList;
    this._transformsToStringJFieldsIncludeList = config.transformsToStringJFieldsIncludeList;
    this._useHybridTables = config.useHybridTables;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // apply_dynamic_table_script - computed: true, optional: true, required: false
  private _applyDynamicTableScript?: boolean | cdktf.IResolvable; 
  public get applyDynamicTableScript() {
    return this.getBooleanAttribute('apply_dynamic_table_script');
  }
  public set applyDynamicTableScript(value: boolean | cdktf.IResolvable) {
    this._applyDynamicTableScript = value;
  }
  public resetApplyDynamicTableScript() {
    this._applyDynamicTableScript = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applyDynamicTableScriptInput() {
    return this._applyDynamicTableScript;
  }

  // auto_qa_dedupe_table_mapping - computed: false, optional: true, required: false
  private _autoQaDedupeTableMapping?: { [key: string]: string }; 
  public get autoQaDedupeTableMapping() {
    return this.getStringMapAttribute('auto_qa_dedupe_table_mapping');
  }
  public set autoQaDedupeTableMapping(value: { [key: string]: string }) {
    this._autoQaDedupeTableMapping = value;
  }
  public resetAutoQaDedupeTableMapping() {
    this._autoQaDedupeTableMapping = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoQaDedupeTableMappingInput() {
    return this._autoQaDedupeTableMapping;
  }

  // auto_schema_creation - computed: false, optional: true, required: false
  private _autoSchemaCreation?: boolean | cdktf.IResolvable; 
  public get autoSchemaCreation() {
    return this.getBooleanAttribute('auto_schema_creation');
  }
  public set autoSchemaCreation(value: boolean | cdktf.IResolvable) {
    this._autoSchemaCreation = value;
  }
  public resetAutoSchemaCreation() {
    this._autoSchemaCreation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoSchemaCreationInput() {
    return this._autoSchemaCreation;
  }

  // connector - computed: true, optional: false, required: false
  public get connector() {
    return this.getStringAttribute('connector');
  }

  // connector_status - computed: true, optional: false, required: false
  public get connectorStatus() {
    return this.getStringAttribute('connector_status');
  }

  // consumer_override_max_poll_records - computed: true, optional: true, required: false
  private _consumerOverrideMaxPollRecords?: number; 
  public get consumerOverrideMaxPollRecords() {
    return this.getNumberAttribute('consumer_override_max_poll_records');
  }
  public set consumerOverrideMaxPollRecords(value: number) {
    this._consumerOverrideMaxPollRecords = value;
  }
  public resetConsumerOverrideMaxPollRecords() {
    this._consumerOverrideMaxPollRecords = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get consumerOverrideMaxPollRecordsInput() {
    return this._consumerOverrideMaxPollRecords;
  }

  // create_schema_auto - computed: true, optional: true, required: false
  private _createSchemaAuto?: boolean | cdktf.IResolvable; 
  public get createSchemaAuto() {
    return this.getBooleanAttribute('create_schema_auto');
  }
  public set createSchemaAuto(value: boolean | cdktf.IResolvable) {
    this._createSchemaAuto = value;
  }
  public resetCreateSchemaAuto() {
    this._createSchemaAuto = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createSchemaAutoInput() {
    return this._createSchemaAuto;
  }

  // create_sql_data - computed: false, optional: true, required: false
  private _createSqlData?: string; 
  public get createSqlData() {
    return this.getStringAttribute('create_sql_data');
  }
  public set createSqlData(value: string) {
    this._createSqlData = value;
  }
  public resetCreateSqlData() {
    this._createSqlData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createSqlDataInput() {
    return this._createSqlData;
  }

  // create_sql_execute - computed: true, optional: true, required: false
  private _createSqlExecute?: string; 
  public get createSqlExecute() {
    return this.getStringAttribute('create_sql_execute');
  }
  public set createSqlExecute(value: string) {
    this._createSqlExecute = value;
  }
  public resetCreateSqlExecute() {
    this._createSqlExecute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createSqlExecuteInput() {
    return this._createSqlExecute;
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

  // hard_delete - computed: true, optional: true, required: false
  private _hardDelete?: boolean | cdktf.IResolvable; 
  public get hardDelete() {
    return this.getBooleanAttribute('hard_delete');
  }
  public set hardDelete(value: boolean | cdktf.IResolvable) {
    this._hardDelete = value;
  }
  public resetHardDelete() {
    this._hardDelete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hardDeleteInput() {
    return this._hardDelete;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ingestion_mode - computed: true, optional: true, required: false
  private _ingestionMode?: string; 
  public get ingestionMode() {
    return this.getStringAttribute('ingestion_mode');
  }
  public set ingestionMode(value: string) {
    this._ingestionMode = value;
  }
  public resetIngestionMode() {
    this._ingestionMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingestionModeInput() {
    return this._ingestionMode;
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

  // quote_identifiers - computed: true, optional: true, required: false
  private _quoteIdentifiers?: boolean | cdktf.IResolvable; 
  public get quoteIdentifiers() {
    return this.getBooleanAttribute('quote_identifiers');
  }
  public set quoteIdentifiers(value: boolean | cdktf.IResolvable) {
    this._quoteIdentifiers = value;
  }
  public resetQuoteIdentifiers() {
    this._quoteIdentifiers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get quoteIdentifiersInput() {
    return this._quoteIdentifiers;
  }

  // schema_evolution - computed: true, optional: true, required: false
  private _schemaEvolution?: string; 
  public get schemaEvolution() {
    return this.getStringAttribute('schema_evolution');
  }
  public set schemaEvolution(value: string) {
    this._schemaEvolution = value;
  }
  public resetSchemaEvolution() {
    this._schemaEvolution = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaEvolutionInput() {
    return this._schemaEvolution;
  }

  // sfwarehouse - computed: true, optional: true, required: false
  private _sfwarehouse?: string; 
  public get sfwarehouse() {
    return this.getStringAttribute('sfwarehouse');
  }
  public set sfwarehouse(value: string) {
    this._sfwarehouse = value;
  }
  public resetSfwarehouse() {
    this._sfwarehouse = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sfwarehouseInput() {
    return this._sfwarehouse;
  }

  // snowflake_database_name - computed: false, optional: false, required: true
  private _snowflakeDatabaseName?: string; 
  public get snowflakeDatabaseName() {
    return this.getStringAttribute('snowflake_database_name');
  }
  public set snowflakeDatabaseName(value: string) {
    this._snowflakeDatabaseName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakeDatabaseNameInput() {
    return this._snowflakeDatabaseName;
  }

  // snowflake_private_key - computed: false, optional: false, required: true
  private _snowflakePrivateKey?: string; 
  public get snowflakePrivateKey() {
    return this.getStringAttribute('snowflake_private_key');
  }
  public set snowflakePrivateKey(value: string) {
    this._snowflakePrivateKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakePrivateKeyInput() {
    return this._snowflakePrivateKey;
  }

  // snowflake_private_key_passphrase - computed: false, optional: true, required: false
  private _snowflakePrivateKeyPassphrase?: string; 
  public get snowflakePrivateKeyPassphrase() {
    return this.getStringAttribute('snowflake_private_key_passphrase');
  }
  public set snowflakePrivateKeyPassphrase(value: string) {
    this._snowflakePrivateKeyPassphrase = value;
  }
  public resetSnowflakePrivateKeyPassphrase() {
    this._snowflakePrivateKeyPassphrase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakePrivateKeyPassphraseInput() {
    return this._snowflakePrivateKeyPassphrase;
  }

  // snowflake_private_key_passphrase_secured - computed: true, optional: true, required: false
  private _snowflakePrivateKeyPassphraseSecured?: boolean | cdktf.IResolvable; 
  public get snowflakePrivateKeyPassphraseSecured() {
    return this.getBooleanAttribute('snowflake_private_key_passphrase_secured');
  }
  public set snowflakePrivateKeyPassphraseSecured(value: boolean | cdktf.IResolvable) {
    this._snowflakePrivateKeyPassphraseSecured = value;
  }
  public resetSnowflakePrivateKeyPassphraseSecured() {
    this._snowflakePrivateKeyPassphraseSecured = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakePrivateKeyPassphraseSecuredInput() {
    return this._snowflakePrivateKeyPassphraseSecured;
  }

  // snowflake_role_name - computed: true, optional: true, required: false
  private _snowflakeRoleName?: string; 
  public get snowflakeRoleName() {
    return this.getStringAttribute('snowflake_role_name');
  }
  public set snowflakeRoleName(value: string) {
    this._snowflakeRoleName = value;
  }
  public resetSnowflakeRoleName() {
    this._snowflakeRoleName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakeRoleNameInput() {
    return this._snowflakeRoleName;
  }

  // snowflake_schema_name - computed: false, optional: false, required: true
  private _snowflakeSchemaName?: string; 
  public get snowflakeSchemaName() {
    return this.getStringAttribute('snowflake_schema_name');
  }
  public set snowflakeSchemaName(value: string) {
    this._snowflakeSchemaName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakeSchemaNameInput() {
    return this._snowflakeSchemaName;
  }

  // snowflake_topic2table_map - computed: true, optional: true, required: false
  private _snowflakeTopic2TableMap?: string; 
  public get snowflakeTopic2TableMap() {
    return this.getStringAttribute('snowflake_topic2table_map');
  }
  public set snowflakeTopic2TableMap(value: string) {
    this._snowflakeTopic2TableMap = value;
  }
  public resetSnowflakeTopic2TableMap() {
    this._snowflakeTopic2TableMap = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakeTopic2TableMapInput() {
    return this._snowflakeTopic2TableMap;
  }

  // snowflake_url_name - computed: false, optional: false, required: true
  private _snowflakeUrlName?: string; 
  public get snowflakeUrlName() {
    return this.getStringAttribute('snowflake_url_name');
  }
  public set snowflakeUrlName(value: string) {
    this._snowflakeUrlName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakeUrlNameInput() {
    return this._snowflakeUrlName;
  }

  // snowflake_user_name - computed: false, optional: false, required: true
  private _snowflakeUserName?: string; 
  public get snowflakeUserName() {
    return this.getStringAttribute('snowflake_user_name');
  }
  public set snowflakeUserName(value: string) {
    this._snowflakeUserName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakeUserNameInput() {
    return this._snowflakeUserName;
  }

  // sql_table_name - computed: true, optional: true, required: false
  private _sqlTableName?: string; 
  public get sqlTableName() {
    return this.getStringAttribute('sql_table_name');
  }
  public set sqlTableName(value: string) {
    this._sqlTableName = value;
  }
  public resetSqlTableName() {
    this._sqlTableName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlTableNameInput() {
    return this._sqlTableName;
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

  // transforms_add_string_suffix_fields_include_list - computed: false, optional: true, required: false
  private _transformsAddStringSuffixFieldsIncludeList?: string; 
  public get transformsAddStringSuffixFieldsIncludeList() {
    return this.getStringAttribute('transforms_add_string_suffix_fields_include_list');
  }
  public set transformsAddStringSuffixFieldsIncludeList(value: string) {
    this._transformsAddStringSuffixFieldsIncludeList = value;
  }
  public resetTransformsAddStringSuffixFieldsIncludeList() {
    this._transformsAddStringSuffixFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsAddStringSuffixFieldsIncludeListInput() {
    return this._transformsAddStringSuffixFieldsIncludeList;
  }

  // transforms_change_topic_name_match_regex - computed: false, optional: true, required: false
  private _transformsChangeTopicNameMatchRegex?: string; 
  public get transformsChangeTopicNameMatchRegex() {
    return this.getStringAttribute('transforms_change_topic_name_match_regex');
  }
  public set transformsChangeTopicNameMatchRegex(value: string) {
    this._transformsChangeTopicNameMatchRegex = value;
  }
  public resetTransformsChangeTopicNameMatchRegex() {
    this._transformsChangeTopicNameMatchRegex = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsChangeTopicNameMatchRegexInput() {
    return this._transformsChangeTopicNameMatchRegex;
  }

  // transforms_copy_field_copy_field_mapping - computed: false, optional: true, required: false
  private _transformsCopyFieldCopyFieldMapping?: string; 
  public get transformsCopyFieldCopyFieldMapping() {
    return this.getStringAttribute('transforms_copy_field_copy_field_mapping');
  }
  public set transformsCopyFieldCopyFieldMapping(value: string) {
    this._transformsCopyFieldCopyFieldMapping = value;
  }
  public resetTransformsCopyFieldCopyFieldMapping() {
    this._transformsCopyFieldCopyFieldMapping = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsCopyFieldCopyFieldMappingInput() {
    return this._transformsCopyFieldCopyFieldMapping;
  }

  // transforms_drop_fields_fields_include_list - computed: false, optional: true, required: false
  private _transformsDropFieldsFieldsIncludeList?: string; 
  public get transformsDropFieldsFieldsIncludeList() {
    return this.getStringAttribute('transforms_drop_fields_fields_include_list');
  }
  public set transformsDropFieldsFieldsIncludeList(value: string) {
    this._transformsDropFieldsFieldsIncludeList = value;
  }
  public resetTransformsDropFieldsFieldsIncludeList() {
    this._transformsDropFieldsFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsDropFieldsFieldsIncludeListInput() {
    return this._transformsDropFieldsFieldsIncludeList;
  }

  // transforms_header_to_field_custom_header_mappings - computed: false, optional: true, required: false
  private _transformsHeaderToFieldCustomHeaderMappings?: string; 
  public get transformsHeaderToFieldCustomHeaderMappings() {
    return this.getStringAttribute('transforms_header_to_field_custom_header_mappings');
  }
  public set transformsHeaderToFieldCustomHeaderMappings(value: string) {
    this._transformsHeaderToFieldCustomHeaderMappings = value;
  }
  public resetTransformsHeaderToFieldCustomHeaderMappings() {
    this._transformsHeaderToFieldCustomHeaderMappings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsHeaderToFieldCustomHeaderMappingsInput() {
    return this._transformsHeaderToFieldCustomHeaderMappings;
  }

  // transforms_mark_columns_as_optional_fields_include_list - computed: false, optional: true, required: false
  private _transformsMarkColumnsAsOptionalFieldsIncludeList?: string; 
  public get transformsMarkColumnsAsOptionalFieldsIncludeList() {
    return this.getStringAttribute('transforms_mark_columns_as_optional_fields_include_list');
  }
  public set transformsMarkColumnsAsOptionalFieldsIncludeList(value: string) {
    this._transformsMarkColumnsAsOptionalFieldsIncludeList = value;
  }
  public resetTransformsMarkColumnsAsOptionalFieldsIncludeList() {
    this._transformsMarkColumnsAsOptionalFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsMarkColumnsAsOptionalFieldsIncludeListInput() {
    return this._transformsMarkColumnsAsOptionalFieldsIncludeList;
  }

  // transforms_mark_columns_as_required_fields_include_all - computed: true, optional: true, required: false
  private _transformsMarkColumnsAsRequiredFieldsIncludeAll?: boolean | cdktf.IResolvable; 
  public get transformsMarkColumnsAsRequiredFieldsIncludeAll() {
    return this.getBooleanAttribute('transforms_mark_columns_as_required_fields_include_all');
  }
  public set transformsMarkColumnsAsRequiredFieldsIncludeAll(value: boolean | cdktf.IResolvable) {
    this._transformsMarkColumnsAsRequiredFieldsIncludeAll = value;
  }
  public resetTransformsMarkColumnsAsRequiredFieldsIncludeAll() {
    this._transformsMarkColumnsAsRequiredFieldsIncludeAll = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsMarkColumnsAsRequiredFieldsIncludeAllInput() {
    return this._transformsMarkColumnsAsRequiredFieldsIncludeAll;
  }

  // transforms_mark_columns_as_required_null_sentinel_mode - computed: true, optional: true, required: false
  private _transformsMarkColumnsAsRequiredNullSentinelMode?: string; 
  public get transformsMarkColumnsAsRequiredNullSentinelMode() {
    return this.getStringAttribute('transforms_mark_columns_as_required_null_sentinel_mode');
  }
  public set transformsMarkColumnsAsRequiredNullSentinelMode(value: string) {
    this._transformsMarkColumnsAsRequiredNullSentinelMode = value;
  }
  public resetTransformsMarkColumnsAsRequiredNullSentinelMode() {
    this._transformsMarkColumnsAsRequiredNullSentinelMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsMarkColumnsAsRequiredNullSentinelModeInput() {
    return this._transformsMarkColumnsAsRequiredNullSentinelMode;
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

  // transforms_rename_fields_renames - computed: false, optional: true, required: false
  private _transformsRenameFieldsRenames?: string; 
  public get transformsRenameFieldsRenames() {
    return this.getStringAttribute('transforms_rename_fields_renames');
  }
  public set transformsRenameFieldsRenames(value: string) {
    this._transformsRenameFieldsRenames = value;
  }
  public resetTransformsRenameFieldsRenames() {
    this._transformsRenameFieldsRenames = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsRenameFieldsRenamesInput() {
    return this._transformsRenameFieldsRenames;
  }

  // transforms_string_replace_fields_include_list - computed: false, optional: true, required: false
  private _transformsStringReplaceFieldsIncludeList?: string; 
  public get transformsStringReplaceFieldsIncludeList() {
    return this.getStringAttribute('transforms_string_replace_fields_include_list');
  }
  public set transformsStringReplaceFieldsIncludeList(value: string) {
    this._transformsStringReplaceFieldsIncludeList = value;
  }
  public resetTransformsStringReplaceFieldsIncludeList() {
    this._transformsStringReplaceFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsStringReplaceFieldsIncludeListInput() {
    return this._transformsStringReplaceFieldsIncludeList;
  }

  // transforms_string_replace_regex_patterns - computed: false, optional: true, required: false
  private _transformsStringReplaceRegexPatterns?: string; 
  public get transformsStringReplaceRegexPatterns() {
    return this.getStringAttribute('transforms_string_replace_regex_patterns');
  }
  public set transformsStringReplaceRegexPatterns(value: string) {
    this._transformsStringReplaceRegexPatterns = value;
  }
  public resetTransformsStringReplaceRegexPatterns() {
    this._transformsStringReplaceRegexPatterns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsStringReplaceRegexPatternsInput() {
    return this._transformsStringReplaceRegexPatterns;
  }

  // transforms_string_replace_replacement_values - computed: false, optional: true, required: false
  private _transformsStringReplaceReplacementValues?: string; 
  public get transformsStringReplaceReplacementValues() {
    return this.getStringAttribute('transforms_string_replace_replacement_values');
  }
  public set transformsStringReplaceReplacementValues(value: string) {
    this._transformsStringReplaceReplacementValues = value;
  }
  public resetTransformsStringReplaceReplacementValues() {
    this._transformsStringReplaceReplacementValues = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsStringReplaceReplacementValuesInput() {
    return this._transformsStringReplaceReplacementValues;
  }

  // transforms_to_decimal_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToDecimalJFieldsIncludeList?: string; 
  public get transformsToDecimalJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_decimal_j_fields_include_list');
  }
  public set transformsToDecimalJFieldsIncludeList(value: string) {
    this._transformsToDecimalJFieldsIncludeList = value;
  }
  public resetTransformsToDecimalJFieldsIncludeList() {
    this._transformsToDecimalJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToDecimalJFieldsIncludeListInput() {
    return this._transformsToDecimalJFieldsIncludeList;
  }

  // transforms_to_decimal_j_truncate_to_max_precision - computed: true, optional: true, required: false
  private _transformsToDecimalJTruncateToMaxPrecision?: boolean | cdktf.IResolvable; 
  public get transformsToDecimalJTruncateToMaxPrecision() {
    return this.getBooleanAttribute('transforms_to_decimal_j_truncate_to_max_precision');
  }
  public set transformsToDecimalJTruncateToMaxPrecision(value: boolean | cdktf.IResolvable) {
    this._transformsToDecimalJTruncateToMaxPrecision = value;
  }
  public resetTransformsToDecimalJTruncateToMaxPrecision() {
    this._transformsToDecimalJTruncateToMaxPrecision = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToDecimalJTruncateToMaxPrecisionInput() {
    return this._transformsToDecimalJTruncateToMaxPrecision;
  }

  // transforms_to_float_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToFloatJFieldsIncludeList?: string; 
  public get transformsToFloatJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_float_j_fields_include_list');
  }
  public set transformsToFloatJFieldsIncludeList(value: string) {
    this._transformsToFloatJFieldsIncludeList = value;
  }
  public resetTransformsToFloatJFieldsIncludeList() {
    this._transformsToFloatJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToFloatJFieldsIncludeListInput() {
    return this._transformsToFloatJFieldsIncludeList;
  }

  // transforms_to_int_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToIntJFieldsIncludeList?: string; 
  public get transformsToIntJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_int_j_fields_include_list');
  }
  public set transformsToIntJFieldsIncludeList(value: string) {
    this._transformsToIntJFieldsIncludeList = value;
  }
  public resetTransformsToIntJFieldsIncludeList() {
    this._transformsToIntJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToIntJFieldsIncludeListInput() {
    return this._transformsToIntJFieldsIncludeList;
  }

  // transforms_to_json_j_convert_all_complex_types - computed: true, optional: true, required: false
  private _transformsToJsonJConvertAllComplexTypes?: boolean | cdktf.IResolvable; 
  public get transformsToJsonJConvertAllComplexTypes() {
    return this.getBooleanAttribute('transforms_to_json_j_convert_all_complex_types');
  }
  public set transformsToJsonJConvertAllComplexTypes(value: boolean | cdktf.IResolvable) {
    this._transformsToJsonJConvertAllComplexTypes = value;
  }
  public resetTransformsToJsonJConvertAllComplexTypes() {
    this._transformsToJsonJConvertAllComplexTypes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonJConvertAllComplexTypesInput() {
    return this._transformsToJsonJConvertAllComplexTypes;
  }

  // transforms_to_json_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToJsonJFieldsIncludeList?: string; 
  public get transformsToJsonJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_json_j_fields_include_list');
  }
  public set transformsToJsonJFieldsIncludeList(value: string) {
    this._transformsToJsonJFieldsIncludeList = value;
  }
  public resetTransformsToJsonJFieldsIncludeList() {
    this._transformsToJsonJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonJFieldsIncludeListInput() {
    return this._transformsToJsonJFieldsIncludeList;
  }

  // transforms_to_jsonb_j_convert_all_complex_types - computed: true, optional: true, required: false
  private _transformsToJsonbJConvertAllComplexTypes?: boolean | cdktf.IResolvable; 
  public get transformsToJsonbJConvertAllComplexTypes() {
    return this.getBooleanAttribute('transforms_to_jsonb_j_convert_all_complex_types');
  }
  public set transformsToJsonbJConvertAllComplexTypes(value: boolean | cdktf.IResolvable) {
    this._transformsToJsonbJConvertAllComplexTypes = value;
  }
  public resetTransformsToJsonbJConvertAllComplexTypes() {
    this._transformsToJsonbJConvertAllComplexTypes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonbJConvertAllComplexTypesInput() {
    return this._transformsToJsonbJConvertAllComplexTypes;
  }

  // transforms_to_jsonb_j_convert_all_json - computed: true, optional: true, required: false
  private _transformsToJsonbJConvertAllJson?: boolean | cdktf.IResolvable; 
  public get transformsToJsonbJConvertAllJson() {
    return this.getBooleanAttribute('transforms_to_jsonb_j_convert_all_json');
  }
  public set transformsToJsonbJConvertAllJson(value: boolean | cdktf.IResolvable) {
    this._transformsToJsonbJConvertAllJson = value;
  }
  public resetTransformsToJsonbJConvertAllJson() {
    this._transformsToJsonbJConvertAllJson = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonbJConvertAllJsonInput() {
    return this._transformsToJsonbJConvertAllJson;
  }

  // transforms_to_jsonb_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToJsonbJFieldsIncludeList?: string; 
  public get transformsToJsonbJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_jsonb_j_fields_include_list');
  }
  public set transformsToJsonbJFieldsIncludeList(value: string) {
    this._transformsToJsonbJFieldsIncludeList = value;
  }
  public resetTransformsToJsonbJFieldsIncludeList() {
    this._transformsToJsonbJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToJsonbJFieldsIncludeListInput() {
    return this._transformsToJsonbJFieldsIncludeList;
  }

  // transforms_to_string_j_fields_include_list - computed: false, optional: true, required: false
  private _transformsToStringJFieldsIncludeList?: string; 
  public get transformsToStringJFieldsIncludeList() {
    return this.getStringAttribute('transforms_to_string_j_fields_include_list');
  }
  public set transformsToStringJFieldsIncludeList(value: string) {
    this._transformsToStringJFieldsIncludeList = value;
  }
  public resetTransformsToStringJFieldsIncludeList() {
    this._transformsToStringJFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsToStringJFieldsIncludeListInput() {
    return this._transformsToStringJFieldsIncludeList;
  }

  // use_hybrid_tables - computed: true, optional: true, required: false
  private _useHybridTables?: boolean | cdktf.IResolvable; 
  public get useHybridTables() {
    return this.getBooleanAttribute('use_hybrid_tables');
  }
  public set useHybridTables(value: boolean | cdktf.IResolvable) {
    this._useHybridTables = value;
  }
  public resetUseHybridTables() {
    this._useHybridTables = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useHybridTablesInput() {
    return this._useHybridTables;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new DestinationSnowflakeTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: DestinationSnowflakeTimeouts) {
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
      apply_dynamic_table_script: cdktf.booleanToTerraform(this._applyDynamicTableScript),
      auto_qa_dedupe_table_mapping: cdktf.hashMapper(cdktf.stringToTerraform)(this._autoQaDedupeTableMapping),
      auto_schema_creation: cdktf.booleanToTerraform(this._autoSchemaCreation),
      consumer_override_max_poll_records: cdktf.numberToTerraform(this._consumerOverrideMaxPollRecords),
      create_schema_auto: cdktf.booleanToTerraform(this._createSchemaAuto),
      create_sql_data: cdktf.stringToTerraform(this._createSqlData),
      create_sql_execute: cdktf.stringToTerraform(this._createSqlExecute),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      hard_delete: cdktf.booleanToTerraform(this._hardDelete),
      ingestion_mode: cdktf.stringToTerraform(this._ingestionMode),
      name: cdktf.stringToTerraform(this._name),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      quote_identifiers: cdktf.booleanToTerraform(this._quoteIdentifiers),
      schema_evolution: cdktf.stringToTerraform(this._schemaEvolution),
      sfwarehouse: cdktf.stringToTerraform(this._sfwarehouse),
      snowflake_database_name: cdktf.stringToTerraform(this._snowflakeDatabaseName),
      snowflake_private_key: cdktf.stringToTerraform(this._snowflakePrivateKey),
      snowflake_private_key_passphrase: cdktf.stringToTerraform(this._snowflakePrivateKeyPassphrase),
      snowflake_private_key_passphrase_secured: cdktf.booleanToTerraform(this._snowflakePrivateKeyPassphraseSecured),
      snowflake_role_name: cdktf.stringToTerraform(this._snowflakeRoleName),
      snowflake_schema_name: cdktf.stringToTerraform(this._snowflakeSchemaName),
      snowflake_topic2table_map: cdktf.stringToTerraform(this._snowflakeTopic2TableMap),
      snowflake_url_name: cdktf.stringToTerraform(this._snowflakeUrlName),
      snowflake_user_name: cdktf.stringToTerraform(this._snowflakeUserName),
      sql_table_name: cdktf.stringToTerraform(this._sqlTableName),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      transforms_add_string_suffix_fields_include_list: cdktf.stringToTerraform(this._transformsAddStringSuffixFieldsIncludeList),
      transforms_change_topic_name_match_regex: cdktf.stringToTerraform(this._transformsChangeTopicNameMatchRegex),
      transforms_copy_field_copy_field_mapping: cdktf.stringToTerraform(this._transformsCopyFieldCopyFieldMapping),
      transforms_drop_fields_fields_include_list: cdktf.stringToTerraform(this._transformsDropFieldsFieldsIncludeList),
      transforms_header_to_field_custom_header_mappings: cdktf.stringToTerraform(this._transformsHeaderToFieldCustomHeaderMappings),
      transforms_mark_columns_as_optional_fields_include_list: cdktf.stringToTerraform(this._transformsMarkColumnsAsOptionalFieldsIncludeList),
      transforms_mark_columns_as_required_fields_include_all: cdktf.booleanToTerraform(this._transformsMarkColumnsAsRequiredFieldsIncludeAll),
      transforms_mark_columns_as_required_null_sentinel_mode: cdktf.stringToTerraform(this._transformsMarkColumnsAsRequiredNullSentinelMode),
      transforms_oversized_records_fields_exclude_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsExcludeList),
      transforms_oversized_records_fields_include_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsIncludeList),
      transforms_oversized_records_max_field_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxFieldSizeBytes),
      transforms_oversized_records_max_record_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxRecordSizeBytes),
      transforms_oversized_records_oversized_field_behavior: cdktf.stringToTerraform(this._transformsOversizedRecordsOversizedFieldBehavior),
      transforms_oversized_records_replace_null_with_default: cdktf.booleanToTerraform(this._transformsOversizedRecordsReplaceNullWithDefault),
      transforms_oversized_records_semantic_types_exclude: cdktf.stringToTerraform(this._transformsOversizedRecordsSemanticTypesExclude),
      transforms_oversized_records_truncation_suffix: cdktf.stringToTerraform(this._transformsOversizedRecordsTruncationSuffix),
      transforms_rename_fields_renames: cdktf.stringToTerraform(this._transformsRenameFieldsRenames),
      transforms_string_replace_fields_include_list: cdktf.stringToTerraform(this._transformsStringReplaceFieldsIncludeList),
      transforms_string_replace_regex_patterns: cdktf.stringToTerraform(this._transformsStringReplaceRegexPatterns),
      transforms_string_replace_replacement_values: cdktf.stringToTerraform(this._transformsStringReplaceReplacementValues),
      transforms_to_decimal_j_fields_include_list: cdktf.stringToTerraform(this._transformsToDecimalJFieldsIncludeList),
      transforms_to_decimal_j_truncate_to_max_precision: cdktf.booleanToTerraform(this._transformsToDecimalJTruncateToMaxPrecision),
      transforms_to_float_j_fields_include_list: cdktf.stringToTerraform(this._transformsToFloatJFieldsIncludeList),
      transforms_to_int_j_fields_include_list: cdktf.stringToTerraform(this._transformsToIntJFieldsIncludeList),
      transforms_to_json_j_convert_all_complex_types: cdktf.booleanToTerraform(this._transformsToJsonJConvertAllComplexTypes),
      transforms_to_json_j_fields_include_list: cdktf.stringToTerraform(this._transformsToJsonJFieldsIncludeList),
      transforms_to_jsonb_j_convert_all_complex_types: cdktf.booleanToTerraform(this._transformsToJsonbJConvertAllComplexTypes),
      transforms_to_jsonb_j_convert_all_json: cdktf.booleanToTerraform(this._transformsToJsonbJConvertAllJson),
      transforms_to_jsonb_j_fields_include_list: cdktf.stringToTerraform(this._transformsToJsonbJFieldsIncludeList),
      transforms_to_string_j_fields_include_list: cdktf.stringToTerraform(this._transformsToStringJFieldsIncludeList),
      use_hybrid_tables: cdktf.booleanToTerraform(this._useHybridTables),
      timeouts: destinationSnowflakeTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      apply_dynamic_table_script: {
        value: cdktf.booleanToHclTerraform(this._applyDynamicTableScript),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      auto_qa_dedupe_table_mapping: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._autoQaDedupeTableMapping),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      auto_schema_creation: {
        value: cdktf.booleanToHclTerraform(this._autoSchemaCreation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      consumer_override_max_poll_records: {
        value: cdktf.numberToHclTerraform(this._consumerOverrideMaxPollRecords),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      create_schema_auto: {
        value: cdktf.booleanToHclTerraform(this._createSchemaAuto),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      create_sql_data: {
        value: cdktf.stringToHclTerraform(this._createSqlData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      create_sql_execute: {
        value: cdktf.stringToHclTerraform(this._createSqlExecute),
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
      hard_delete: {
        value: cdktf.booleanToHclTerraform(this._hardDelete),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ingestion_mode: {
        value: cdktf.stringToHclTerraform(this._ingestionMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      quote_identifiers: {
        value: cdktf.booleanToHclTerraform(this._quoteIdentifiers),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      schema_evolution: {
        value: cdktf.stringToHclTerraform(this._schemaEvolution),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sfwarehouse: {
        value: cdktf.stringToHclTerraform(this._sfwarehouse),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snowflake_database_name: {
        value: cdktf.stringToHclTerraform(this._snowflakeDatabaseName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snowflake_private_key: {
        value: cdktf.stringToHclTerraform(this._snowflakePrivateKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snowflake_private_key_passphrase: {
        value: cdktf.stringToHclTerraform(this._snowflakePrivateKeyPassphrase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snowflake_private_key_passphrase_secured: {
        value: cdktf.booleanToHclTerraform(this._snowflakePrivateKeyPassphraseSecured),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      snowflake_role_name: {
        value: cdktf.stringToHclTerraform(this._snowflakeRoleName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snowflake_schema_name: {
        value: cdktf.stringToHclTerraform(this._snowflakeSchemaName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snowflake_topic2table_map: {
        value: cdktf.stringToHclTerraform(this._snowflakeTopic2TableMap),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snowflake_url_name: {
        value: cdktf.stringToHclTerraform(this._snowflakeUrlName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snowflake_user_name: {
        value: cdktf.stringToHclTerraform(this._snowflakeUserName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sql_table_name: {
        value: cdktf.stringToHclTerraform(this._sqlTableName),
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
      transforms_add_string_suffix_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsAddStringSuffixFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_change_topic_name_match_regex: {
        value: cdktf.stringToHclTerraform(this._transformsChangeTopicNameMatchRegex),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_copy_field_copy_field_mapping: {
        value: cdktf.stringToHclTerraform(this._transformsCopyFieldCopyFieldMapping),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_drop_fields_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsDropFieldsFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_header_to_field_custom_header_mappings: {
        value: cdktf.stringToHclTerraform(this._transformsHeaderToFieldCustomHeaderMappings),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_mark_columns_as_optional_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsMarkColumnsAsOptionalFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_mark_columns_as_required_fields_include_all: {
        value: cdktf.booleanToHclTerraform(this._transformsMarkColumnsAsRequiredFieldsIncludeAll),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_mark_columns_as_required_null_sentinel_mode: {
        value: cdktf.stringToHclTerraform(this._transformsMarkColumnsAsRequiredNullSentinelMode),
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
      transforms_rename_fields_renames: {
        value: cdktf.stringToHclTerraform(this._transformsRenameFieldsRenames),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_string_replace_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsStringReplaceFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_string_replace_regex_patterns: {
        value: cdktf.stringToHclTerraform(this._transformsStringReplaceRegexPatterns),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_string_replace_replacement_values: {
        value: cdktf.stringToHclTerraform(this._transformsStringReplaceReplacementValues),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_decimal_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToDecimalJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_decimal_j_truncate_to_max_precision: {
        value: cdktf.booleanToHclTerraform(this._transformsToDecimalJTruncateToMaxPrecision),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_to_float_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToFloatJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_int_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToIntJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_json_j_convert_all_complex_types: {
        value: cdktf.booleanToHclTerraform(this._transformsToJsonJConvertAllComplexTypes),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_to_json_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToJsonJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_jsonb_j_convert_all_complex_types: {
        value: cdktf.booleanToHclTerraform(this._transformsToJsonbJConvertAllComplexTypes),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_to_jsonb_j_convert_all_json: {
        value: cdktf.booleanToHclTerraform(this._transformsToJsonbJConvertAllJson),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_to_jsonb_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToJsonbJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_to_string_j_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsToStringJFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      use_hybrid_tables: {
        value: cdktf.booleanToHclTerraform(this._useHybridTables),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeouts: {
        value: destinationSnowflakeTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DestinationSnowflakeTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
