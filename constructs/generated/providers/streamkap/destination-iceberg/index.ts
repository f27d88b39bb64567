// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DestinationIcebergConfig extends cdktf.TerraformMetaArguments {
  /**
  * Largest number of records read from Kafka in one poll (config key "consumer.override.max.poll.records"). A whole number from 1 to 100000. Defaults to 10000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#consumer_override_max_poll_records DestinationIceberg#consumer_override_max_poll_records}
  */
  readonly consumerOverrideMaxPollRecords?: number;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#desired_state DestinationIceberg#desired_state}
  */
  readonly desiredState?: string;
  /**
  * How Streamkap signs in to a REST catalog: none, token (a bearer token) or oauth2 (a client credential) (config key "iceberg.catalog.auth.mode"). Text. One of "none", "token", "oauth2". Defaults to "none".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_auth_mode DestinationIceberg#iceberg_catalog_auth_mode}
  */
  readonly icebergCatalogAuthMode?: string;
  /**
  * AWS IAM role Streamkap assumes, e.g. arn:aws:iam::123456789012:role/streamkap-iceberg (config key "iceberg.catalog.client.assume-role.arn"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_client_assume_role_arn DestinationIceberg#iceberg_catalog_client_assume_role_arn}
  */
  readonly icebergCatalogClientAssumeRoleArn?: string;
  /**
  * AWS region the catalog client uses (config key "iceberg.catalog.client.region.user.defined"). Text. One of "ap-south-1", "eu-west-2", "eu-west-1", "ap-northeast-2", "ap-northeast-1", "ca-central-1", "sa-east-1", "cn-north-1", "us-gov-west-1", "ap-southeast-1", "ap-southeast-2", "eu-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2", "auto". Defaults to "us-west-2".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_client_region DestinationIceberg#iceberg_catalog_client_region}
  */
  readonly icebergCatalogClientRegion?: string;
  /**
  * OAuth2 client credential for the REST catalog, as client_id:client_secret (oauth2 auth mode) (config key "iceberg.catalog.credential"). Text. Optional; when left out it is not sent and Streamkap's own default applies. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_credential DestinationIceberg#iceberg_catalog_credential}
  */
  readonly icebergCatalogCredential?: string;
  /**
  * Name of the Iceberg catalog, e.g. lakehouse (config key "iceberg.catalog.name"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_name DestinationIceberg#iceberg_catalog_name}
  */
  readonly icebergCatalogName?: string;
  /**
  * AWS access key ID for the S3 storage of the tables, e.g. AKIAIOSFODNN7EXAMPLE (config key "iceberg.catalog.s3.access-key-id"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_s3_access_key_id DestinationIceberg#iceberg_catalog_s3_access_key_id}
  */
  readonly icebergCatalogS3AccessKeyId?: string;
  /**
  * Whether the S3 access key ID and secret below are used (config key "iceberg.catalog.s3.credentials.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_s3_credentials_enabled DestinationIceberg#iceberg_catalog_s3_credentials_enabled}
  */
  readonly icebergCatalogS3CredentialsEnabled?: boolean | cdktf.IResolvable;
  /**
  * Secret access key of that access key ID (config key "iceberg.catalog.s3.secret-access-key"). Text. Optional; when left out it is not sent and Streamkap's own default applies. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_s3_secret_access_key DestinationIceberg#iceberg_catalog_s3_secret_access_key}
  */
  readonly icebergCatalogS3SecretAccessKey?: string;
  /**
  * OAuth2 scope requested from the REST catalog (config key "iceberg.catalog.scope"). Text. Defaults to "PRINCIPAL_ROLE:ALL".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_scope DestinationIceberg#iceberg_catalog_scope}
  */
  readonly icebergCatalogScope?: string;
  /**
  * Bearer token for the REST catalog (token auth mode) (config key "iceberg.catalog.token"). Text. Optional; when left out it is not sent and Streamkap's own default applies. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_token DestinationIceberg#iceberg_catalog_token}
  */
  readonly icebergCatalogToken?: string;
  /**
  * Type of Iceberg catalog the tables are registered in (config key "iceberg.catalog.type"). Text. One of "rest", "hive", "glue". Defaults to "rest". Streamkap fixes it when the destination is created, so changing it replaces the destination.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_type DestinationIceberg#iceberg_catalog_type}
  */
  readonly icebergCatalogType?: string;
  /**
  * Address of the catalog, e.g. https://catalog.example.com/api/catalog (config key "iceberg.catalog.uri"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_uri DestinationIceberg#iceberg_catalog_uri}
  */
  readonly icebergCatalogUri?: string;
  /**
  * Iceberg warehouse: the warehouse's name in an R2 Data Catalog, or a storage path such as s3://acme-lake/warehouse (config key "iceberg.catalog.warehouse"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_catalog_warehouse DestinationIceberg#iceberg_catalog_warehouse}
  */
  readonly icebergCatalogWarehouse: string;
  /**
  * Commit count threshold for compaction (config key "iceberg.tables.compaction.commit-threshold"). Text. Defaults to "5".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_tables_compaction_commit_threshold DestinationIceberg#iceberg_tables_compaction_commit_threshold}
  */
  readonly icebergTablesCompactionCommitThreshold?: string;
  /**
  * Whether Streamkap compacts the tables' small files (config key "iceberg.tables.compaction.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_tables_compaction_enabled DestinationIceberg#iceberg_tables_compaction_enabled}
  */
  readonly icebergTablesCompactionEnabled?: boolean | cdktf.IResolvable;
  /**
  * Whether compaction also expires old table snapshots (config key "iceberg.tables.compaction.expire-snapshots"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_tables_compaction_expire_snapshots DestinationIceberg#iceberg_tables_compaction_expire_snapshots}
  */
  readonly icebergTablesCompactionExpireSnapshots?: boolean | cdktf.IResolvable;
  /**
  * Most files one compaction run rewrites (config key "iceberg.tables.compaction.max-files-per-run"). Text. Defaults to "100".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_tables_compaction_max_files_per_run DestinationIceberg#iceberg_tables_compaction_max_files_per_run}
  */
  readonly icebergTablesCompactionMaxFilesPerRun?: string;
  /**
  * Fewest small files that start a compaction (config key "iceberg.tables.compaction.min-small-files"). Text. Defaults to "5".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_tables_compaction_min_small_files DestinationIceberg#iceberg_tables_compaction_min_small_files}
  */
  readonly icebergTablesCompactionMinSmallFiles?: string;
  /**
  * Number of most recent snapshots kept when snapshots are expired (config key "iceberg.tables.compaction.retain-last"). Text. Defaults to "1".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_tables_compaction_retain_last DestinationIceberg#iceberg_tables_compaction_retain_last}
  */
  readonly icebergTablesCompactionRetainLast?: string;
  /**
  * Target size of compacted files, in bytes (134217728 is 128 MiB) (config key "iceberg.tables.compaction.target-file-size-bytes"). Text. Defaults to "134217728".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_tables_compaction_target_file_size_bytes DestinationIceberg#iceberg_tables_compaction_target_file_size_bytes}
  */
  readonly icebergTablesCompactionTargetFileSizeBytes?: string;
  /**
  * Comma-separated fields that identify a row when the Kafka records carry no key, e.g. id (config key "iceberg.tables.default-id-columns"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_tables_default_id_columns DestinationIceberg#iceberg_tables_default_id_columns}
  */
  readonly icebergTablesDefaultIdColumns?: string;
  /**
  * Whether deletes in the source delete the rows in the Iceberg tables (config key "iceberg.tables.hard-delete-enabled"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#iceberg_tables_hard_delete_enabled DestinationIceberg#iceberg_tables_hard_delete_enabled}
  */
  readonly icebergTablesHardDeleteEnabled?: boolean | cdktf.IResolvable;
  /**
  * How rows are written: insert adds each record as a row, upsert inserts or updates by primary key (config key "insert.mode.user.defined"). Text. One of "insert", "upsert". Defaults to "insert".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#insert_mode DestinationIceberg#insert_mode}
  */
  readonly insertMode?: string;
  /**
  * Name of the destination, unique among the destinations of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#name DestinationIceberg#name}
  */
  readonly name: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#preserve_null_values DestinationIceberg#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Whether table and column names are quoted in the SQL statements the destination runs (config key "quote.identifiers"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#quote_identifiers DestinationIceberg#quote_identifiers}
  */
  readonly quoteIdentifiers?: boolean | cdktf.IResolvable;
  /**
  * Schema (namespace) the tables are created in, e.g. analytics (config key "table.name.prefix"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#table_name_prefix DestinationIceberg#table_name_prefix}
  */
  readonly tableNamePrefix: string;
  /**
  * Ids of the destination's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#tags DestinationIceberg#tags}
  */
  readonly tags?: string[];
  /**
  * Comma-separated list of columns, as table.column, renamed with the suffix _str when they are still text after the type conversions (use it with those conversions) (config key "transforms.AddStringSuffix.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_add_string_suffix_fields_include_list DestinationIceberg#transforms_add_string_suffix_fields_include_list}
  */
  readonly transformsAddStringSuffixFieldsIncludeList?: string;
  /**
  * Regular expression over topic names whose matched part names the destination table (or the file, for file storage) (config key "transforms.changeTopicName.match.regex.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_change_topic_name_match_regex DestinationIceberg#transforms_change_topic_name_match_regex}
  */
  readonly transformsChangeTopicNameMatchRegex?: string;
  /**
  * Comma-separated field copies, each as source:copy, e.g. email:email_raw (config key "transforms.CopyField.copy.field.mapping"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_copy_field_copy_field_mapping DestinationIceberg#transforms_copy_field_copy_field_mapping}
  */
  readonly transformsCopyFieldCopyFieldMapping?: string;
  /**
  * Comma-separated list of columns removed from every record, as table.column, e.g. users.password_hash (config key "transforms.DropFields.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_drop_fields_fields_include_list DestinationIceberg#transforms_drop_fields_fields_include_list}
  */
  readonly transformsDropFieldsFieldsIncludeList?: string;
  /**
  * Comma-separated Kafka record headers copied into columns, each as header:type or header:type:column, e.g. traceId:STRING,retries:INT32:retry_count (config key "transforms.HeaderToFieldCustom.header.mappings"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_header_to_field_custom_header_mappings DestinationIceberg#transforms_header_to_field_custom_header_mappings}
  */
  readonly transformsHeaderToFieldCustomHeaderMappings?: string;
  /**
  * Comma-separated list of columns marked optional (nullable), as table.column (config key "transforms.MarkColumnsAsOptional.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_mark_columns_as_optional_fields_include_list DestinationIceberg#transforms_mark_columns_as_optional_fields_include_list}
  */
  readonly transformsMarkColumnsAsOptionalFieldsIncludeList?: string;
  /**
  * Whether every optional column is marked required (NOT NULL); it turns off the optional-column list (config key "transforms.MarkColumnsAsRequired.fields.include.all"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_mark_columns_as_required_fields_include_all DestinationIceberg#transforms_mark_columns_as_required_fields_include_all}
  */
  readonly transformsMarkColumnsAsRequiredFieldsIncludeAll?: boolean | cdktf.IResolvable;
  /**
  * What a null becomes in a column marked required: NONE fails on it, TYPE_MIN writes a stand-in of the column's type (its minimum for numbers, __null__ for text, the epoch for dates) (config key "transforms.MarkColumnsAsRequired.null.sentinel.mode"). Text. One of "NONE", "TYPE_MIN". Defaults to "NONE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_mark_columns_as_required_null_sentinel_mode DestinationIceberg#transforms_mark_columns_as_required_null_sentinel_mode}
  */
  readonly transformsMarkColumnsAsRequiredNullSentinelMode?: string;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_oversized_records_fields_exclude_list DestinationIceberg#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_oversized_records_fields_include_list DestinationIceberg#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_oversized_records_max_field_size_bytes DestinationIceberg#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_oversized_records_max_record_size_bytes DestinationIceberg#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_oversized_records_oversized_field_behavior DestinationIceberg#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_oversized_records_replace_null_with_default DestinationIceberg#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_oversized_records_semantic_types_exclude DestinationIceberg#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_oversized_records_truncation_suffix DestinationIceberg#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * JSON object mapping columns (schema.table.column, table.column or column) to new column names, e.g. {"orders.quantity": "qty"} (config key "transforms.RenameFields.renames.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_rename_fields_renames DestinationIceberg#transforms_rename_fields_renames}
  */
  readonly transformsRenameFieldsRenames?: string;
  /**
  * Comma-separated list of text columns the regular-expression replacement applies to, as table.column (config key "transforms.StringReplace.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_string_replace_fields_include_list DestinationIceberg#transforms_string_replace_fields_include_list}
  */
  readonly transformsStringReplaceFieldsIncludeList?: string;
  /**
  * Comma-separated regular expressions searched for in those columns (config key "transforms.StringReplace.regex.patterns"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_string_replace_regex_patterns DestinationIceberg#transforms_string_replace_regex_patterns}
  */
  readonly transformsStringReplaceRegexPatterns?: string;
  /**
  * Comma-separated replacement values, one per regular expression, in the same order (config key "transforms.StringReplace.replacement.values"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_string_replace_replacement_values DestinationIceberg#transforms_string_replace_replacement_values}
  */
  readonly transformsStringReplaceReplacementValues?: string;
  /**
  * Comma-separated list of columns converted to decimals where possible, as table.column, e.g. orders.total (config key "transforms.ToDecimalJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_decimal_j_fields_include_list DestinationIceberg#transforms_to_decimal_j_fields_include_list}
  */
  readonly transformsToDecimalJFieldsIncludeList?: string;
  /**
  * Whether decimals are truncated to a precision of 38 digits (config key "transforms.ToDecimalJ.truncate.to.max.precision"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_decimal_j_truncate_to_max_precision DestinationIceberg#transforms_to_decimal_j_truncate_to_max_precision}
  */
  readonly transformsToDecimalJTruncateToMaxPrecision?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to floating-point numbers where possible, as table.column (config key "transforms.ToFloatJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_float_j_fields_include_list DestinationIceberg#transforms_to_float_j_fields_include_list}
  */
  readonly transformsToFloatJFieldsIncludeList?: string;
  /**
  * Comma-separated list of columns converted to integers where possible, as table.column, e.g. orders.quantity (config key "transforms.ToIntJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_int_j_fields_include_list DestinationIceberg#transforms_to_int_j_fields_include_list}
  */
  readonly transformsToIntJFieldsIncludeList?: string;
  /**
  * Whether every struct and array is converted to JSON text (config key "transforms.ToJsonJ.convert.all.complex.types.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_json_j_convert_all_complex_types DestinationIceberg#transforms_to_json_j_convert_all_complex_types}
  */
  readonly transformsToJsonJConvertAllComplexTypes?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to JSON text where possible, as table.column (config key "transforms.ToJsonJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_json_j_fields_include_list DestinationIceberg#transforms_to_json_j_fields_include_list}
  */
  readonly transformsToJsonJFieldsIncludeList?: string;
  /**
  * Whether every struct and array is converted to binary JSON (JSONB) (config key "transforms.ToJsonbJ.convert.all.complex.types.user.defined"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_jsonb_j_convert_all_complex_types DestinationIceberg#transforms_to_jsonb_j_convert_all_complex_types}
  */
  readonly transformsToJsonbJConvertAllComplexTypes?: boolean | cdktf.IResolvable;
  /**
  * Whether every column holding JSON text is converted to binary JSON (JSONB) (config key "transforms.ToJsonbJ.convert.all.json"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_jsonb_j_convert_all_json DestinationIceberg#transforms_to_jsonb_j_convert_all_json}
  */
  readonly transformsToJsonbJConvertAllJson?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of columns converted to binary JSON (JSONB) where possible, as table.column (config key "transforms.ToJsonbJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_jsonb_j_fields_include_list DestinationIceberg#transforms_to_jsonb_j_fields_include_list}
  */
  readonly transformsToJsonbJFieldsIncludeList?: string;
  /**
  * Comma-separated list of columns converted to text where possible, as table.column (config key "transforms.ToStringJ.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#transforms_to_string_j_fields_include_list DestinationIceberg#transforms_to_string_j_fields_include_list}
  */
  readonly transformsToStringJFieldsIncludeList?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#timeouts DestinationIceberg#timeouts}
  */
  readonly timeouts?: DestinationIcebergTimeouts;
}
export interface DestinationIcebergTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#create DestinationIceberg#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#delete DestinationIceberg#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#update DestinationIceberg#update}
  */
  readonly update?: string;
}

export function destinationIcebergTimeoutsToTerraform(struct?: DestinationIcebergTimeouts | cdktf.IResolvable): any {
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


export function destinationIcebergTimeoutsToHclTerraform(struct?: DestinationIcebergTimeouts | cdktf.IResolvable): any {
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

export class DestinationIcebergTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DestinationIcebergTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DestinationIcebergTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg streamkap_destination_iceberg}
*/
export class DestinationIceberg extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_destination_iceberg";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DestinationIceberg resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DestinationIceberg to import
  * @param importFromId The id of the existing DestinationIceberg that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DestinationIceberg to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_destination_iceberg", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/destination_iceberg streamkap_destination_iceberg} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DestinationIcebergConfig
  */
  public constructor(scope: Construct, id: string, config: DestinationIcebergConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_destination_iceberg',
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
    this._consumerOverrideMaxPollRecords = config.consumerOverrideMaxPollRecords;
    this._desiredState = config.desiredState;
    this._icebergCatalogAuthMode = config.icebergCatalogAuthMode;
    this._icebergCatalogClientAssumeRoleArn = config.icebergCatalogClientAssumeRoleArn;
    this._icebergCatalogClientRegion = config.icebergCatalogClientRegion;
    this._icebergCatalogCredential = config.icebergCatalogCredential;
    this._icebergCatalogName = config.icebergCatalogName;
    this._icebergCatalogS3AccessKeyId = config.icebergCatalogS3AccessKeyId;
    this._icebergCatalogS3CredentialsEnabled = config.icebergCatalogS3CredentialsEnabled;
    this._icebergCatalogS3SecretAccessKey = config.icebergCatalogS3SecretAccessKey;
    this._icebergCatalogScope = config.icebergCatalogScope;
    this._icebergCatalogToken = config.icebergCatalogToken;
    this._icebergCatalogType = config.icebergCatalogType;
    this._icebergCatalogUri = config.icebergCatalogUri;
    this._icebergCatalogWarehouse = config.icebergCatalogWarehouse;
    this._icebergTablesCompactionCommitThreshold = config.icebergTablesCompactionCommitThreshold;
    this._icebergTablesCompactionEnabled = config.icebergTablesCompactionEnabled;
    this._icebergTablesCompactionExpireSnapshots = config.icebergTablesCompactionExpireSnapshots;
    this._icebergTablesCompactionMaxFilesPerRun = config.icebergTablesCompactionMaxFilesPerRun;
    this._icebergTablesCompactionMinSmallFiles = config.icebergTablesCompactionMinSmallFiles;
    this._icebergTablesCompactionRetainLast = config.icebergTablesCompactionRetainLast;
    this._icebergTablesCompactionTargetFileSizeBytes = config.icebergTablesCompactionTargetFileSizeBytes;
    this._icebergTablesDefaultIdColumns = config.icebergTablesDefaultIdColumns;
    this._icebergTablesHardDeleteEnabled = config.icebergTablesHardDeleteEnabled;
    this._insertMode = config.insertMode;
    this._name = config.name;
    this._preserveNullValues = config.preserveNullValues;
    this._quoteIdentifiers = config.quoteIdentifiers;
    this._tableNamePrefix = config.tableNamePrefix;
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
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // iceberg_catalog_auth_mode - computed: true, optional: true, required: false
  private _icebergCatalogAuthMode?: string; 
  public get icebergCatalogAuthMode() {
    return this.getStringAttribute('iceberg_catalog_auth_mode');
  }
  public set icebergCatalogAuthMode(value: string) {
    this._icebergCatalogAuthMode = value;
  }
  public resetIcebergCatalogAuthMode() {
    this._icebergCatalogAuthMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogAuthModeInput() {
    return this._icebergCatalogAuthMode;
  }

  // iceberg_catalog_client_assume_role_arn - computed: false, optional: true, required: false
  private _icebergCatalogClientAssumeRoleArn?: string; 
  public get icebergCatalogClientAssumeRoleArn() {
    return this.getStringAttribute('iceberg_catalog_client_assume_role_arn');
  }
  public set icebergCatalogClientAssumeRoleArn(value: string) {
    this._icebergCatalogClientAssumeRoleArn = value;
  }
  public resetIcebergCatalogClientAssumeRoleArn() {
    this._icebergCatalogClientAssumeRoleArn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogClientAssumeRoleArnInput() {
    return this._icebergCatalogClientAssumeRoleArn;
  }

  // iceberg_catalog_client_region - computed: true, optional: true, required: false
  private _icebergCatalogClientRegion?: string; 
  public get icebergCatalogClientRegion() {
    return this.getStringAttribute('iceberg_catalog_client_region');
  }
  public set icebergCatalogClientRegion(value: string) {
    this._icebergCatalogClientRegion = value;
  }
  public resetIcebergCatalogClientRegion() {
    this._icebergCatalogClientRegion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogClientRegionInput() {
    return this._icebergCatalogClientRegion;
  }

  // iceberg_catalog_credential - computed: false, optional: true, required: false
  private _icebergCatalogCredential?: string; 
  public get icebergCatalogCredential() {
    return this.getStringAttribute('iceberg_catalog_credential');
  }
  public set icebergCatalogCredential(value: string) {
    this._icebergCatalogCredential = value;
  }
  public resetIcebergCatalogCredential() {
    this._icebergCatalogCredential = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogCredentialInput() {
    return this._icebergCatalogCredential;
  }

  // iceberg_catalog_name - computed: false, optional: true, required: false
  private _icebergCatalogName?: string; 
  public get icebergCatalogName() {
    return this.getStringAttribute('iceberg_catalog_name');
  }
  public set icebergCatalogName(value: string) {
    this._icebergCatalogName = value;
  }
  public resetIcebergCatalogName() {
    this._icebergCatalogName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogNameInput() {
    return this._icebergCatalogName;
  }

  // iceberg_catalog_s3_access_key_id - computed: false, optional: true, required: false
  private _icebergCatalogS3AccessKeyId?: string; 
  public get icebergCatalogS3AccessKeyId() {
    return this.getStringAttribute('iceberg_catalog_s3_access_key_id');
  }
  public set icebergCatalogS3AccessKeyId(value: string) {
    this._icebergCatalogS3AccessKeyId = value;
  }
  public resetIcebergCatalogS3AccessKeyId() {
    this._icebergCatalogS3AccessKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogS3AccessKeyIdInput() {
    return this._icebergCatalogS3AccessKeyId;
  }

  // iceberg_catalog_s3_credentials_enabled - computed: true, optional: true, required: false
  private _icebergCatalogS3CredentialsEnabled?: boolean | cdktf.IResolvable; 
  public get icebergCatalogS3CredentialsEnabled() {
    return this.getBooleanAttribute('iceberg_catalog_s3_credentials_enabled');
  }
  public set icebergCatalogS3CredentialsEnabled(value: boolean | cdktf.IResolvable) {
    this._icebergCatalogS3CredentialsEnabled = value;
  }
  public resetIcebergCatalogS3CredentialsEnabled() {
    this._icebergCatalogS3CredentialsEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogS3CredentialsEnabledInput() {
    return this._icebergCatalogS3CredentialsEnabled;
  }

  // iceberg_catalog_s3_secret_access_key - computed: false, optional: true, required: false
  private _icebergCatalogS3SecretAccessKey?: string; 
  public get icebergCatalogS3SecretAccessKey() {
    return this.getStringAttribute('iceberg_catalog_s3_secret_access_key');
  }
  public set icebergCatalogS3SecretAccessKey(value: string) {
    this._icebergCatalogS3SecretAccessKey = value;
  }
  public resetIcebergCatalogS3SecretAccessKey() {
    this._icebergCatalogS3SecretAccessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogS3SecretAccessKeyInput() {
    return this._icebergCatalogS3SecretAccessKey;
  }

  // iceberg_catalog_scope - computed: true, optional: true, required: false
  private _icebergCatalogScope?: string; 
  public get icebergCatalogScope() {
    return this.getStringAttribute('iceberg_catalog_scope');
  }
  public set icebergCatalogScope(value: string) {
    this._icebergCatalogScope = value;
  }
  public resetIcebergCatalogScope() {
    this._icebergCatalogScope = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogScopeInput() {
    return this._icebergCatalogScope;
  }

  // iceberg_catalog_token - computed: false, optional: true, required: false
  private _icebergCatalogToken?: string; 
  public get icebergCatalogToken() {
    return this.getStringAttribute('iceberg_catalog_token');
  }
  public set icebergCatalogToken(value: string) {
    this._icebergCatalogToken = value;
  }
  public resetIcebergCatalogToken() {
    this._icebergCatalogToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogTokenInput() {
    return this._icebergCatalogToken;
  }

  // iceberg_catalog_type - computed: true, optional: true, required: false
  private _icebergCatalogType?: string; 
  public get icebergCatalogType() {
    return this.getStringAttribute('iceberg_catalog_type');
  }
  public set icebergCatalogType(value: string) {
    this._icebergCatalogType = value;
  }
  public resetIcebergCatalogType() {
    this._icebergCatalogType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogTypeInput() {
    return this._icebergCatalogType;
  }

  // iceberg_catalog_uri - computed: false, optional: true, required: false
  private _icebergCatalogUri?: string; 
  public get icebergCatalogUri() {
    return this.getStringAttribute('iceberg_catalog_uri');
  }
  public set icebergCatalogUri(value: string) {
    this._icebergCatalogUri = value;
  }
  public resetIcebergCatalogUri() {
    this._icebergCatalogUri = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogUriInput() {
    return this._icebergCatalogUri;
  }

  // iceberg_catalog_warehouse - computed: false, optional: false, required: true
  private _icebergCatalogWarehouse?: string; 
  public get icebergCatalogWarehouse() {
    return this.getStringAttribute('iceberg_catalog_warehouse');
  }
  public set icebergCatalogWarehouse(value: string) {
    this._icebergCatalogWarehouse = value;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergCatalogWarehouseInput() {
    return this._icebergCatalogWarehouse;
  }

  // iceberg_tables_compaction_commit_threshold - computed: true, optional: true, required: false
  private _icebergTablesCompactionCommitThreshold?: string; 
  public get icebergTablesCompactionCommitThreshold() {
    return this.getStringAttribute('iceberg_tables_compaction_commit_threshold');
  }
  public set icebergTablesCompactionCommitThreshold(value: string) {
    this._icebergTablesCompactionCommitThreshold = value;
  }
  public resetIcebergTablesCompactionCommitThreshold() {
    this._icebergTablesCompactionCommitThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergTablesCompactionCommitThresholdInput() {
    return this._icebergTablesCompactionCommitThreshold;
  }

  // iceberg_tables_compaction_enabled - computed: true, optional: true, required: false
  private _icebergTablesCompactionEnabled?: boolean | cdktf.IResolvable; 
  public get icebergTablesCompactionEnabled() {
    return this.getBooleanAttribute('iceberg_tables_compaction_enabled');
  }
  public set icebergTablesCompactionEnabled(value: boolean | cdktf.IResolvable) {
    this._icebergTablesCompactionEnabled = value;
  }
  public resetIcebergTablesCompactionEnabled() {
    this._icebergTablesCompactionEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergTablesCompactionEnabledInput() {
    return this._icebergTablesCompactionEnabled;
  }

  // iceberg_tables_compaction_expire_snapshots - computed: true, optional: true, required: false
  private _icebergTablesCompactionExpireSnapshots?: boolean | cdktf.IResolvable; 
  public get icebergTablesCompactionExpireSnapshots() {
    return this.getBooleanAttribute('iceberg_tables_compaction_expire_snapshots');
  }
  public set icebergTablesCompactionExpireSnapshots(value: boolean | cdktf.IResolvable) {
    this._icebergTablesCompactionExpireSnapshots = value;
  }
  public resetIcebergTablesCompactionExpireSnapshots() {
    this._icebergTablesCompactionExpireSnapshots = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergTablesCompactionExpireSnapshotsInput() {
    return this._icebergTablesCompactionExpireSnapshots;
  }

  // iceberg_tables_compaction_max_files_per_run - computed: true, optional: true, required: false
  private _icebergTablesCompactionMaxFilesPerRun?: string; 
  public get icebergTablesCompactionMaxFilesPerRun() {
    return this.getStringAttribute('iceberg_tables_compaction_max_files_per_run');
  }
  public set icebergTablesCompactionMaxFilesPerRun(value: string) {
    this._icebergTablesCompactionMaxFilesPerRun = value;
  }
  public resetIcebergTablesCompactionMaxFilesPerRun() {
    this._icebergTablesCompactionMaxFilesPerRun = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergTablesCompactionMaxFilesPerRunInput() {
    return this._icebergTablesCompactionMaxFilesPerRun;
  }

  // iceberg_tables_compaction_min_small_files - computed: true, optional: true, required: false
  private _icebergTablesCompactionMinSmallFiles?: string; 
  public get icebergTablesCompactionMinSmallFiles() {
    return this.getStringAttribute('iceberg_tables_compaction_min_small_files');
  }
  public set icebergTablesCompactionMinSmallFiles(value: string) {
    this._icebergTablesCompactionMinSmallFiles = value;
  }
  public resetIcebergTablesCompactionMinSmallFiles() {
    this._icebergTablesCompactionMinSmallFiles = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergTablesCompactionMinSmallFilesInput() {
    return this._icebergTablesCompactionMinSmallFiles;
  }

  // iceberg_tables_compaction_retain_last - computed: true, optional: true, required: false
  private _icebergTablesCompactionRetainLast?: string; 
  public get icebergTablesCompactionRetainLast() {
    return this.getStringAttribute('iceberg_tables_compaction_retain_last');
  }
  public set icebergTablesCompactionRetainLast(value: string) {
    this._icebergTablesCompactionRetainLast = value;
  }
  public resetIcebergTablesCompactionRetainLast() {
    this._icebergTablesCompactionRetainLast = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergTablesCompactionRetainLastInput() {
    return this._icebergTablesCompactionRetainLast;
  }

  // iceberg_tables_compaction_target_file_size_bytes - computed: true, optional: true, required: false
  private _icebergTablesCompactionTargetFileSizeBytes?: string; 
  public get icebergTablesCompactionTargetFileSizeBytes() {
    return this.getStringAttribute('iceberg_tables_compaction_target_file_size_bytes');
  }
  public set icebergTablesCompactionTargetFileSizeBytes(value: string) {
    this._icebergTablesCompactionTargetFileSizeBytes = value;
  }
  public resetIcebergTablesCompactionTargetFileSizeBytes() {
    this._icebergTablesCompactionTargetFileSizeBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergTablesCompactionTargetFileSizeBytesInput() {
    return this._icebergTablesCompactionTargetFileSizeBytes;
  }

  // iceberg_tables_default_id_columns - computed: false, optional: true, required: false
  private _icebergTablesDefaultIdColumns?: string; 
  public get icebergTablesDefaultIdColumns() {
    return this.getStringAttribute('iceberg_tables_default_id_columns');
  }
  public set icebergTablesDefaultIdColumns(value: string) {
    this._icebergTablesDefaultIdColumns = value;
  }
  public resetIcebergTablesDefaultIdColumns() {
    this._icebergTablesDefaultIdColumns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergTablesDefaultIdColumnsInput() {
    return this._icebergTablesDefaultIdColumns;
  }

  // iceberg_tables_hard_delete_enabled - computed: true, optional: true, required: false
  private _icebergTablesHardDeleteEnabled?: boolean | cdktf.IResolvable; 
  public get icebergTablesHardDeleteEnabled() {
    return this.getBooleanAttribute('iceberg_tables_hard_delete_enabled');
  }
  public set icebergTablesHardDeleteEnabled(value: boolean | cdktf.IResolvable) {
    this._icebergTablesHardDeleteEnabled = value;
  }
  public resetIcebergTablesHardDeleteEnabled() {
    this._icebergTablesHardDeleteEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icebergTablesHardDeleteEnabledInput() {
    return this._icebergTablesHardDeleteEnabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // insert_mode - computed: true, optional: true, required: false
  private _insertMode?: string; 
  public get insertMode() {
    return this.getStringAttribute('insert_mode');
  }
  public set insertMode(value: string) {
    this._insertMode = value;
  }
  public resetInsertMode() {
    this._insertMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insertModeInput() {
    return this._insertMode;
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

  // table_name_prefix - computed: false, optional: false, required: true
  private _tableNamePrefix?: string; 
  public get tableNamePrefix() {
    return this.getStringAttribute('table_name_prefix');
  }
  public set tableNamePrefix(value: string) {
    this._tableNamePrefix = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tableNamePrefixInput() {
    return this._tableNamePrefix;
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

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new DestinationIcebergTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: DestinationIcebergTimeouts) {
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
      consumer_override_max_poll_records: cdktf.numberToTerraform(this._consumerOverrideMaxPollRecords),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      iceberg_catalog_auth_mode: cdktf.stringToTerraform(this._icebergCatalogAuthMode),
      iceberg_catalog_client_assume_role_arn: cdktf.stringToTerraform(this._icebergCatalogClientAssumeRoleArn),
      iceberg_catalog_client_region: cdktf.stringToTerraform(this._icebergCatalogClientRegion),
      iceberg_catalog_credential: cdktf.stringToTerraform(this._icebergCatalogCredential),
      iceberg_catalog_name: cdktf.stringToTerraform(this._icebergCatalogName),
      iceberg_catalog_s3_access_key_id: cdktf.stringToTerraform(this._icebergCatalogS3AccessKeyId),
      iceberg_catalog_s3_credentials_enabled: cdktf.booleanToTerraform(this._icebergCatalogS3CredentialsEnabled),
      iceberg_catalog_s3_secret_access_key: cdktf.stringToTerraform(this._icebergCatalogS3SecretAccessKey),
      iceberg_catalog_scope: cdktf.stringToTerraform(this._icebergCatalogScope),
      iceberg_catalog_token: cdktf.stringToTerraform(this._icebergCatalogToken),
      iceberg_catalog_type: cdktf.stringToTerraform(this._icebergCatalogType),
      iceberg_catalog_uri: cdktf.stringToTerraform(this._icebergCatalogUri),
      iceberg_catalog_warehouse: cdktf.stringToTerraform(this._icebergCatalogWarehouse),
      iceberg_tables_compaction_commit_threshold: cdktf.stringToTerraform(this._icebergTablesCompactionCommitThreshold),
      iceberg_tables_compaction_enabled: cdktf.booleanToTerraform(this._icebergTablesCompactionEnabled),
      iceberg_tables_compaction_expire_snapshots: cdktf.booleanToTerraform(this._icebergTablesCompactionExpireSnapshots),
      iceberg_tables_compaction_max_files_per_run: cdktf.stringToTerraform(this._icebergTablesCompactionMaxFilesPerRun),
      iceberg_tables_compaction_min_small_files: cdktf.stringToTerraform(this._icebergTablesCompactionMinSmallFiles),
      iceberg_tables_compaction_retain_last: cdktf.stringToTerraform(this._icebergTablesCompactionRetainLast),
      iceberg_tables_compaction_target_file_size_bytes: cdktf.stringToTerraform(this._icebergTablesCompactionTargetFileSizeBytes),
      iceberg_tables_default_id_columns: cdktf.stringToTerraform(this._icebergTablesDefaultIdColumns),
      iceberg_tables_hard_delete_enabled: cdktf.booleanToTerraform(this._icebergTablesHardDeleteEnabled),
      insert_mode: cdktf.stringToTerraform(this._insertMode),
      name: cdktf.stringToTerraform(this._name),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      quote_identifiers: cdktf.booleanToTerraform(this._quoteIdentifiers),
      table_name_prefix: cdktf.stringToTerraform(this._tableNamePrefix),
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
      timeouts: destinationIcebergTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      consumer_override_max_poll_records: {
        value: cdktf.numberToHclTerraform(this._consumerOverrideMaxPollRecords),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      desired_state: {
        value: cdktf.stringToHclTerraform(this._desiredState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_auth_mode: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogAuthMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_client_assume_role_arn: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogClientAssumeRoleArn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_client_region: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogClientRegion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_credential: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogCredential),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_name: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_s3_access_key_id: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogS3AccessKeyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_s3_credentials_enabled: {
        value: cdktf.booleanToHclTerraform(this._icebergCatalogS3CredentialsEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      iceberg_catalog_s3_secret_access_key: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogS3SecretAccessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_scope: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogScope),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_token: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_type: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_uri: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogUri),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_catalog_warehouse: {
        value: cdktf.stringToHclTerraform(this._icebergCatalogWarehouse),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_tables_compaction_commit_threshold: {
        value: cdktf.stringToHclTerraform(this._icebergTablesCompactionCommitThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_tables_compaction_enabled: {
        value: cdktf.booleanToHclTerraform(this._icebergTablesCompactionEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      iceberg_tables_compaction_expire_snapshots: {
        value: cdktf.booleanToHclTerraform(this._icebergTablesCompactionExpireSnapshots),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      iceberg_tables_compaction_max_files_per_run: {
        value: cdktf.stringToHclTerraform(this._icebergTablesCompactionMaxFilesPerRun),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_tables_compaction_min_small_files: {
        value: cdktf.stringToHclTerraform(this._icebergTablesCompactionMinSmallFiles),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_tables_compaction_retain_last: {
        value: cdktf.stringToHclTerraform(this._icebergTablesCompactionRetainLast),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_tables_compaction_target_file_size_bytes: {
        value: cdktf.stringToHclTerraform(this._icebergTablesCompactionTargetFileSizeBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_tables_default_id_columns: {
        value: cdktf.stringToHclTerraform(this._icebergTablesDefaultIdColumns),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iceberg_tables_hard_delete_enabled: {
        value: cdktf.booleanToHclTerraform(this._icebergTablesHardDeleteEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      insert_mode: {
        value: cdktf.stringToHclTerraform(this._insertMode),
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
      table_name_prefix: {
        value: cdktf.stringToHclTerraform(this._tableNamePrefix),
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
      timeouts: {
        value: destinationIcebergTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DestinationIcebergTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
